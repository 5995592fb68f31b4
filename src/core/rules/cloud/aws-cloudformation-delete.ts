// cloud/aws-cloudformation-delete: `aws cloudformation delete-stack` (and stack sets), which deletes every resource in the stack.
import type { Rule } from '../types';
import { AWS_COMMANDS, awsOption, readAws } from './cloud-cli';

export const rule: Rule = {
  meta: {
    id: 'cloud/aws-cloudformation-delete',
    title: 'Delete a CloudFormation stack',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Deleting a stack deletes every resource it created (databases, buckets, queues) unless they were marked Retain.',
    saferAlternative: 'Check DeletionPolicy: Retain on stateful resources and enable termination protection; list the resources first (describe-stack-resources).',
    messages: {
      delete: 'aws cloudformation {{operation}} would delete {{stack}} and every resource in it.',
    },
  },
  commands: AWS_COMMANDS,
  match(command) {
    const aws = readAws(command);
    if (!aws || aws.service !== 'cloudformation') return null;
    if (!['delete-stack', 'delete-stack-set', 'delete-stack-instances'].includes(aws.operation)) return null;
    const name = awsOption(aws.argv, '--stack-name') ?? awsOption(aws.argv, '--stack-set-name');
    return { messageId: 'delete', data: { operation: aws.operation, stack: name ? `the stack ${name}` : 'the stack' } };
  },
};
