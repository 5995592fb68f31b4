import { rule } from '../../../../src/core/rules/paas/database-service-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['neonctl projects list', 'neonctl branches create --name dev', 'pscale branch create app dev', 'turso db list', 'wrangler d1 list', 'wrangler deploy', 'atlas clusters list', 'atlas schema apply -u x'],
  stop: [
    { command: 'neonctl projects delete round-sky-123', messageId: 'delete', severity: 'catastrophic' },
    { command: 'neonctl branches delete dev', messageId: 'delete', severity: 'destructive' },
    { command: 'pscale database delete app --force', messageId: 'delete', severity: 'catastrophic' },
    { command: 'pscale branch delete app dev', messageId: 'delete' },
    { command: 'turso db destroy app --yes', messageId: 'delete' },
    { command: 'npx wrangler d1 delete app-db', messageId: 'delete', severity: 'catastrophic' },
    { command: 'wrangler r2 bucket delete uploads', messageId: 'delete' },
    { command: 'atlas clusters delete Cluster0 --force', messageId: 'delete' },
  ],
});
