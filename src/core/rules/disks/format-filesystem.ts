// disks/format-filesystem: creating a file system on a device (`mkfs.*`, `mke2fs`, `mkswap`, `newfs`, `diskutil
// eraseDisk`): everything on the device is lost. Formatting an image file (`mkfs.ext4 rootfs.img`) is not matched.
import { operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { isBlockDevice, isUnresolved } from './block-devices';

/** Programs that create a file system: `mkfs` and its per-type helpers, the BSD and macOS `newfs` family, and others. */
const MAKERS: readonly string[] = [
  'mkfs',
  ...['ext2', 'ext3', 'ext4', 'ext4dev', 'xfs', 'btrfs', 'bcachefs', 'vfat', 'fat', 'msdos', 'exfat', 'ntfs', 'f2fs', 'minix', 'bfs', 'cramfs', 'jfs',
    'reiserfs', 'reiser4', 'udf', 'hfs', 'hfsplus', 'apfs', 'nilfs2', 'ocfs2', 'gfs2', 'erofs', 'zfs'].map((type) => `mkfs.${type}`),
  'newfs', ...['hfs', 'apfs', 'msdos', 'exfat', 'udf', 'ext2fs', 'lfs', 'nandfs'].map((type) => `newfs_${type}`),
  'mke2fs', 'mkswap', 'mkdosfs', 'mkntfs', 'mkexfatfs', 'mformat', 'mkudffs',
];

const DISKUTIL_ERASE = new Set(['erasedisk', 'erasevolume', 'partitiondisk', 'reformat', 'zerodisk', 'randomdisk', 'secureerase', 'splitpartition', 'mergepartitions']);

export const rule: Rule = {
  meta: {
    id: 'disks/format-filesystem',
    title: 'Format a disk or partition',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Formatting replaces the file system on the device: every file on it becomes unreadable at once.',
    saferAlternative: 'Check the device with lsblk (or diskutil list) and unmounted backups first; format it yourself, not through an agent.',
    messages: {
      mkfs: '{{tool}} formats {{device}}, erasing everything on it.',
      diskutil: 'diskutil {{verb}} erases {{device}}.',
    },
  },
  commands: [...MAKERS, 'diskutil'],
  match(command): RuleMatch | null {
    if (MAKERS.includes(command.name)) {
      const words = command.argv.slice(1);
      const last = words[words.length - 1] ?? '';
      const device = words.find((w) => isBlockDevice(w) || w.startsWith('/dev/')) ?? (isUnresolved(last) ? last : undefined);
      if (device) return { messageId: 'mkfs', data: { tool: command.name, device } };
      return null;
    }
    if (command.name === 'diskutil') {
      const args = operands(command.argv);
      const verb = (args[0] === 'apfs' ? args[1] : args[0])?.toLowerCase() ?? '';
      const erases = DISKUTIL_ERASE.has(verb) || (args[0] === 'apfs' && /^(deletecontainer|erasevolume|deletevolume)$/.test(verb));
      if (erases) return { messageId: 'diskutil', data: { verb: args[0] === 'apfs' ? `apfs ${args[1]}` : args[0], device: args[args.length - 1] ?? 'the disk' } };
    }
    return null;
  },
};
