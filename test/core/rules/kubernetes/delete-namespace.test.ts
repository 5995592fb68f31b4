import { rule } from '../../../../src/core/rules/kubernetes/delete-namespace';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['kubectl get ns', 'kubectl create namespace staging', 'kubectl delete pod api-123 -n staging', 'kubectl describe namespace staging', 'echo kubectl delete ns prod', 'kubectl config set-context --current --namespace=staging'],
  stop: [
    { command: 'kubectl delete namespace staging', messageId: 'namespace', severity: 'catastrophic' },
    { command: 'kubectl delete ns staging', messageId: 'namespace' },
    { command: 'kubectl delete namespaces a b', messageId: 'namespace' },
    { command: 'kubectl --context dev-cluster delete ns/feature-x', messageId: 'namespace' },
    { command: 'kubectl delete ns staging --wait=false --grace-period=0', messageId: 'namespace' },
    { command: 'oc delete project my-app', messageId: 'namespace' },
    { command: 'k delete ns staging', messageId: 'namespace' },
    { command: 'microk8s kubectl delete namespace demo', messageId: 'namespace' },
    { command: 'sudo kubectl delete ns staging', messageId: 'namespace' },
    { command: 'kubectl get ns -o name | grep feature- | xargs kubectl delete', messageId: 'namespace' },
  ],
});
