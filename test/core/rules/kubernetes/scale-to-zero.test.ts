import { rule } from '../../../../src/core/rules/kubernetes/scale-to-zero';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['kubectl scale deploy api --replicas=3', 'kubectl scale --replicas=2 sts/db', 'kubectl get hpa'],
  stop: [
    { command: 'kubectl scale deploy api --replicas=0', messageId: 'zero' },
    { command: 'kubectl scale --replicas 0 statefulset/postgres', messageId: 'zero' },
    { command: 'kubectl scale deploy --all --replicas=0 -n staging', messageId: 'zero' },
  ],
});
