import { rule } from '../../../../src/core/rules/cloud/aws-iam-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['aws iam list-roles', 'aws iam get-user', 'aws iam create-access-key --user-name ci', 'aws iam update-access-key --access-key-id AKIDEXAMPLE --status Inactive'],
  stop: [
    { command: 'aws iam delete-role --role-name api', messageId: 'iam' },
    { command: 'aws iam delete-user --user-name ci', messageId: 'iam' },
    { command: 'aws iam delete-access-key --access-key-id AKIDEXAMPLE', messageId: 'iam' },
    { command: 'aws organizations close-account --account-id 123456789012', messageId: 'account', severity: 'catastrophic' },
  ],
});
