// cloud/aws-key-deletion: scheduling a KMS key for deletion (everything encrypted with it becomes unreadable) and
// deleting Secrets Manager secrets (at once with --force-delete-without-recovery).
import { hasWord } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { AWS_COMMANDS, awsOption, readAws } from './cloud-cli';

export const rule: Rule = {
  meta: {
    id: 'cloud/aws-key-deletion',
    title: 'Delete KMS keys or secrets',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Once a KMS key is deleted, every disk, database and object encrypted with it can never be decrypted again.',
    saferAlternative: 'Disable the key instead (aws kms disable-key) and watch for failures; delete secrets with a recovery window.',
    messages: {
      kms: 'aws kms schedule-key-deletion would delete the key {{key}}; data encrypted with it becomes unreadable forever.',
      secretNow: 'aws secretsmanager delete-secret --force-delete-without-recovery would delete {{key}} at once, with no recovery window.',
      secret: 'aws secretsmanager delete-secret would schedule {{key}} for deletion; it can be restored during the recovery window.',
    },
  },
  commands: AWS_COMMANDS,
  match(command): RuleMatch | null {
    const aws = readAws(command);
    if (!aws) return null;
    if (aws.service === 'kms' && aws.operation === 'schedule-key-deletion') return { messageId: 'kms', data: { key: awsOption(aws.argv, '--key-id') ?? '' } };
    if (aws.service === 'secretsmanager' && aws.operation === 'delete-secret') {
      const key = awsOption(aws.argv, '--secret-id') ?? 'the secret';
      if (hasWord(aws.argv, '--force-delete-without-recovery')) return { messageId: 'secretNow', data: { key }, severity: 'destructive' };
      return { messageId: 'secret', data: { key }, severity: 'caution' };
    }
    return null;
  },
};
