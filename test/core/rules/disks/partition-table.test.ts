import { rule } from '../../../../src/core/rules/disks/partition-table';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'fdisk -l',
    'sudo fdisk -l /dev/sda',
    'fdisk --list /dev/nvme0n1',
    'gdisk -l /dev/sda',
    'sfdisk -l /dev/sda',
    'sfdisk -d /dev/sda',
    'sfdisk --json /dev/sda',
    'parted -l',
    'parted /dev/sda print',
    'parted -s /dev/sda unit MiB print free',
    'sgdisk -p /dev/sda',
    'sgdisk --print /dev/sda',
    'sgdisk --backup=table.bin /dev/sda',
    'lsblk',
    'echo fdisk /dev/sda',
  ],
  stop: [
    { command: 'fdisk /dev/sda', messageId: 'edit', severity: 'catastrophic' },
    { command: 'sudo fdisk /dev/nvme0n1', messageId: 'edit' },
    { command: 'gdisk /dev/sdb', messageId: 'edit' },
    { command: 'cfdisk /dev/sdb', messageId: 'edit' },
    { command: 'sfdisk /dev/sdb < layout.txt', messageId: 'edit' },
    { command: 'sfdisk --delete /dev/sdb 2', messageId: 'edit' },
    { command: 'parted /dev/sdb mklabel gpt', messageId: 'edit' },
    { command: 'parted -s /dev/sdb mkpart primary ext4 1MiB 100%', messageId: 'edit' },
    { command: 'parted /dev/sdb rm 1', messageId: 'edit' },
    { command: 'parted /dev/sdb', messageId: 'edit' },
    { command: 'sgdisk -Z /dev/sda', messageId: 'edit' },
    { command: 'sgdisk --zap-all /dev/sda', messageId: 'edit' },
    { command: 'sgdisk -o /dev/sdb', messageId: 'edit' },
    { command: 'sgdisk -n 1:0:+512M -t 1:ef00 /dev/sdb', messageId: 'edit' },
    { command: 'echo "label: gpt" | sfdisk /dev/sdc', messageId: 'edit' },
  ],
});
