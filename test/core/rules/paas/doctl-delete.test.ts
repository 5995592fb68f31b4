import { rule } from '../../../../src/core/rules/paas/doctl-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['doctl compute droplet list', 'doctl databases list', 'doctl apps create --spec app.yaml', 'doctl auth remove --context old', 'doctl kubernetes cluster kubeconfig save main'],
  stop: [
    { command: 'doctl compute droplet delete web-1', messageId: 'delete', severity: 'destructive' },
    { command: 'doctl compute droplet rm web-1 --force', messageId: 'delete' },
    { command: 'doctl compute volume delete 7724db7c', messageId: 'delete' },
    { command: 'doctl databases delete 9cc10173', messageId: 'database', severity: 'catastrophic' },
    { command: 'doctl apps delete 5a4981aa --force', messageId: 'delete' },
    { command: 'doctl kubernetes cluster delete main --dangerous', messageId: 'dangerous', severity: 'catastrophic' },
  ],
});
