import { rule } from '../../../../src/core/rules/hosting/secret-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['gh secret list', 'gh secret set API_KEY < key.txt', 'gh variable list', 'gh variable set ENV --body prod', 'glab variable list', 'echo gh secret delete X'],
  stop: [
    { command: 'gh secret delete API_KEY', messageId: 'delete', severity: 'caution' },
    { command: 'gh secret remove API_KEY', messageId: 'delete' },
    { command: 'gh secret delete DEPLOY_KEY --env production', messageId: 'delete' },
    { command: 'gh secret delete NPM_TOKEN --org acme', messageId: 'delete' },
    { command: 'gh variable delete REGION', messageId: 'delete' },
    { command: 'glab variable delete AWS_SECRET', messageId: 'delete' },
  ],
});
