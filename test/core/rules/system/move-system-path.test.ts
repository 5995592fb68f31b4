import { rule } from '../../../../src/core/rules/system/move-system-path';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'mv a.txt b.txt',
    'mv /etc/hosts /etc/hosts.bak',
    'sudo mv /etc/nginx/sites-available/app /etc/nginx/sites-enabled/',
    'mv /tmp/app /opt/app',
    'mv ~/Downloads/x.zip .',
    'mv build /tmp/old-build',
    'mv ./usr ./vendor',
    'echo mv /usr /tmp',
  ],
  stop: [
    { command: 'mv /usr /usr.bak', messageId: 'move', severity: 'catastrophic' },
    { command: 'sudo mv /bin /tmp/bin', messageId: 'move' },
    { command: 'mv /usr/bin /usr/bin.old', messageId: 'move' },
    { command: 'mv /lib/* /tmp/lib/', messageId: 'move' },
    { command: 'mv /etc /etc.old', messageId: 'move' },
    { command: 'mv ~ /tmp/home', messageId: 'move' },
    { command: 'mv -t /tmp /usr/lib', messageId: 'move' },
    { command: 'mv /* /tmp/', messageId: 'move' },
  ],
});
