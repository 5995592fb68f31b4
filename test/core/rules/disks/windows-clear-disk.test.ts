import { rule } from '../../../../src/core/rules/disks/windows-clear-disk';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'Get-Disk',
    'Get-Disk -Number 1',
    'Get-Partition -DiskNumber 1',
    'Clear-Disk -Number 1 -RemoveData -WhatIf',
    'Remove-Partition -DriveLetter D -WhatIf',
    'Clear-Host',
    'Clear-RecycleBin -WhatIf',
    'echo "Clear-Disk -Number 1 -RemoveData"',
  ],
  stop: [
    { command: 'Clear-Disk -Number 1 -RemoveData', messageId: 'clearDisk', severity: 'catastrophic' },
    { command: 'Clear-Disk 1 -RemoveData -RemoveOEM -Confirm:$false', messageId: 'clearDisk', severity: 'catastrophic' },
    { command: 'clear-disk -num 2 -removed', messageId: 'clearDisk', severity: 'catastrophic' },
    { command: 'Clear-Disk -Number 1 -ZeroOutEntireDisk', messageId: 'clearDisk', severity: 'catastrophic' },
    { command: 'Get-Disk 1 | Clear-Disk -RemoveData', messageId: 'clearDisk', severity: 'catastrophic' },
    { command: 'Clear-Disk -Number 1', messageId: 'clearDisk', severity: 'destructive' },
    { command: 'Clear-Disk -FriendlyName "USB Stick" -RemoveData', messageId: 'clearDisk' },
    { command: 'Remove-Partition -DriveLetter D', messageId: 'removePartition', severity: 'catastrophic' },
    { command: 'Remove-Partition -DiskNumber 1 -PartitionNumber 2 -Confirm:$false', messageId: 'removePartition' },
    { command: 'Get-Partition -DiskNumber 1 | Remove-Partition', messageId: 'removePartition' },
  ],
});
