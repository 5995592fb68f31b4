// system/firewall-flush: wiping or disabling the firewall: `iptables -F`, `nft flush ruleset`, `ufw reset|disable`,
// `firewall-cmd --panic-on`, `pfctl -F all`. Depending on the default policy this either opens every port or locks
// everyone (including you over SSH) out.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

/** iptables and its siblings, in their legacy and nft builds. */
const IPTABLES: readonly string[] = ['iptables', 'ip6tables', 'arptables', 'ebtables'].flatMap((tool) => [tool, `${tool}-legacy`, `${tool}-nft`]);

export const rule: Rule = {
  meta: {
    id: 'system/firewall-flush',
    title: 'Flush or disable the firewall',
    severity: 'destructive',
    category: 'destructive',
    why: 'Flushing the firewall either exposes every port on the machine or cuts off all traffic, including your own SSH session.',
    saferAlternative: 'Save the rules first (iptables-save > rules.bak, nft list ruleset > rules.nft) and change one rule at a time.',
    messages: {
      flush: '{{how}} removes the firewall rules.',
      disable: '{{how}} turns the firewall off.',
      lockout: '{{how}} drops all network traffic, including your own connection.',
    },
  },
  commands: [...IPTABLES, 'nft', 'ufw', 'firewall-cmd', 'pfctl'],
  match(command): RuleMatch | null {
    const argv = command.argv;
    const how = argv.join(' ');
    const args = operands(argv, ['-t', '--table']);
    if (IPTABLES.includes(command.name)) return hasFlag(argv, 'F', '--flush') ? { messageId: 'flush', data: { how } } : null;
    if (command.name === 'nft') {
      const [verb, what] = args;
      if ((verb === 'flush' || verb === 'delete') && (what === 'ruleset' || what === 'table')) return { messageId: 'flush', data: { how } };
      return null;
    }
    if (command.name === 'ufw') {
      if (args[0] === 'reset') return { messageId: 'flush', data: { how } };
      if (args[0] === 'disable') return { messageId: 'disable', data: { how } };
      return null;
    }
    if (command.name === 'firewall-cmd' && argv.includes('--panic-on')) return { messageId: 'lockout', data: { how } };
    if (command.name === 'pfctl') {
      if (hasFlag(argv, 'd')) return { messageId: 'disable', data: { how } };
      if (hasFlag(argv, 'F')) return { messageId: 'flush', data: { how } };
    }
    return null;
  },
};
