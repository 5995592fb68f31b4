import { rule } from '../../../../src/core/rules/disks/erase-device';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['wipefs /dev/sdb', 'wipefs -n -a /dev/sdb', 'wipefs --no-act --all /dev/sdb', 'hdparm -I /dev/sda', 'nvme list', 'zfs list', 'zfs destroy -n pool/data', 'zpool status', 'lvs', 'lvremove --test vg0/data', 'badblocks -sv /dev/sdb', 'cryptsetup luksOpen /dev/sdb1 data'],
  stop: [
    { command: 'wipefs -a /dev/sdb', messageId: 'erase', severity: 'catastrophic' },
    { command: 'wipefs --all /dev/nvme0n1', messageId: 'erase' },
    { command: 'wipefs -af /dev/sdb', messageId: 'erase' },
    { command: 'wipefs -o 0x1fe /dev/sdb', messageId: 'erase' },
    { command: 'blkdiscard /dev/nvme0n1', messageId: 'erase' },
    { command: 'hdparm --user-master u --security-erase pass /dev/sdb', messageId: 'erase' },
    { command: 'nvme format /dev/nvme0n1', messageId: 'erase' },
    { command: 'nvme sanitize /dev/nvme0 -a 2', messageId: 'erase' },
    { command: 'cryptsetup luksFormat /dev/sdb1', messageId: 'erase' },
    { command: 'cryptsetup erase /dev/sdb1', messageId: 'erase' },
    { command: 'badblocks -wsv /dev/sdb', messageId: 'erase' },
    { command: 'zpool destroy tank', messageId: 'erase' },
    { command: 'zfs destroy -r tank/data', messageId: 'erase' },
    { command: 'lvremove -f vg0/data', messageId: 'erase' },
    { command: 'vgremove vg0', messageId: 'erase' },
    { command: 'sudo pvremove /dev/sdb1', messageId: 'erase' },
  ],
});
