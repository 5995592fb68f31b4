// cloud/aws-s3-delete: deleting S3 buckets and objects: `aws s3 rb` (--force), `s3 rm --recursive`, `s3 sync --delete`,
// `s3api delete-bucket`, `s3api delete-objects`; a single `s3 rm` / `s3api delete-object` is caution.
import { hasWord } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { AWS_COMMANDS, awsOption, readAws } from './cloud-cli';

export const rule: Rule = {
  meta: {
    id: 'cloud/aws-s3-delete',
    title: 'Delete S3 buckets or objects',
    severity: 'destructive',
    category: 'destructive',
    why: 'S3 deletes are immediate; unless the bucket has versioning on, the objects cannot be brought back.',
    saferAlternative: 'Run it with --dryrun first, check versioning (aws s3api get-bucket-versioning), or copy the data elsewhere before deleting.',
    messages: {
      rbForce: 'aws s3 rb --force would delete every object in {{target}} and then the bucket itself.',
      rb: 'aws s3 rb would delete the bucket {{target}}.',
      rmRecursive: 'aws s3 rm --recursive would delete every object under {{target}}.',
      rm: 'aws s3 rm would delete {{target}}.',
      syncDelete: 'aws s3 sync --delete would delete every file in {{target}} that is not in the source.',
      api: 'aws s3api {{operation}} would delete {{target}}.',
    },
  },
  commands: AWS_COMMANDS,
  match(command): RuleMatch | null {
    const aws = readAws(command);
    if (!aws || (aws.service !== 's3' && aws.service !== 's3api')) return null;
    if (hasWord(aws.argv, '--dryrun')) return null;
    const urls = aws.argv.filter((w) => w.startsWith('s3://'));
    const target = urls[urls.length - 1] ?? urls[0] ?? 'the bucket';
    if (aws.service === 's3') {
      if (aws.operation === 'rb') return hasWord(aws.argv, '--force') ? { messageId: 'rbForce', data: { target }, severity: 'catastrophic' } : { messageId: 'rb', data: { target } };
      if (aws.operation === 'rm') return hasWord(aws.argv, '--recursive') ? { messageId: 'rmRecursive', data: { target } } : { messageId: 'rm', data: { target }, severity: 'caution' };
      if (aws.operation === 'sync' && hasWord(aws.argv, '--delete')) return { messageId: 'syncDelete', data: { target } };
      return null;
    }
    const bucket = awsOption(aws.argv, '--bucket') ?? 'the bucket';
    if (aws.operation === 'delete-bucket') return { messageId: 'api', data: { operation: aws.operation, target: `the bucket ${bucket}` } };
    if (aws.operation === 'delete-objects') return { messageId: 'api', data: { operation: aws.operation, target: `the listed objects of ${bucket}` } };
    if (aws.operation === 'delete-object') return { messageId: 'api', data: { operation: aws.operation, target: `${awsOption(aws.argv, '--key') ?? 'an object'} in ${bucket}` }, severity: 'caution' };
    return null;
  },
};
