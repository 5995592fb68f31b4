import { rule } from '../../../../src/core/rules/git/clean-force';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['git clean -n', 'git clean -nd', 'git clean --dry-run -fd', 'git clean -fdn', 'git clean -i', 'git clean', 'git status', 'echo git clean -fdx'],
  stop: [
    { command: 'git clean -f', messageId: 'clean', severity: 'destructive' },
    { command: 'git clean -fd', messageId: 'clean' },
    { command: 'git clean -df', messageId: 'clean' },
    { command: 'git clean -d -f', messageId: 'clean' },
    { command: 'git clean --force', messageId: 'clean' },
    { command: 'git clean -f -- src', messageId: 'clean' },
    { command: 'git clean -xdf', messageId: 'ignored' },
    { command: 'git clean -fdx', messageId: 'ignored' },
    { command: 'git clean -ffdx', messageId: 'ignored' },
    { command: 'git clean -fX', messageId: 'ignored' },
    { command: 'git -C app clean -fd', messageId: 'clean' },
  ],
});
