import { rule } from '../../../../src/core/rules/disks/format-filesystem';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['mkfs.ext4 rootfs.img', 'mkfs.ext4 -F ./disk.img', 'mkswap swapfile', 'diskutil list', 'diskutil info disk2', 'lsblk -f', 'man mkfs', 'echo mkfs.ext4 /dev/sda1'],
  stop: [
    { command: 'mkfs.ext4 /dev/sdb1', messageId: 'mkfs', severity: 'catastrophic' },
    { command: 'sudo mkfs.ext4 -F /dev/sda', messageId: 'mkfs' },
    { command: 'mkfs -t ext4 /dev/nvme0n1p1', messageId: 'mkfs' },
    { command: 'mkfs.vfat -F 32 /dev/mmcblk0p1', messageId: 'mkfs' },
    { command: 'mkfs.xfs -f /dev/vdb', messageId: 'mkfs' },
    { command: 'mkfs.btrfs -L data /dev/sdc', messageId: 'mkfs' },
    { command: 'mke2fs -t ext4 /dev/sdb1', messageId: 'mkfs' },
    { command: 'mkswap /dev/sda2', messageId: 'mkfs' },
    { command: 'mkfs.ext4 "$DEVICE"', messageId: 'mkfs' },
    { command: 'newfs_msdos -F 32 /dev/disk2s1', messageId: 'mkfs' },
    { command: 'diskutil eraseDisk APFS Blank disk2', messageId: 'diskutil' },
    { command: 'diskutil eraseVolume JHFS+ Untitled disk3s1', messageId: 'diskutil' },
    { command: 'diskutil zeroDisk disk2', messageId: 'diskutil' },
    { command: 'diskutil apfs deleteContainer disk3', messageId: 'diskutil' },
  ],
});
