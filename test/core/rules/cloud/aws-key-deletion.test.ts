import { rule } from '../../../../src/core/rules/cloud/aws-key-deletion';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['aws kms list-keys', 'aws kms disable-key --key-id k', 'aws secretsmanager get-secret-value --secret-id s', 'aws kms cancel-key-deletion --key-id k'],
  stop: [
    { command: 'aws kms schedule-key-deletion --key-id 1234abcd --pending-window-in-days 7', messageId: 'kms', severity: 'catastrophic' },
    { command: 'aws secretsmanager delete-secret --secret-id db --force-delete-without-recovery', messageId: 'secretNow', severity: 'destructive' },
    { command: 'aws secretsmanager delete-secret --secret-id db', messageId: 'secret', severity: 'caution' },
  ],
});
