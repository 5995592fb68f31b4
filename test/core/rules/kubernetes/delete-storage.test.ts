import { rule } from '../../../../src/core/rules/kubernetes/delete-storage';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['kubectl get pvc -A', 'kubectl describe pv pvc-123', 'kubectl delete pod db-0', 'kubectl apply -f pvc.yaml'],
  stop: [
    { command: 'kubectl delete pvc data-postgres-0', messageId: 'storage' },
    { command: 'kubectl delete persistentvolumeclaim data -n db', messageId: 'storage' },
    { command: 'kubectl delete pv pvc-8d1e', messageId: 'storage' },
    { command: 'kubectl delete persistentvolumes/pvc-8d1e', messageId: 'storage' },
    { command: 'kubectl delete pvc -l app=postgres', messageId: 'storage' },
    { command: 'kubectl delete volumesnapshot nightly', messageId: 'storage' },
  ],
});
