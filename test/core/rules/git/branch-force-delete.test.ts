import { rule } from '../../../../src/core/rules/git/branch-force-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['git branch', 'git branch -d merged-feature', 'git branch --delete merged', 'git branch -a', 'git branch feature/new', 'git branch -m old new', 'git branch -f main origin/main'],
  stop: [
    { command: 'git branch -D feature/x', messageId: 'forceDelete', severity: 'caution' },
    { command: 'git branch -D a b c', messageId: 'forceDelete' },
    { command: 'git branch --delete --force feature/x', messageId: 'forceDelete' },
    { command: 'git branch -d -f feature/x', messageId: 'forceDelete' },
    { command: 'git branch -df feature/x', messageId: 'forceDelete' },
    { command: 'git branch -rD origin/old', messageId: 'forceDelete' },
  ],
});
