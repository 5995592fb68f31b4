import { rule } from '../../../../src/core/rules/kubernetes/delete-all';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['kubectl get pods --all-namespaces', 'kubectl delete pod api-1', 'kubectl get all -A', 'kubectl delete deploy api'],
  stop: [
    { command: 'kubectl delete deploy --all', messageId: 'all', severity: 'destructive' },
    { command: 'kubectl delete all --all -n staging', messageId: 'all' },
    { command: 'kubectl delete pvc --all', messageId: 'all' },
    { command: 'kubectl delete pods --all', messageId: 'all', severity: 'caution' },
    { command: 'kubectl delete deploy --all -A', messageId: 'all', severity: 'catastrophic' },
    { command: 'kubectl delete secrets --all --all-namespaces', messageId: 'all', severity: 'catastrophic' },
  ],
});
