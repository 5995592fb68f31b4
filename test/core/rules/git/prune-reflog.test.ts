import { rule } from '../../../../src/core/rules/git/prune-reflog';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['git gc', 'git gc --aggressive', 'git gc --prune=2.weeks.ago', 'git reflog', 'git reflog show main', 'git reflog expire --expire=90.days.ago --all', 'git prune -n', 'git prune --dry-run', 'git remote prune origin', 'git fetch --prune'],
  stop: [
    { command: 'git reflog expire --expire=now --all', messageId: 'expire', severity: 'destructive' },
    { command: 'git reflog expire --expire-unreachable=now --all', messageId: 'expire' },
    { command: 'git reflog expire --all --expire=all', messageId: 'expire' },
    { command: 'git reflog delete HEAD@{1}', messageId: 'delete' },
    { command: 'git gc --prune=now', messageId: 'gc' },
    { command: 'git gc --aggressive --prune=now', messageId: 'gc' },
    { command: 'git gc --prune=all', messageId: 'gc' },
    { command: 'git prune', messageId: 'prune' },
    { command: 'git prune --expire=now', messageId: 'prune' },
    { command: 'git reflog expire --expire=now --all && git gc --prune=now --aggressive', messageId: 'gc' },
  ],
});
