import { rule } from '../../../../src/core/rules/kubernetes/drain';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['kubectl cordon worker-3', 'kubectl uncordon worker-3', 'kubectl drain worker-3 --dry-run=client', 'kubectl get nodes'],
  stop: [
    { command: 'kubectl drain worker-3', messageId: 'drain', severity: 'caution' },
    { command: 'kubectl drain worker-3 --ignore-daemonsets', messageId: 'drain' },
    { command: 'kubectl drain worker-3 --ignore-daemonsets --delete-emptydir-data', messageId: 'emptyDir', severity: 'destructive' },
  ],
});
