// system/shutdown: powering off or rebooting the machine: shutdown, reboot, halt, poweroff, init 0/6,
// systemctl poweroff|reboot|halt|kexec|rescue|emergency, PowerShell Stop-Computer/Restart-Computer.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

const POWER_COMMANDS = new Set(['reboot', 'halt', 'poweroff']);
const SYSTEMCTL_VERBS = new Set(['poweroff', 'reboot', 'halt', 'kexec', 'rescue', 'emergency', 'soft-reboot']);
const STOP_TARGETS = /^(poweroff|reboot|halt|rescue|emergency|runlevel[016])\.target$/;

export const rule: Rule = {
  meta: {
    id: 'system/shutdown',
    title: 'Shut down or reboot the machine',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'This stops every program on the machine at once: unsaved work is lost, services go down, and a remote server may not come back without someone on site.',
    saferAlternative: 'Restart only the service that needs it (systemctl restart <service>), or reboot yourself when it suits you.',
    messages: {
      power: '{{how}} shuts down or restarts this machine.',
    },
  },
  commands: ['shutdown', ...POWER_COMMANDS, 'init', 'telinit', 'systemctl', 'loginctl', 'stop-computer', 'restart-computer'],
  match(command): RuleMatch | null {
    const argv = command.argv;
    const how = argv.join(' ');
    const hit: RuleMatch = { messageId: 'power', data: { how } };
    if (hasFlag(argv, '', '--help', '--version')) return null;
    if (command.name === 'shutdown') return hasFlag(argv, 'ck', '--cancel') || argv.includes('/a') ? null : hit;
    if (POWER_COMMANDS.has(command.name)) return hit;
    if (command.name === 'init' || command.name === 'telinit') return /^[016sS]$/.test(operands(argv)[0] ?? '') ? hit : null;
    if (command.name === 'systemctl' || command.name === 'loginctl') {
      const [verb, unit] = operands(argv);
      if (SYSTEMCTL_VERBS.has(verb ?? '')) return hit;
      if (verb === 'isolate' && STOP_TARGETS.test(unit ?? '')) return hit;
      if (verb === 'start' && STOP_TARGETS.test(unit ?? '')) return hit;
      return null;
    }
    if (command.name === 'stop-computer' || command.name === 'restart-computer') return hit;
    return null;
  },
};
