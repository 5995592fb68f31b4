import { rule } from '../../../../src/core/rules/hosting/resource-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['gh issue close 12', 'gh issue list', 'gh gist list', 'gh cache delete --all', 'gh run delete 123', 'gh codespace list', 'gh label create bug', 'gh pr close 5', 'glab issue close 3', 'echo gh issue delete 12'],
  stop: [
    { command: 'gh issue delete 12', messageId: 'delete', severity: 'destructive' },
    { command: 'gh issue delete 12 --yes', messageId: 'delete' },
    { command: 'gh gist delete abc123', messageId: 'delete' },
    { command: 'gh project delete 3 --owner acme', messageId: 'delete' },
    { command: 'gh label delete bug --yes', messageId: 'delete' },
    { command: 'gh codespace delete --all', messageId: 'delete' },
    { command: 'gh cs delete -c my-space', messageId: 'delete' },
    { command: 'gh ssh-key delete 123', messageId: 'delete' },
    { command: 'gh repo deploy-key delete 456', messageId: 'delete' },
    { command: 'glab issue delete 7', messageId: 'delete' },
    { command: 'glab snippet delete 9', messageId: 'delete' },
  ],
});
