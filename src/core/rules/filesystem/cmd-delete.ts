// filesystem/cmd-delete: Windows cmd.exe deleting a tree or many files: `rd /s /q C:\data`, `rmdir /s build`,
// `del /s /q *.*`, `del /f /s /q C:\Users\x`, `erase /s /q data`. A drive root, a system folder or a home is
// catastrophic; the workspace, data, .git or a folder outside the workspace is destructive. `rd` without /s only removes
// an empty folder and is not matched; build output (`rd /s /q node_modules`, `dist`), caches and temp stay allowed.
//
// Parsing caveat: lines are parsed as POSIX sh, so unquoted backslashes are escapes and vanish (`C:\data` arrives as
// `C:data`, `.\db` as `.db`); windows-delete-targets.ts reads such words in every way they may have been meant, and a
// drive-letter word (`X:…`) is a Windows absolute path: `C:`, `C:\` and C:\Windows, C:\Users, C:\Program Files are
// catastrophic targets. Switches are `/x` words (`/S`, `/s/q`, `/a:h`); a command with PowerShell parameters
// (`rd -Recurse x`) is PowerShell's alias of Remove-Item and is read by filesystem/powershell-remove-item instead.
import type { Rule, RuleMatch } from '../types';
import { judgeWindowsDelete, WINDOWS_DELETE_MESSAGES } from './windows-delete-targets';

/** One or more cmd switches in a word: `/s`, `/Q`, `/s/q`, `/a:h`, `/ah`. A path like `/srv/data` is not one. */
const SWITCHES = /^(\/(?:a[:a-z-]*|[a-z?](?::[a-z-]*)?))+$/i;

const TREE_REMOVERS = new Set(['rd', 'rmdir']);

export const rule: Rule = {
  meta: {
    id: 'filesystem/cmd-delete',
    title: 'cmd rd /s or del of a drive, a home, data or the workspace',
    severity: 'destructive',
    category: 'destructive',
    why: 'rd /s and del /s delete every file below a folder without using the Recycle Bin; there is no undo.',
    saferAlternative: 'List what would go first (dir /s C:\\data), or move the folder aside (move C:\\data C:\\data.bak) and delete it yourself once you are sure.',
    messages: {
      ...WINDOWS_DELETE_MESSAGES,
      contents: '{{tool}} {{target}} deletes every file in {{path}} and its subfolders, .git included.',
    },
  },
  commands: ['rd', 'rmdir', 'del', 'erase'],
  match(command, context): RuleMatch | null {
    const words = command.argv.slice(1);
    // `-…` words belong to PowerShell's alias (or to GNU rmdir): not cmd.
    if (words.some((w) => w.length > 1 && w.startsWith('-'))) return null;
    const switches: string[] = [];
    for (const w of words) if (SWITCHES.test(w)) switches.push(...w.toLowerCase().split('/').filter(Boolean));
    const targets = words.filter((w) => !SWITCHES.test(w));
    const recursive = switches.includes('s');
    if (targets.length === 0 || (TREE_REMOVERS.has(command.name) && !recursive)) return null;
    const found = judgeWindowsDelete({ words: targets, recursive }, context);
    const tool = [command.argv[0], ...words.filter((w) => SWITCHES.test(w))].join(' ');
    return found && { ...found, data: { ...found.data, tool } };
  },
};
