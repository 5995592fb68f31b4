// Windows absolute paths (`C:\Windows`, `C:/Users/me`, and the same drives as Git Bash and WSL write them: `/c/Windows`,
// `/mnt/c/Users/me`): which are the drive root, a system folder, somebody's home, the workspace, or elsewhere. Shared by
// path-target.ts (rm and the other POSIX rules, which Git Bash and WSL users run on Windows folders) and
// windows-delete-targets.ts (PowerShell's Remove-Item, cmd's rd and del).
import * as path from 'node:path';
import type { RuleContext } from '../types';
import type { PathTarget } from './path-target';

export const DRIVE = /^([A-Za-z]):(.*)$/s;
const GLOB_CHARS = /[*?[\]]/;

/** Folders of the Windows system drive whose loss breaks the machine or every user's data. */
const PROGRAM_FOLDERS = new Set(['program files', 'program files (x86)', 'programdata']);

/** The Windows workspace root as lower-case segments with the drive first, when the context names one. */
export function windowsWorkspace(context: RuleContext): string[] | undefined {
  const top = context.workspaceRoot ?? context.cwd;
  // `C:\work\app`, or the same folder as Git Bash (`/c/work/app`) or WSL (`/mnt/c/work/app`) name it.
  const drive = top ? windowsDrivePath(top.replace(/\\/g, '/')) : undefined;
  return drive ? [`${drive.drive.toLowerCase()}:`, ...drive.rest.split('/').filter(Boolean).map((s) => s.toLowerCase())] : undefined;
}

/** Classifies a Windows absolute path (slashes already forward): drive root, system folder, a home, or elsewhere. */
export function classifyWindowsAbsolute(word: string, drive: string, rest: string, context: RuleContext): PathTarget {
  const all = path.posix.normalize(`/${rest}`).split('/').filter(Boolean);
  const globAt = all.findIndex((s) => GLOB_CHARS.test(s));
  const segments = globAt < 0 ? all : all.slice(0, globAt);
  const glob = globAt >= 0;
  const absolute = `${drive.toUpperCase()}:\\${segments.join('\\')}`;
  const target = (kind: PathTarget['kind'], ownSegments?: string[]): PathTarget => ({ word, kind, glob, absolute, ownSegments });
  const lower = segments.map((s) => s.toLowerCase());
  const workspace = windowsWorkspace(context);
  const here = [`${drive.toLowerCase()}:`, ...lower];
  if (workspace && here.length >= workspace.length && workspace.every((s, i) => here[i] === s)) {
    return here.length === workspace.length ? target('workspace') : target('inside', segments.slice(workspace.length - 1));
  }
  const [first, second, ...deeper] = lower;
  if (first === undefined) {
    // `C:\Windows\*` unquoted arrives as `C:Windows*`: the glob's stem still names the folder.
    const stem = (all[0] ?? '').split(/[*?[]/)[0].toLowerCase();
    if (stem.startsWith('users')) return target(stem === 'users' ? 'system' : 'home');
    if (stem.startsWith('windows') || stem.startsWith('program')) return target('system');
    return target('root');
  }
  if (first === 'windows') return second === 'temp' ? target('temp') : target('system');
  if (first === 'users') {
    if (second === undefined) return target('system');
    if (deeper.length === 0) return target('home');
    if (deeper.join('/').startsWith('appdata/local/temp')) return target('temp');
    return target('outside', segments.slice(2));
  }
  if (PROGRAM_FOLDERS.has(first)) return second === undefined ? target('system') : target('outside', segments.slice(1));
  // The backslash after the first folder was lost (`C:Usersme`, `C:Windowssystem32`, `C:Program` of `C:\Program Files`):
  // what follows cannot be told apart, so the word counts as the folder it starts with.
  if (first.startsWith('users')) return target('home');
  if (first.startsWith('windows') || first.startsWith('program')) return target('system');
  return target('outside', segments);
}

/**
 * The drive and the rest of a POSIX-shell word that names a Windows folder: `C:/x` or `C:\x` (quoted), `C:` alone,
 * Git Bash's `/c/x` and WSL's `/mnt/c/x`. Undefined for anything else, after one or two character tests.
 */
export function windowsDrivePath(word: string): { drive: string; rest: string } | undefined {
  const second = word.charCodeAt(1);
  if (second === 58 /* : */) {
    const drive = DRIVE.exec(word);
    return drive && (drive[2] === '' || drive[2][0] === '/' || drive[2][0] === '\\') ? { drive: drive[1], rest: drive[2].replace(/\\/g, '/') } : undefined;
  }
  if (word[0] !== '/') return undefined;
  const gitBash = /^\/([A-Za-z])(?=\/|$)(.*)$/s.exec(word) ?? /^\/mnt\/([A-Za-z])(?=\/|$)(.*)$/s.exec(word);
  return gitBash ? { drive: gitBash[1], rest: gitBash[2] } : undefined;
}
