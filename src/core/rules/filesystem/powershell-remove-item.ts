// filesystem/powershell-remove-item: PowerShell's Remove-Item (and its aliases ri, rm, del, erase, rd, rmdir) deleting
// a drive root, a system folder or a home (catastrophic), or recursively deleting the workspace, data, .git or a folder
// outside the workspace (destructive): `Remove-Item -Recurse -Force C:\data`, `rd .\db -r`, `ri ~ -Rec -fo`,
// `Get-ChildItem C:\logs | Remove-Item -Recurse`. Parameter prefixes and aliases are read as PowerShell reads them.
//
// Parsing caveat: lines are parsed as POSIX sh, so unquoted backslashes are escapes and vanish (`C:\data` arrives as
// `C:data`, `.\db` as `.db`); windows-delete-targets.ts reads such words in every way they may have been meant, and a
// drive-letter word (`X:…`) is a Windows absolute path: `C:`, `C:\` and C:\Windows, C:\Users, C:\Program Files are
// catastrophic targets.
//
// The aliases rm, del, erase, rd and rmdir are also bash or cmd commands, so they are read here only with a PowerShell
// parameter (`-Recurse`, `-Force`, `-fo`, `-r` for all but rm). For `rm`, whose -Recurse/-Force the filesystem/rm-*
// rules already read (as clusters holding -r), only the Windows readings are judged here (`C:\data`, `$env:USERPROFILE`,
// `.\db`), so one deletion is never reported twice. Build output, caches and temp folders stay allowed; so does -WhatIf.
import { readCmdlet, resolveParameter, type CmdletSpec } from '../powershell-parameters';
import type { Rule, RuleMatch } from '../types';
import { judgeWindowsDelete, WINDOWS_DELETE_MESSAGES } from './windows-delete-targets';

const REMOVE_ITEM: CmdletSpec = {
  switches: ['recurse', 'force'],
  values: ['path', 'literalpath', 'filter', 'include', 'exclude', 'credential', 'stream'],
  aliases: { pspath: 'literalpath', lp: 'literalpath' },
};

const GET_CHILD_ITEM: CmdletSpec = {
  switches: ['recurse', 'force', 'name', 'directory', 'file', 'hidden', 'readonly', 'system', 'followsymlink'],
  values: ['path', 'literalpath', 'filter', 'include', 'exclude', 'depth', 'attributes'],
  aliases: { pspath: 'literalpath', lp: 'literalpath', s: 'recurse', ad: 'directory', af: 'file', ah: 'hidden', ar: 'readonly', as: 'system' },
};

/** Names that are always Remove-Item. */
const CMDLET_NAMES = new Set(['remove-item', 'ri']);

/** Aliases shared with bash or cmd, each with the option clusters its bash form takes (`rm -rf` is bash's rm). */
const SHARED_ALIASES: ReadonlyMap<string, RegExp | undefined> = new Map([
  ['rm', /^-[fiIrRdv]+$/],
  ['rmdir', /^-[pv]+$/],
  ['rd', undefined],
  ['del', undefined],
  ['erase', undefined],
]);

/** Pipeline sources whose output Remove-Item deletes: the items they list (children of a folder, or the item itself). */
const LISTERS = new Set(['get-childitem', 'gci', 'ls', 'dir', 'get-item', 'gi']);

/** True when a word is a PowerShell parameter of Remove-Item and not an option cluster of the bash command. */
function hasPowerShellParameter(argv: readonly string[], bashCluster: RegExp | undefined): boolean {
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (!word.startsWith('-') || word.startsWith('--') || bashCluster?.test(word)) continue;
    if (resolveParameter(word, REMOVE_ITEM) !== undefined) return true;
  }
  return false;
}

/** What `Get-ChildItem X | Remove-Item` deletes: X's children (`X/*`), or the filtered ones, or X for Get-Item. */
function readLister(lister: { name: string; argv: readonly string[] }): { words: string[]; filters: string[]; recursive: boolean } {
  const call = readCmdlet(lister.argv, GET_CHILD_ITEM);
  const named = [...(call.values.get('path') ?? []), ...(call.values.get('literalpath') ?? []), ...call.positional];
  const paths = named.length > 0 ? named : ['.'];
  const filters = [...(call.values.get('filter') ?? []), ...(call.values.get('include') ?? [])];
  const itself = lister.name === 'get-item' || lister.name === 'gi';
  return {
    words: itself ? paths : paths.map((p) => (GLOB_STAR.test(p) ? p : `${p.replace(/[\\/]+$/, '')}/*`)),
    filters,
    recursive: call.switches.get('recurse') === true,
  };
}

const GLOB_STAR = /[*?]/;

export const rule: Rule = {
  meta: {
    id: 'filesystem/powershell-remove-item',
    title: 'PowerShell Remove-Item of a drive, a home, data or the workspace',
    severity: 'destructive',
    category: 'destructive',
    why: 'Remove-Item deletes straight past the Recycle Bin: a drive, a home folder, data or a folder outside the project cannot be brought back.',
    saferAlternative: 'Preview first with -WhatIf, or move the folder aside (Move-Item C:\\data C:\\data.bak) and delete it yourself once you are sure.',
    messages: {
      ...WINDOWS_DELETE_MESSAGES,
      contents: '{{tool}} {{target}} deletes everything in {{path}}, .git included.',
    },
  },
  commands: [...CMDLET_NAMES, ...SHARED_ALIASES.keys()],
  match(command, context): RuleMatch | null {
    const name = command.name;
    if (!CMDLET_NAMES.has(name)) {
      if (!SHARED_ALIASES.has(name) || !hasPowerShellParameter(command.argv, SHARED_ALIASES.get(name))) return null;
    }
    const call = readCmdlet(command.argv, REMOVE_ITEM);
    if (call.switches.get('whatif')) return null;
    let words = [...(call.values.get('path') ?? []), ...(call.values.get('literalpath') ?? []), ...call.positional];
    let filters = [...(call.values.get('filter') ?? []), ...(call.values.get('include') ?? [])];
    let recursive = call.switches.get('recurse') === true;
    if (words.length === 0) {
      const lister = command.pipelineBefore[command.pipelineBefore.length - 1];
      if (!command.pipedInput || !lister || !LISTERS.has(lister.name)) return null;
      const listed = readLister(lister);
      words = listed.words;
      filters = [...filters, ...listed.filters];
      recursive ||= listed.recursive;
    }
    const found = judgeWindowsDelete({ words, recursive, filters, windowsOnly: name === 'rm' }, context);
    return found && { ...found, data: { ...found.data, tool: command.argv[0] } };
  },
};
