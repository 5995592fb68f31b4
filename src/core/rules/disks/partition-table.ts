// disks/partition-table: tools that rewrite a disk's partition table: fdisk, sfdisk, cfdisk, gdisk, sgdisk, parted.
// Listing and printing (`fdisk -l`, `parted -l`, `parted /dev/sda print`, `sfdisk -d`, `sgdisk -p`) is not matched.
import { hasFlag } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { isBlockDevice, isUnresolved } from './block-devices';

/** parted commands that only read. */
const PARTED_READS = new Set(['print', 'p', 'help', 'unit', 'align-check', 'version', 'quit', 's', 'b', 'kb', 'mb', 'gb', 'tb', '%', 'cyl', 'chs', 'compact', 'kib', 'mib', 'gib', 'tib', 'min', 'opt', 'free', 'list', 'all', 'devices']);

/** sgdisk flags that only read or pretend. */
const SGDISK_READS = /^(-[piLvOPDEF]+|--(print|info|list-types|verify|print-mbr|pretend|first-in-largest|end-of-largest|first-aligned-in-largest|backup)(=.*)?)$/;

function deviceOf(args: string[]): string | undefined {
  return args.find((w) => isBlockDevice(w) || isUnresolved(w) || w.startsWith('/dev/'));
}

export const rule: Rule = {
  meta: {
    id: 'disks/partition-table',
    title: 'Change a partition table',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Rewriting a partition table can make every partition on the disk unreachable, and a wrong device name hits the wrong disk.',
    saferAlternative: 'Print the table first (fdisk -l, parted DEVICE print) and save it (sfdisk -d DEVICE > table.txt) before changing anything.',
    messages: {
      edit: '{{tool}} can rewrite the partition table of {{device}}.',
    },
  },
  commands: ['fdisk', 'gdisk', 'cfdisk', 'sfdisk', 'parted', 'sgdisk'],
  match(command): RuleMatch | null {
    const argv = command.argv;
    // Device paths are never option values, so scan every word rather than guess each tool's value flags.
    const args = argv.slice(1).filter((w) => !w.startsWith('-'));
    const hit = (device: string | undefined): RuleMatch => ({ messageId: 'edit', data: { tool: command.name, device: device ?? 'the disk' } });
    switch (command.name) {
      case 'fdisk':
      case 'gdisk':
        if (hasFlag(argv, 'l', '--list', '--list-details')) return null;
        return deviceOf(args) ? hit(deviceOf(args)) : null;
      case 'cfdisk':
        return hit(deviceOf(args));
      case 'sfdisk':
        if (hasFlag(argv, 'ldJsgVF', '--list', '--dump', '--json', '--show-size', '--show-geometry', '--verify', '--list-free', '--backup-pt-sectors', '-n', '--no-act')) return null;
        return deviceOf(args) ? hit(deviceOf(args)) : null;
      case 'parted': {
        if (hasFlag(argv, 'l', '--list')) return null;
        const device = deviceOf(args);
        if (!device) return null;
        const verbs = args.slice(args.indexOf(device) + 1).filter((w) => /^[a-z_-]+$/i.test(w));
        if (verbs.length > 0 && verbs.every((v) => PARTED_READS.has(v.toLowerCase()))) return null;
        return hit(device);
      }
      case 'sgdisk': {
        const device = deviceOf(args);
        if (!device) return null;
        const flags = argv.slice(1).filter((w) => w.startsWith('-'));
        return flags.length > 0 && flags.every((f) => SGDISK_READS.test(f)) ? null : hit(device);
      }
      default:
        return null;
    }
  },
};
