import { rule } from '../../../../src/core/rules/paas/fly-destroy';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['fly deploy', 'fly apps list', 'fly volumes list', 'fly status -a api', 'fly secrets unset OLD_KEY', 'fly scale count 2', 'flyctl logs'],
  stop: [
    { command: 'fly apps destroy api', messageId: 'data', severity: 'catastrophic' },
    { command: 'fly destroy api --yes', messageId: 'data' },
    { command: 'flyctl apps destroy api -y', messageId: 'data' },
    { command: 'fly volumes destroy vol_123', messageId: 'data', severity: 'catastrophic' },
    { command: 'fly vol destroy vol_123 -a api', messageId: 'data' },
    { command: 'fly postgres destroy api-db', messageId: 'data' },
    { command: 'fly machine destroy 148e --force', messageId: 'other', severity: 'destructive' },
    { command: 'fly redis destroy cache', messageId: 'other' },
  ],
});
