import { rule } from '../../../../src/core/rules/kubernetes/delete-resource';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['kubectl delete pod api-7d9f', 'kubectl delete pods -l app=api', 'kubectl delete po/api-1', 'kubectl delete job migrate-42', 'kubectl get deploy', 'kubectl rollout restart deploy/api', 'kubectl delete deploy api --dry-run=client', 'kubectl delete deploy --all', 'kubectl get pods -o name | xargs kubectl delete'],
  stop: [
    { command: 'kubectl delete deployment api', messageId: 'resource' },
    { command: 'kubectl delete deploy/api -n staging', messageId: 'resource' },
    { command: 'kubectl delete sts postgres', messageId: 'resource' },
    { command: 'kubectl delete statefulsets.apps postgres', messageId: 'resource' },
    { command: 'kubectl delete secret db-credentials', messageId: 'resource' },
    { command: 'kubectl delete svc,ing api', messageId: 'resource' },
    { command: 'kubectl delete cluster.postgresql.cnpg.io main', messageId: 'resource' },
    { command: 'kubectl delete node worker-3', messageId: 'resource' },
    { command: 'kubectl delete crd certificates.cert-manager.io', messageId: 'crd', severity: 'catastrophic' },
    { command: 'oc delete dc api', messageId: 'resource' },
    { command: 'kubectl get deploy -o name | xargs -n1 kubectl delete', messageId: 'resource' },
  ],
});
