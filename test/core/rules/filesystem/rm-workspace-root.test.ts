import { rule } from '../../../../src/core/rules/filesystem/rm-workspace-root';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'rm -rf dist',
    'rm -rf ./build/*',
    'rm -rf src/*',
    'rm -rf node_modules .next',
    'rm *.log',
    'rm -f ./*.tmp',
    'rm -rf /tmp/project',
    'git clean -n',
    'rm -rf "${BUILD_DIR:?}/"',
    'rm -rf "${OUT:?}"/*',
  ],
  stop: [
    { command: 'rm -rf .', messageId: 'workspace', severity: 'destructive' },
    { command: 'rm -rf ./', messageId: 'workspace' },
    { command: 'rm -rf *', messageId: 'contents' },
    { command: 'rm -rf ./*', messageId: 'contents' },
    { command: 'rm -rf .*', messageId: 'contents' },
    { command: 'rm -rf * .*', messageId: 'contents' },
    { command: 'rm -rf "$PWD"', messageId: 'workspace' },
    { command: 'rm -rf $(pwd)/*', messageId: 'contents' },
    { command: 'rm -rf "$(git rev-parse --show-toplevel)"', messageId: 'workspace' },
    { command: 'rm -rf /work/project', messageId: 'workspace' },
    { command: 'rm -rf /work/project/', messageId: 'workspace' },
    { command: 'rm -Rf src/..', messageId: 'workspace' },
    { command: 'xargs rm -rf .', messageId: 'workspace' },
    { command: 'ls | xargs rm -rf', messageId: 'contents' },
  ],
});
