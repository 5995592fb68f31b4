// Where a Windows delete (PowerShell's Remove-Item and its aliases, cmd's rd /s and del) points, and how bad deleting
// it is. Shared by filesystem/powershell-remove-item and filesystem/cmd-delete, which judge alike.
//
// The engine parses every line as POSIX sh, so an unquoted backslash is an escape and is gone by the time a rule reads
// the word: `C:\data` arrives as `C:data`, `C:\Users\me` as `C:Usersme`, `.\db` as `.db`, `..\app` as `..app`,
// `~\Documents` as `~Documents`. Quoted words keep their backslashes ('C:\data'). So a word is read in every way it may
// have been meant: backslashes become slashes; a drive letter (`X:`) starts a Windows absolute path, whose first
// folder is compared by prefix (`C:Usersme` is read as inside C:\Users); `..X` is `../X`; `~X` is `~/X`; and `.X` is
// read both as `./X` (first: PowerShell users type `.\db` far more often than a dot-file) and as the dot-file `.X`.
// Everything that is not a Windows path is judged by path-target.ts, as the rm rules judge it, so `node_modules`,
// `dist` and temp folders stay allowed.
import type { RuleContext, RuleMatch } from '../types';
import { dataFolderIn, isDataFile, isGitHistory } from './data-paths';
import { classifyPathTarget, isDisposable, isMachineWide, writtenSegments, type PathTarget } from './path-target';
import { classifyWindowsAbsolute, DRIVE, windowsWorkspace } from './windows-paths';

const GLOB_CHARS = /[*?[\]]/;

/** PowerShell environment variables that name well-known folders, as the Windows paths they usually hold. */
const ENV_FOLDERS: Readonly<Record<string, string>> = {
  userprofile: 'C:/Users/you',
  homepath: 'C:/Users/you',
  systemdrive: 'C:',
  systemroot: 'C:/Windows',
  windir: 'C:/Windows',
  programfiles: 'C:/Program Files',
  'programfiles(x86)': 'C:/Program Files (x86)',
  programdata: 'C:/ProgramData',
  allusersprofile: 'C:/ProgramData',
  public: 'C:/Users/Public',
  appdata: 'C:/Users/you/AppData/Roaming',
  localappdata: 'C:/Users/you/AppData/Local',
  temp: 'C:/Users/you/AppData/Local/Temp',
  tmp: 'C:/Users/you/AppData/Local/Temp',
};


/** `$env:USERPROFILE\x`, `${env:ProgramFiles(x86)}`, `$env:TEMPx` (backslash lost): the Windows path it stands for. */
function expandEnvironment(word: string): string | undefined {
  const found = /^\$(?:\{env:([^}]+)\}|env:([A-Za-z_][A-Za-z0-9_()]*))(.*)$/is.exec(word);
  if (!found) return undefined;
  let name = (found[1] ?? found[2]).toLowerCase();
  let rest = found[3];
  if (found[2] !== undefined && !(name in ENV_FOLDERS)) {
    // The backslash after the variable was lost: `$env:USERPROFILEDocuments`. The longest known name it starts with.
    const known = Object.keys(ENV_FOLDERS).filter((k) => name.startsWith(k)).sort((a, b) => b.length - a.length)[0];
    if (!known) return undefined;
    rest = `/${found[2].slice(known.length)}${rest}`;
    name = known;
  }
  const base = ENV_FOLDERS[name];
  if (base === undefined) return undefined;
  return rest === '' ? base : `${base}/${rest.replace(/^\/+/, '')}`;
}

/** The ways a path word may have been meant (see the top of this file), each as a word path-target.ts can read. */
export function windowsReadings(word: string, context: RuleContext): string[] {
  const slashed = word.replace(/\\/g, '/');
  const inWorkspace = unsqueezeWorkspace(word, context);
  if (inWorkspace !== undefined) return [inWorkspace];
  const fromEnv = expandEnvironment(slashed);
  if (fromEnv !== undefined) return [fromEnv];
  const drive = DRIVE.exec(slashed);
  // `C:data` is nearly always `C:\data` without its backslash (not the rarely used drive-relative path).
  if (drive) return [drive[2] === '' || drive[2].startsWith('/') ? slashed : `${drive[1]}:/${drive[2]}`];
  if (/^~[^/]/.test(slashed)) return [`~/${slashed.slice(1)}`];
  if (/^\.\.[^./]/.test(slashed)) return [`../${slashed.slice(2)}`];
  if (/^\.[A-Za-z0-9_]/.test(slashed)) return [`./${slashed.slice(1)}`, slashed];
  return [slashed];
}

/**
 * `C:\work\app\src` unquoted arrives as `C:workappsrc`: when the workspace path without its backslashes starts it,
 * the word points into the workspace, and the rest is read as one name there (`C:/work/app/src`).
 */
function unsqueezeWorkspace(word: string, context: RuleContext): string | undefined {
  const workspace = windowsWorkspace(context);
  if (!workspace || !/^[A-Za-z]:[^\\/]/.test(word)) return undefined;
  const squeezed = workspace.join('');
  if (!word.toLowerCase().startsWith(squeezed)) return undefined;
  const root = (context.workspaceRoot ?? context.cwd ?? '').replace(/\\/g, '/').replace(/\/+$/, '');
  const rest = word.slice(squeezed.length);
  return rest === '' ? root : `${root}/${rest}`;
}

/** Classifies one reading: a Windows absolute path here, anything else as the rm rules do. */
export function classifyWindowsReading(reading: string, word: string, context: RuleContext): PathTarget {
  const drive = DRIVE.exec(reading);
  if (drive) return classifyWindowsAbsolute(word, drive[1], drive[2], context);
  // On Windows the context's folders are Windows paths (`C:\work\app`, `C:\Users\me`): `~` and relative words are
  // read from there.
  const home = DRIVE.exec((context.home ?? '').replace(/\\/g, '/'));
  if (home && /^~(\/|$)/.test(reading)) return classifyWindowsAbsolute(word, home[1], `${home[2]}${reading.slice(1)}`, context);
  const here = DRIVE.exec((context.cwd ?? context.workspaceRoot ?? '').replace(/\\/g, '/'));
  if (here && !/^[/~$]/.test(reading)) return classifyWindowsAbsolute(word, here[1], `${here[2]}/${reading}`, context);
  const target = classifyPathTarget(reading, context);
  return target.word === word ? target : { ...target, word };
}

/** A glob that picks some files by name (`*.log`, `cache-*`), not everything (`*`, `*.*`). */
function isSelectiveGlob(reading: string): boolean {
  const segments = writtenSegments(reading);
  const last = segments[segments.length - 1] ?? '';
  return GLOB_CHARS.test(last) && !/^\*+(\.\*)?$/.test(last);
}

export interface DeleteRequest {
  /** Path words as written (after the rule has split PowerShell arrays). */
  words: readonly string[];
  /** True when folders are deleted with everything in them (-Recurse, /s). */
  recursive: boolean;
  /** Name filters that narrow what is deleted (-Filter, -Include): only their data-file names are judged. */
  filters?: readonly string[];
  /** Judge only Windows readings: drive paths and readings that differ from the word (`rm`, whose plain words the rm
   * rules already judge, since they read -Recurse and -Force as clusters holding -r). */
  windowsOnly?: boolean;
}

/** How bad one reading of one word is: catastrophic, destructive, or nothing. */
function judgeReading(word: string, reading: string, target: PathTarget, recursive: boolean): RuleMatch | null {
  const data = { target: word, path: target.absolute ?? reading };
  if (isMachineWide(target)) return { messageId: target.kind, data, severity: 'catastrophic' };
  if (target.ifEmpty && isMachineWide(target.ifEmpty)) {
    return { messageId: 'emptyVariable', data: { ...data, variable: target.variable ?? '', ifEmpty: target.ifEmpty.word }, severity: 'catastrophic' };
  }
  if (isSelectiveGlob(reading)) return isDataFile(reading) ? { messageId: 'dataFile', data } : null;
  if (isDataFile(reading)) return { messageId: 'dataFile', data };
  if (!recursive) return null;
  if (target.kind === 'workspace') return { messageId: target.glob ? 'contents' : 'workspace', data };
  if (isGitHistory(reading)) return { messageId: 'gitHistory', data };
  const folder = dataFolderIn(reading);
  if (folder) return { messageId: 'dataFolder', data: { ...data, folder } };
  if (target.kind === 'outside') return { messageId: 'outside', data };
  return null;
}

/** The messages judgeWindowsDelete's matches name, shared by the rules that use it (each adds its own `contents`). */
export const WINDOWS_DELETE_MESSAGES: Record<string, string> = {
  root: '{{tool}} {{target}} deletes a whole drive ({{path}}).',
  home: '{{tool}} {{target}} deletes a whole home folder ({{path}}).',
  system: '{{tool}} {{target}} deletes a Windows system folder ({{path}}) the machine needs to run.',
  emptyVariable: 'If ${{variable}} is empty, {{tool}} {{target}} deletes {{ifEmpty}}.',
  workspace: '{{tool}} {{target}} deletes the whole workspace ({{path}}).',
  gitHistory: '{{tool}} {{target}} deletes the repository history (.git): every commit, branch and stash not pushed.',
  dataFile: '{{tool}} {{target}} deletes a database, dump or backup file.',
  dataFolder: '{{tool}} {{target}} deletes the data folder "{{folder}}".',
  outside: '{{tool}} {{target}} deletes {{path}}, outside this workspace.',
};

/**
 * The worst thing deleting these words does: a catastrophic match (drive root, system folder, a home) before a
 * destructive one (the workspace, data, a folder outside it). Disposable folders (build output, caches, temp) and
 * ordinary files inside the workspace give nothing.
 */
export function judgeWindowsDelete(request: DeleteRequest, context: RuleContext): RuleMatch | null {
  if (request.filters && request.filters.length > 0) {
    const data = request.filters.find(isDataFile);
    return data ? { messageId: 'dataFile', data: { target: data, path: data } } : null;
  }
  let worst: RuleMatch | null = null;
  for (const word of request.words) {
    const readings = windowsReadings(word, context).filter((r) => !request.windowsOnly || r !== word || DRIVE.test(r));
    const targets = readings.map((reading) => classifyWindowsReading(reading, word, context));
    if (targets.some((t) => isDisposable(t) && !isMachineWide(t))) continue;
    for (let i = 0; i < readings.length; i++) {
      const found = judgeReading(word, readings[i], targets[i], request.recursive);
      if (found?.severity === 'catastrophic') return found;
      worst ??= found;
    }
  }
  return worst;
}
