import { rule } from '../../../../src/core/rules/kubernetes/delete-from-file';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['kubectl apply -f k8s/', 'kubectl diff -f k8s/', 'kubectl delete -f k8s/ --dry-run=client', 'kubectl create -f job.yaml'],
  stop: [
    { command: 'kubectl delete -f k8s/', messageId: 'file' },
    { command: 'kubectl delete -f deployment.yaml -n staging', messageId: 'file' },
    { command: 'kubectl delete --filename=app.yaml', messageId: 'file' },
    { command: 'kubectl delete -k overlays/staging', messageId: 'file' },
    { command: 'kubectl delete -Rf manifests/', messageId: 'file' },
  ],
});
