import { rule } from '../../../../src/core/rules/disks/windows-format-volume';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'Get-Volume',
    'Get-Volume -DriveLetter D',
    'Format-Table -AutoSize',
    'Get-Process | Format-List',
    'Format-Volume -DriveLetter D -WhatIf',
    'Format-Volume -DriveLetter D -wi',
    'format',
    'format src/',
    'npm run format',
    'prettier --write . && format-check',
    'echo "format D: /q"',
    'git format-patch -1',
  ],
  stop: [
    { command: 'Format-Volume -DriveLetter D', messageId: 'formatVolume', severity: 'catastrophic' },
    { command: 'Format-Volume -DriveLetter D -FileSystem NTFS -Confirm:$false', messageId: 'formatVolume' },
    { command: 'format-volume -dr E -fi exFAT', messageId: 'formatVolume' },
    { command: 'Format-Volume D', messageId: 'formatVolume' },
    { command: "Format-Volume -FileSystemLabel 'Backup'", messageId: 'formatVolume' },
    { command: 'Format-Volume -DriveLetter D -WhatIf:$false', messageId: 'formatVolume' },
    { command: 'Get-Partition -DiskNumber 1 | Format-Volume -FileSystem NTFS', messageId: 'formatVolume' },
    { command: 'format D: /q', messageId: 'format', severity: 'catastrophic' },
    { command: 'format d: /fs:ntfs /y', messageId: 'format' },
    { command: "format 'E:\\' /q", messageId: 'format' },
    { command: 'FORMAT E:', messageId: 'format' },
  ],
});
