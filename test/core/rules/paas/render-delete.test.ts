import { rule } from '../../../../src/core/rules/paas/render-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['render services list', 'render deploys create srv-1', 'render login'],
  stop: [
    { command: 'render services delete srv-123', messageId: 'delete' },
    { command: 'render postgres delete dpg-123 --confirm', messageId: 'delete' },
  ],
});
