import { rule } from '../../../../src/core/rules/cloud/bigquery-rm';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['bq ls', 'bq show ds.events', 'bq query "SELECT 1"', 'bq cp ds.events ds.events_backup'],
  stop: [
    { command: 'bq rm -f ds.events', messageId: 'table', severity: 'destructive' },
    { command: 'bq rm -t ds.events', messageId: 'table' },
    { command: 'bq rm -r -f -d analytics', messageId: 'dataset', severity: 'catastrophic' },
  ],
});
