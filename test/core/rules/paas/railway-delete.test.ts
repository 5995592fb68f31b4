import { rule } from '../../../../src/core/rules/paas/railway-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['railway up', 'railway logs', 'railway link', 'railway environment staging', 'railway environment new preview', 'railway variables', 'railway unlink', 'railway run npm test'],
  stop: [
    { command: 'railway delete', messageId: 'project', severity: 'catastrophic' },
    { command: 'railway delete -y', messageId: 'project' },
    { command: 'railway environment delete staging', messageId: 'environment', severity: 'catastrophic' },
    { command: 'railway env delete preview-42', messageId: 'environment' },
    { command: 'railway down', messageId: 'down', severity: 'destructive' },
    { command: 'railway down -y', messageId: 'down' },
  ],
});
