import { rule } from '../../../../src/core/rules/git/push-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['git push', 'git push origin main', 'git push origin feature:feature', 'git push -n --delete origin old', 'git branch -d old', 'git remote prune origin', 'git fetch --prune'],
  stop: [
    { command: 'git push origin --delete feature/old', messageId: 'delete', severity: 'destructive' },
    { command: 'git push --delete origin v1.0.0', messageId: 'delete' },
    { command: 'git push -d origin old', messageId: 'delete' },
    { command: 'git push origin :feature/old', messageId: 'delete' },
    { command: 'git push origin :refs/tags/v1.0.0', messageId: 'delete' },
    { command: 'git push --prune origin refs/heads/*:refs/heads/*', messageId: 'prune' },
    { command: 'git -C repo push origin :main', messageId: 'delete' },
  ],
});
