import { rule } from '../../../../src/core/rules/git/update-ref-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['git update-ref refs/heads/main abc123', 'git show-ref', 'git symbolic-ref HEAD'],
  stop: [
    { command: 'git update-ref -d refs/heads/feature', messageId: 'delete', severity: 'caution' },
    { command: 'git update-ref -d refs/stash', messageId: 'delete' },
    { command: 'git update-ref -m "cleanup" -d refs/tags/v1', messageId: 'delete' },
  ],
});
