import { rule } from '../../../../src/core/rules/paas/railway-volume-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['railway volume list', 'railway volume add --mount-path /data', 'railway status', 'railway up', 'echo railway volume delete'],
  stop: [
    { command: 'railway volume delete', messageId: 'volume', severity: 'catastrophic' },
    { command: 'railway volume delete --volume pg-data', messageId: 'volume' },
    { command: 'railway volume delete -v pg-data -y', messageId: 'volume' },
    { command: 'npx @railway/cli volume delete --volume pg-data', messageId: 'volume' },
    { command: 'sudo railway volume delete --volume pg-data', messageId: 'volume' },
    { command: 'bash -c "railway volume delete --volume pg-data"', messageId: 'volume' },
  ],
});
