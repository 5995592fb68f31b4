import { rule } from '../../../../src/core/rules/hosting/repo-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['gh repo view', 'gh repo clone acme/app', 'gh repo create acme/new --private', 'gh repo archive acme/old', 'gh repo list', 'glab repo view', 'gh release delete v1.0.0', 'echo gh repo delete acme/app', 'hub browse'],
  stop: [
    { command: 'gh repo delete acme/app', messageId: 'delete', severity: 'catastrophic' },
    { command: 'gh repo delete acme/app --yes', messageId: 'delete' },
    { command: 'gh repo delete --yes', messageId: 'delete' },
    { command: 'glab repo delete group/project', messageId: 'delete' },
    { command: 'glab repo delete -y group/project', messageId: 'delete' },
    { command: 'tea repos delete owner/repo', messageId: 'delete' },
    { command: 'hub delete acme/app', messageId: 'delete' },
    { command: 'GH_TOKEN=x gh repo delete acme/app --yes', messageId: 'delete' },
  ],
});
