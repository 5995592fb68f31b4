import { rule } from '../../../../src/core/rules/paas/netlify-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['netlify deploy --prod', 'netlify status', 'netlify env:list', 'netlify env:set API_URL x', 'netlify sites:list', 'netlify blobs:list uploads'],
  stop: [
    { command: 'netlify sites:delete abc-123', messageId: 'site' },
    { command: 'netlify sites:delete abc-123 --force', messageId: 'site' },
    { command: 'npx netlify env:unset API_KEY', messageId: 'env' },
    { command: 'netlify blobs:delete uploads a.png', messageId: 'blob' },
  ],
});
