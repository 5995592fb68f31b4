// disks/windows-format-volume: formatting a Windows volume: PowerShell's `Format-Volume -DriveLetter D` (or a volume
// piped from Get-Volume / Get-Partition) and cmd's `format D: /q`. Every file on the volume becomes unreadable.
// `Format-Volume -WhatIf` and `format` without a drive letter (some project's own script) are not matched.
// Parsing caveat: lines are parsed as POSIX sh, so `format D:\` arrives as `format D:`; the drive letter is what counts.
import { isWhatIf, readCmdlet, type CmdletSpec } from '../powershell-parameters';
import type { Rule, RuleMatch } from '../types';

const FORMAT_VOLUME: CmdletSpec = {
  switches: ['full', 'force', 'compress', 'shortfilenamesupport', 'setintegritystreams', 'usemaximumsize', 'disableheatgathering', 'istiny', 'asjob'],
  values: ['driveletter', 'filesystemlabel', 'path', 'objectid', 'partition', 'inputobject', 'filesystem', 'newfilesystemlabel', 'allocationunitsize', 'cimsession', 'throttlelimit'],
};

/** A drive letter as cmd's format takes it: `D:`, `d:`, or `D:` followed by the (quoted) backslash. */
const DRIVE_WORD = /^[A-Za-z]:[\\/]?$/;

export const rule: Rule = {
  meta: {
    id: 'disks/windows-format-volume',
    title: 'Format a Windows volume',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Formatting a volume replaces its file system: every file on the drive becomes unreadable at once.',
    saferAlternative: 'Check the drive letter with Get-Volume, run Format-Volume -WhatIf first, and format it yourself, not through an agent.',
    messages: {
      formatVolume: 'Format-Volume formats {{volume}}, erasing everything on it.',
      format: 'format {{volume}} formats the drive, erasing everything on it.',
    },
  },
  commands: ['format-volume', 'format'],
  match(command): RuleMatch | null {
    if (command.name === 'format') {
      const drive = command.argv.slice(1).find((w) => DRIVE_WORD.test(w));
      return drive ? { messageId: 'format', data: { volume: drive } } : null;
    }
    if (isWhatIf(command.argv, FORMAT_VOLUME)) return null;
    const call = readCmdlet(command.argv, FORMAT_VOLUME);
    const letter = call.values.get('driveletter')?.[0] ?? call.positional[0];
    const named = letter ? `drive ${letter.replace(/:?[\\/]*$/, '')}:` : call.values.get('filesystemlabel')?.[0] ?? call.values.get('path')?.[0];
    return { messageId: 'formatVolume', data: { volume: named ?? (command.pipedInput ? 'the volume piped to it' : 'a volume') } };
  },
};
