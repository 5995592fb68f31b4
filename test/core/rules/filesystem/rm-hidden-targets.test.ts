import { rule } from '../../../../src/core/rules/filesystem/rm-hidden-targets';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'rm -rf dist',
    'xargs rm -f < stale-files.txt',
    'find . -name node_modules -prune | xargs rm -rf',
    'echo dist build | xargs rm -rf',
    'ls -d */ | xargs -n1 du -sh',
    'cat list.txt | xargs ls -l',
    'git ls-files -z | xargs -0 wc -l',
  ],
  stop: [
    { command: 'xargs -0 rm -rf < files.txt', messageId: 'hidden', severity: 'destructive' },
    { command: 'cat dirs.txt | xargs rm -rf', messageId: 'hidden' },
    { command: 'git ls-files --others | xargs rm -r', messageId: 'hidden' },
    { command: 'grep -l TODO -r . | xargs -I{} rm -rf {}', messageId: 'hidden' },
  ],
});
