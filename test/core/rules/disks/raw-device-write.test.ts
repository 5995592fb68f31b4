import { rule } from '../../../../src/core/rules/disks/raw-device-write';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'dd if=/dev/zero of=disk.img bs=1M count=100',
    'dd if=/dev/sda of=backup.img bs=4M',
    'dd if=/dev/urandom of=/dev/null count=1',
    'cat /dev/sda > /dev/null',
    'echo hi > /dev/null',
    'echo hi > /dev/stderr',
    'ls > /dev/pts/0',
    'cp image.iso ~/Downloads/',
    'lsblk',
    'echo "dd if=x.iso of=/dev/sdb"',
  ],
  stop: [
    { command: 'dd if=ubuntu.iso of=/dev/sdb bs=4M status=progress', messageId: 'dd', severity: 'catastrophic' },
    { command: 'sudo dd if=/dev/zero of=/dev/sda', messageId: 'dd' },
    { command: 'dd of=/dev/nvme0n1 if=/dev/urandom', messageId: 'dd' },
    { command: 'dd if=raspios.img of=/dev/mmcblk0', messageId: 'dd' },
    { command: 'sudo dd if=x.img of=/dev/rdisk2 bs=1m', messageId: 'dd' },
    { command: 'dd if=/dev/zero of=/dev/sda1 bs=512 count=1', messageId: 'dd' },
    { command: 'dd if=x of=/dev/mapper/vg0-root', messageId: 'dd' },
    { command: 'dd if=x of=/dev/disk/by-id/usb-SanDisk_123', messageId: 'dd' },
    { command: 'cat image.iso > /dev/sdb', messageId: 'redirect' },
    { command: 'echo garbage > /dev/sda', messageId: 'redirect' },
    { command: 'pv ubuntu.iso > /dev/disk2', messageId: 'redirect' },
    { command: 'cp image.iso /dev/sdc', messageId: 'copy' },
    { command: 'xzcat os.img.xz | sudo tee /dev/mmcblk0', messageId: 'copy' },
    { command: 'ddrescue /dev/sda /dev/sdb rescue.log', messageId: 'copy' },
    { command: "sudo sh -c 'cat x.img > /dev/sdb'", messageId: 'redirect' },
  ],
});
