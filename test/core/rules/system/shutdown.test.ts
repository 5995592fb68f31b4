import { rule } from '../../../../src/core/rules/system/shutdown';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'shutdown -c',
    'shutdown --help',
    'reboot --help',
    'systemctl restart nginx',
    'systemctl status',
    'systemctl stop postgresql',
    'systemctl isolate multi-user.target',
    'init --version',
    'echo reboot',
    'git commit -m "reboot the worker"',
    'docker restart web',
    'npm run reboot',
  ],
  stop: [
    { command: 'shutdown now', messageId: 'power', severity: 'catastrophic' },
    { command: 'sudo shutdown -h now', messageId: 'power' },
    { command: 'shutdown -r +5', messageId: 'power' },
    { command: 'reboot', messageId: 'power' },
    { command: 'sudo reboot -f', messageId: 'power' },
    { command: 'halt', messageId: 'power' },
    { command: 'poweroff', messageId: 'power' },
    { command: 'init 0', messageId: 'power' },
    { command: 'sudo init 6', messageId: 'power' },
    { command: 'telinit 1', messageId: 'power' },
    { command: 'systemctl poweroff', messageId: 'power' },
    { command: 'sudo systemctl reboot', messageId: 'power' },
    { command: 'systemctl kexec', messageId: 'power' },
    { command: 'systemctl isolate rescue.target', messageId: 'power' },
    { command: 'loginctl reboot', messageId: 'power' },
    { command: 'Stop-Computer -Force', messageId: 'power' },
    { command: "ssh prod-1 'sudo reboot'", messageId: 'power' },
  ],
});
