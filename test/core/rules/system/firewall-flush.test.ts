import { rule } from '../../../../src/core/rules/system/firewall-flush';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'iptables -L',
    'iptables -L -n -v',
    'iptables-save > rules.bak',
    'iptables -A INPUT -p tcp --dport 22 -j ACCEPT',
    'nft list ruleset',
    'ufw status',
    'ufw allow 22/tcp',
    'ufw enable',
    'firewall-cmd --list-all',
    'echo iptables -F',
  ],
  stop: [
    { command: 'iptables -F', messageId: 'flush', severity: 'destructive' },
    { command: 'sudo iptables --flush', messageId: 'flush' },
    { command: 'iptables -t nat -F', messageId: 'flush' },
    { command: 'ip6tables -F INPUT', messageId: 'flush' },
    { command: 'iptables-legacy -F', messageId: 'flush' },
    { command: 'nft flush ruleset', messageId: 'flush' },
    { command: 'nft delete table inet filter', messageId: 'flush' },
    { command: 'ufw reset', messageId: 'flush' },
    { command: 'ufw --force reset', messageId: 'flush' },
    { command: 'sudo ufw disable', messageId: 'disable' },
    { command: 'firewall-cmd --panic-on', messageId: 'lockout' },
    { command: 'pfctl -F all', messageId: 'flush' },
    { command: 'pfctl -d', messageId: 'disable' },
  ],
});
