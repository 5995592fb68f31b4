// disks/windows-clear-disk: PowerShell removing a disk's partitions: `Clear-Disk -Number 1 -RemoveData`
// (every partition and its data) and `Remove-Partition -DriveLetter D` (one partition and everything on it), also when
// the disk or partition is piped from Get-Disk / Get-Partition. `-WhatIf` and the Get-* cmdlets are not matched.
import { isWhatIf, readCmdlet, type CmdletSpec } from '../powershell-parameters';
import type { Rule, RuleMatch } from '../types';

const CLEAR_DISK: CmdletSpec = {
  switches: ['removedata', 'removeoem', 'zerooutentiredisk', 'asjob'],
  values: ['number', 'uniqueid', 'friendlyname', 'path', 'inputobject', 'cimsession', 'throttlelimit'],
};

const REMOVE_PARTITION: CmdletSpec = {
  switches: ['asjob', 'passthru'],
  values: ['driveletter', 'disknumber', 'diskid', 'diskpath', 'offset', 'partitionnumber', 'inputobject', 'cimsession', 'throttlelimit'],
};

export const rule: Rule = {
  meta: {
    id: 'disks/windows-clear-disk',
    title: 'Clear a Windows disk or remove a partition',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Removing partitions takes away the file systems on them: the files can no longer be reached, and the machine may not boot.',
    saferAlternative: 'Check the disk number with Get-Disk and Get-Partition, run the command with -WhatIf first, and run it yourself, not through an agent.',
    messages: {
      clearDisk: 'Clear-Disk removes every partition on {{disk}}{{data}}.',
      removePartition: 'Remove-Partition deletes {{partition}} and everything on it.',
    },
  },
  commands: ['clear-disk', 'remove-partition'],
  match(command): RuleMatch | null {
    if (command.name === 'clear-disk') {
      if (isWhatIf(command.argv, CLEAR_DISK)) return null;
      const call = readCmdlet(command.argv, CLEAR_DISK);
      const number = call.values.get('number')?.[0] ?? call.positional[0];
      const disk = number ? `disk ${number}` : call.values.get('friendlyname')?.[0] ?? (command.pipedInput ? 'the disk piped to it' : 'the disk');
      // Without -RemoveData (or -ZeroOutEntireDisk) Clear-Disk refuses a disk holding data partitions; it can still wipe
      // recovery and OEM partitions, which is serious but not the loss of everyone's files.
      const wipesData = call.switches.get('removedata') === true || call.switches.get('zerooutentiredisk') === true;
      return { messageId: 'clearDisk', data: { disk, data: wipesData ? ', data included' : '' }, severity: wipesData ? 'catastrophic' : 'destructive' };
    }
    if (isWhatIf(command.argv, REMOVE_PARTITION)) return null;
    const call = readCmdlet(command.argv, REMOVE_PARTITION);
    const letter = call.values.get('driveletter')?.[0];
    const disk = call.values.get('disknumber')?.[0];
    const number = call.values.get('partitionnumber')?.[0];
    const partition = letter ? `drive ${letter}:` : disk && number ? `partition ${number} of disk ${disk}` : command.pipedInput ? 'the partition piped to it' : 'the partition';
    return { messageId: 'removePartition', data: { partition } };
  },
};
