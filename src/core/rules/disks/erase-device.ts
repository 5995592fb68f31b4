// disks/erase-device: tools that erase signatures, whole devices, pools or volumes: `wipefs -a`, `blkdiscard`,
// `hdparm --security-erase`, `nvme format|sanitize`, `cryptsetup luksFormat|erase`, `badblocks -w`,
// `zpool destroy|labelclear`, `zfs destroy`, `lvremove`/`vgremove`/`pvremove`. Read-only forms are not matched.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

const LVM_REMOVERS = new Set(['lvremove', 'vgremove', 'pvremove']);

export const rule: Rule = {
  meta: {
    id: 'disks/erase-device',
    title: 'Erase a device, pool or volume',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'These erase a whole device, storage pool or volume; the data on it cannot be read back afterwards.',
    saferAlternative: 'Run the read-only form first (wipefs with no options lists signatures; zfs destroy -n is a dry run) and take a backup.',
    messages: {
      erase: '{{tool}} erases {{target}}.',
    },
  },
  commands: ['wipefs', 'blkdiscard', 'hdparm', 'nvme', 'cryptsetup', 'badblocks', 'zpool', 'zfs', ...LVM_REMOVERS],
  match(command): RuleMatch | null {
    const argv = command.argv;
    const args = operands(argv);
    const hit = (tool: string, target: string | undefined): RuleMatch => ({ messageId: 'erase', data: { tool, target: target ?? 'the device' } });
    switch (command.name) {
      case 'wipefs':
        if (hasFlag(argv, 'n', '--no-act')) return null;
        return hasFlag(argv, 'ao', '--all', '--offset') ? hit('wipefs', args[args.length - 1]) : null;
      case 'blkdiscard':
        return hit('blkdiscard', args[args.length - 1]);
      case 'hdparm':
        return argv.some((a) => /^--(security-erase(-enhanced)?|trim-sector-ranges|write-sector)$/.test(a)) ? hit('hdparm', args[args.length - 1]) : null;
      case 'nvme':
        return args[0] === 'format' || args[0] === 'sanitize' ? hit(`nvme ${args[0]}`, args[1]) : null;
      case 'cryptsetup':
        return args[0] && /^(luksformat|erase|luksErase|reencrypt)$/i.test(args[0]) ? hit(`cryptsetup ${args[0]}`, args[1]) : null;
      case 'badblocks':
        return hasFlag(argv, 'w') ? hit('badblocks -w', args[args.length - 1]) : null;
      case 'zpool':
        return args[0] === 'destroy' || args[0] === 'labelclear' ? hit(`zpool ${args[0]}`, args[args.length - 1]) : null;
      case 'zfs':
        if (args[0] !== 'destroy' || hasFlag(argv, 'n')) return null;
        return hit('zfs destroy', args[args.length - 1]);
      default:
        return LVM_REMOVERS.has(command.name) && !hasFlag(argv, '', '--test') ? hit(command.name, args[args.length - 1]) : null;
    }
  },
};
