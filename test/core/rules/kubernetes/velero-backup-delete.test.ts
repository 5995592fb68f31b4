import { rule } from '../../../../src/core/rules/kubernetes/velero-backup-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['velero backup create nightly', 'velero backup get', 'velero restore create --from-backup nightly', 'velero schedule get'],
  stop: [
    { command: 'velero backup delete nightly-2024', messageId: 'backup' },
    { command: 'velero backup delete --all --confirm', messageId: 'backup' },
    { command: 'velero schedule delete daily', messageId: 'backup' },
  ],
});
