import { rule } from '../../../../src/core/rules/cloud/aws-database-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['aws rds describe-db-instances', 'aws rds create-db-snapshot --db-instance-identifier app --db-snapshot-identifier before', 'aws dynamodb scan --table-name users', 'aws rds delete-db-snapshot --db-snapshot-identifier old'],
  stop: [
    { command: 'aws rds delete-db-instance --db-instance-identifier app --final-db-snapshot-identifier app-final', messageId: 'delete', severity: 'destructive' },
    { command: 'aws rds delete-db-instance --db-instance-identifier app --skip-final-snapshot', messageId: 'noWayBack', severity: 'catastrophic' },
    { command: 'aws rds delete-db-cluster --db-cluster-identifier app --skip-final-snapshot --delete-automated-backups', messageId: 'noWayBack' },
    { command: 'aws dynamodb delete-table --table-name users', messageId: 'delete' },
    { command: 'aws elasticache delete-replication-group --replication-group-id cache', messageId: 'delete' },
    { command: 'aws redshift delete-cluster --cluster-identifier dw --skip-final-cluster-snapshot', messageId: 'noWayBack' },
  ],
});
