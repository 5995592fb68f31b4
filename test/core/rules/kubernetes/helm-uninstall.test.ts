import { rule } from '../../../../src/core/rules/kubernetes/helm-uninstall';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['helm list -A', 'helm upgrade --install api ./chart', 'helm status api', 'helm uninstall api --dry-run', 'helm repo remove bitnami', 'helmfile apply'],
  stop: [
    { command: 'helm uninstall api', messageId: 'uninstall' },
    { command: 'helm uninstall postgres -n db --keep-history', messageId: 'uninstall' },
    { command: 'helm delete api', messageId: 'uninstall' },
    { command: 'helm --kube-context dev un redis', messageId: 'uninstall' },
    { command: 'helmfile destroy', messageId: 'helmfile' },
    { command: 'helmfile -e staging delete', messageId: 'helmfile' },
  ],
});
