import { rule } from '../../../../src/core/rules/cloud/aws-backup-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['aws backup list-recovery-points-by-backup-vault --backup-vault-name main', 'aws ec2 create-snapshot --volume-id vol-1', 'aws rds describe-db-snapshots', 'aws backup start-backup-job --backup-vault-name main'],
  stop: [
    { command: 'aws backup delete-backup-vault --backup-vault-name main', messageId: 'delete' },
    { command: 'aws backup delete-recovery-point --backup-vault-name main --recovery-point-arn arn:aws:backup:x', messageId: 'delete' },
    { command: 'aws rds delete-db-snapshot --db-snapshot-identifier nightly', messageId: 'delete' },
    { command: 'aws ec2 delete-snapshot --snapshot-id snap-1', messageId: 'delete' },
    { command: 'aws dynamodb delete-backup --backup-arn arn:aws:dynamodb:x', messageId: 'delete' },
  ],
});
