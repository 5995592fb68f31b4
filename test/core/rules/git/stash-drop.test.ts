import { rule } from '../../../../src/core/rules/git/stash-drop';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['git stash', 'git stash pop', 'git stash apply stash@{1}', 'git stash list', 'git stash push -m wip', 'git stash show -p', 'git stash branch saved'],
  stop: [
    { command: 'git stash clear', messageId: 'clear', severity: 'destructive' },
    { command: 'git stash drop', messageId: 'drop', severity: 'caution' },
    { command: 'git stash drop stash@{2}', messageId: 'drop' },
    { command: 'git stash drop -q', messageId: 'drop' },
    { command: 'git -C app stash clear', messageId: 'clear' },
  ],
});
