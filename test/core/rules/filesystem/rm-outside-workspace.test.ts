import { rule } from '../../../../src/core/rules/filesystem/rm-outside-workspace';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'rm -rf node_modules',
    'rm -rf src/legacy',
    'rm -rf /tmp/x',
    'rm -rf /var/tmp/build',
    'rm -rf $TMPDIR/cache',
    'rm -rf ../other-app/node_modules',
    'rm -rf ~/.cache/yarn',
    'rm -rf ~/Library/Caches/pip',
    'rm ../notes.txt',
    'rm -rf /',
    'rm -rf ~',
    'rm -rf /work/project/dist',
    'rmdir ../empty',
    'mv ../old ../old.bak',
  ],
  stop: [
    { command: 'rm -rf ../other-app', messageId: 'outside', severity: 'destructive' },
    { command: 'rm -rf ..', messageId: 'outside' },
    { command: 'rm -rf ../*', messageId: 'outside' },
    { command: 'rm -rf ~/Documents', messageId: 'outside' },
    { command: 'rm -rf ~/.ssh', messageId: 'outside' },
    { command: 'rm -r -f /srv/app', messageId: 'outside' },
    { command: 'rm -R /opt/app/releases', messageId: 'outside' },
    { command: 'rm --recursive /work/other', messageId: 'outside' },
    { command: 'rm -rf /work/project/../shared', messageId: 'outside' },
    { command: 'rm -rf src/../../sibling', messageId: 'outside' },
    { command: 'sudo rm -rf /var/www/html', messageId: 'outside' },
    { command: 'cd /x && rm -rf ../../elsewhere', messageId: 'outside' },
  ],
});

// Without any context (no cwd, workspace or home known), relative paths are judged on their own.
runRuleTable(rule, {
  context: {},
  allow: ['rm -rf build', 'rm -rf ./src/old', 'rm -rf ../app/node_modules'],
  stop: [
    { command: 'rm -rf ..', messageId: 'outside' },
    { command: 'rm -rf ../../shared', messageId: 'outside' },
  ],
});
