// Recognises block-device paths (whole disks and partitions: /dev/sda, /dev/nvme0n1p2, /dev/disk2, /dev/mmcblk0,
// /dev/mapper/…, /dev/disk/by-id/…) as opposed to character devices like /dev/null or /dev/zero.
// Shared by the rules of the disks pack.

const BLOCK_DEVICE = new RegExp(
  '^/dev/(' +
    [
      '[shv]d[a-z]+\\d*', 'xvd[a-z]+\\d*', 'nvme\\d+(n\\d+(p\\d+)?)?', 'r?disk\\d+(s\\d+)*', 'mmcblk\\d+(p\\d+)?', 'md\\d+',
      'md/.+', 'dm-\\d+', 'mapper/.+', 'loop\\d+', 'sr\\d+', 'fd\\d+', 'disk/by-[a-z-]+/.+', 'zd\\d+', 'bcache\\d+',
      'mtdblock\\d+', 'root', 'ubd[a-z]+\\d*', 'nbd\\d+(p\\d+)?', 'rbd\\d+',
    ].join('|') +
    ')$',
);

/** True when a word names a block device (a disk, partition, RAID/LVM/mapper volume). */
export function isBlockDevice(word: string): boolean {
  return BLOCK_DEVICE.test(word);
}

/** True when a word could only be judged at run time: a variable (`$DISK`) or a command substitution. */
export function isUnresolved(word: string): boolean {
  return word.startsWith('$') || word.startsWith('`');
}
