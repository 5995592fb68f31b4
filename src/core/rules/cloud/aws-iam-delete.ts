// cloud/aws-iam-delete: deleting IAM users, roles, policies and keys, and closing AWS accounts or organizations.
import type { Rule, RuleMatch } from '../types';
import { AWS_COMMANDS, readAws } from './cloud-cli';

export const rule: Rule = {
  meta: {
    id: 'cloud/aws-iam-delete',
    title: 'Delete AWS IAM identities or accounts',
    severity: 'destructive',
    category: 'destructive',
    why: 'Deleting a role, user, policy or key breaks everything that signs in with it, often in production, and it cannot be restored with the same id.',
    saferAlternative: 'Deactivate instead (update-access-key --status Inactive, detach the policy) and delete once nothing breaks.',
    messages: {
      iam: 'aws iam {{operation}} would delete {{target}}; whatever uses it stops working.',
      account: 'aws organizations {{operation}} would close or delete the account or organization and everything in it.',
    },
  },
  commands: AWS_COMMANDS,
  match(command): RuleMatch | null {
    const aws = readAws(command);
    if (!aws) return null;
    if (aws.service === 'iam' && aws.operation.startsWith('delete-')) {
      const idFlag = aws.argv.find((w) => /^--[a-z-]*(name|id|arn)$/.test(w));
      return { messageId: 'iam', data: { operation: aws.operation, target: idFlag ? aws.argv[aws.argv.indexOf(idFlag) + 1] ?? 'it' : 'it' } };
    }
    if (aws.service === 'organizations' && ['close-account', 'delete-organization', 'remove-account-from-organization'].includes(aws.operation)) {
      return { messageId: 'account', data: { operation: aws.operation }, severity: 'catastrophic' };
    }
    return null;
  },
};
