import { rule } from '../../../../src/core/rules/git/reset-hard';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['git reset', 'git reset HEAD~1', 'git reset --soft HEAD~1', 'git reset --mixed', 'git reset --keep origin/main', 'git reset -- file.txt', 'git commit -m "reset --hard"', 'echo git reset --hard'],
  stop: [
    { command: 'git reset --hard', messageId: 'hard', severity: 'destructive' },
    { command: 'git reset --hard HEAD', messageId: 'hard' },
    { command: 'git reset --hard origin/main', messageId: 'hard' },
    { command: 'git reset HEAD~3 --hard', messageId: 'hard' },
    { command: 'git reset \u2014\u2014hard', messageId: 'hard' },
    { command: 'git -C ../app reset --hard', messageId: 'hard' },
    { command: 'git stash && git reset --hard @{u}', messageId: 'hard' },
    { command: 'sudo git reset --hard', messageId: 'hard' },
  ],
});
