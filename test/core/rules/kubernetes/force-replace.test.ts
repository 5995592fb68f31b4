import { rule } from '../../../../src/core/rules/kubernetes/force-replace';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['kubectl replace -f deploy.yaml', 'kubectl apply -f deploy.yaml', 'kubectl apply --server-side -f k8s/', 'kubectl replace --force -f deploy.yaml --dry-run=server'],
  stop: [
    { command: 'kubectl replace --force -f deploy.yaml', messageId: 'replace' },
    { command: 'kubectl apply --prune -l app=api -f k8s/', messageId: 'prune' },
    { command: 'kubectl apply --force -f statefulset.yaml', messageId: 'applyForce' },
  ],
});
