// disks/raw-device-write: writing straight onto a disk or partition: `dd of=/dev/sda`, `cat image > /dev/sdb`,
// `cp disk.img /dev/nvme0n1`, `… | tee /dev/sdb`, `pv x.iso > /dev/disk2`. Reading from a disk is not matched.
import { operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import type { Rule, RuleMatch } from '../types';
import { isBlockDevice } from './block-devices';

/** Where a copying tool writes: the last operand for cp/install, the second for ddrescue, any for tee. */
function destinations(command: SimpleCommand): string[] {
  const { name } = command;
  if (name !== 'cp' && name !== 'install' && name !== 'ddrescue' && name !== 'tee') return [];
  const args = operands(command.argv);
  if (name === 'cp' || name === 'install') return args.length >= 2 ? [args[args.length - 1]] : [];
  if (name === 'ddrescue') return args.slice(1, 2);
  return args;
}

export const rule: Rule = {
  meta: {
    id: 'disks/raw-device-write',
    title: 'Write directly to a disk',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Writing onto a raw disk overwrites its partition table and file systems; one wrong letter (sda for sdb) wipes the wrong disk.',
    saferAlternative: 'Check the target with lsblk first, and use a flashing tool that confirms the device (e.g. balenaEtcher, Raspberry Pi Imager).',
    messages: {
      dd: '{{tool}} writes straight onto the disk {{device}}, overwriting everything on it.',
      redirect: 'This writes straight onto the disk {{device}}, overwriting everything on it.',
      copy: '{{tool}} writes straight onto the disk {{device}}, overwriting everything on it.',
    },
  },
  commands: ['dd', 'dcfldd', 'dc3dd', 'cp', 'install', 'ddrescue', 'tee'],
  alsoWhen: { redirects: true },
  match(command): RuleMatch | null {
    if (command.name === 'dd' || command.name === 'dcfldd' || command.name === 'dc3dd') {
      const of = command.argv.find((a) => /^of=/.test(a))?.slice(3);
      if (of && isBlockDevice(of)) return { messageId: 'dd', data: { tool: command.name, device: of } };
    }
    for (const redirect of command.redirects) {
      if (redirect.op.startsWith('>') || redirect.op === '&>' || redirect.op === '<>') {
        if (isBlockDevice(redirect.target)) return { messageId: 'redirect', data: { device: redirect.target } };
      }
    }
    const device = destinations(command).find(isBlockDevice);
    if (device) return { messageId: 'copy', data: { tool: command.name, device } };
    return null;
  },
};
