// Where a path word from a command points: the filesystem root, a home folder, a system folder, the workspace itself,
// somewhere inside or outside it, or a temp folder. Shared by the rm/find/rsync rules of this pack and by the system
// pack (recursive chmod/chown and mv of system folders). Pure: home, cwd and workspace come from the RuleContext.
import * as path from 'node:path';
import type { RuleContext } from '../types';
import { classifyWindowsAbsolute, windowsDrivePath } from './windows-paths';

const posix = path.posix;

export type PathKind = 'root' | 'home' | 'system' | 'workspace' | 'inside' | 'outside' | 'temp' | 'unknown';

export interface PathTarget {
  /** The word as written. */
  word: string;
  kind: PathKind;
  /** True when a glob stands for the folder's contents (`/*`, `~/*`, `./*`, `/u*`): the folder is emptied. */
  glob: boolean;
  /** Normalised absolute folder or file the word points at (without the glob part), when it can be known. */
  absolute?: string;
  /** For `$VAR/…` with an unknown variable: where the word points if the variable is empty or unset. */
  ifEmpty?: PathTarget;
  /** For `$VAR/…` with an unknown variable: the variable's name. */
  variable?: string;
  /**
   * The folders that are the target's own, not the workspace's ancestors: inside the workspace, the path relative to
   * it (`data/app.db` → data, app.db); elsewhere, the path below the folder it shares with the workspace.
   */
  ownSegments?: string[];
}

/** Top-level folders whose loss breaks the machine or other people's data. `/tmp` is deliberately absent. */
const SYSTEM_TOP = new Set([
  'bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib32', 'lib64', 'libx32', 'media', 'mnt', 'nix', 'opt', 'proc', 'root',
  'run', 'sbin', 'snap', 'srv', 'sys', 'usr', 'var', 'Applications', 'Library', 'System', 'Users', 'Volumes', 'private',
  'cores', 'Network',
]);

/** Top-level folders whose direct children are system folders too (`/usr/bin`, `/etc/ssl`, `/System/Library`). */
const SYSTEM_PARENTS = new Set(['bin', 'boot', 'dev', 'etc', 'lib', 'lib32', 'lib64', 'libx32', 'proc', 'sbin', 'sys', 'usr', 'System']);

/** Deeper folders that are system folders in their own right. */
const SYSTEM_EXTRA = new Set(['/var/lib', '/var/db', '/private/etc', '/private/var', '/usr/local', '/Library/Application Support']);

/** Temp folders: anything under them is scratch. */
const TEMP_DIRS = ['/tmp', '/var/tmp', '/private/tmp', '/private/var/folders', '/var/folders', '/dev/shm'];

/** Placeholder for the home folder when the context does not say where it is. */
const UNKNOWN_HOME = '/home/~';

const GLOB_CHARS = /[*?[\]]/;

function isUnder(child: string, parent: string): boolean {
  if (parent === '/') return child.startsWith('/');
  return child === parent || child.startsWith(`${parent}/`);
}

function isTemp(absolute: string): boolean {
  return TEMP_DIRS.some((t) => isUnder(absolute, t));
}

/** True when a folder is one of the machine's own folders (see SYSTEM_TOP, SYSTEM_PARENTS, SYSTEM_EXTRA). */
function isSystemFolder(absolute: string): boolean {
  const parts = absolute.split('/').filter(Boolean);
  if (parts.length === 1) return SYSTEM_TOP.has(parts[0]);
  if (parts.length === 2 && SYSTEM_PARENTS.has(parts[0])) return true;
  return SYSTEM_EXTRA.has(absolute);
}

/** `/home/alice`, `/Users/alice`, `/root`: somebody's home folder. */
function isSomeHome(absolute: string, home: string): boolean {
  if (absolute === home || absolute === '/root') return true;
  const parts = absolute.split('/').filter(Boolean);
  return parts.length === 2 && (parts[0] === 'home' || parts[0] === 'Users');
}

/** Known expansions at the start of a word, with where each points. Longest first so `${HOME}` is not read as `$H…`. */
const KNOWN_PREFIXES: readonly [RegExp, (context: RuleContext) => string][] = [
  [/^~(?=\/|$)/, (context) => context.home ?? UNKNOWN_HOME],
  [/^(\$HOME|\$\{HOME(:?[-=+?][^}]*)?\})(?=\/|$)/, (context) => context.home ?? UNKNOWN_HOME],
  [/^(\$PWD|\$\{PWD(:?[-=+?][^}]*)?\}|\$\(pwd\)|`pwd`)(?=\/|$)/, (context) => context.cwd ?? context.workspaceRoot ?? '.'],
  [/^\$\(git rev-parse --show-toplevel\)(?=\/|$)/, (context) => context.workspaceRoot ?? context.cwd ?? '.'],
  [/^(\$TMPDIR|\$\{TMPDIR\})(?=\/|$)/, () => '/tmp'],
];

function expandPrefix(word: string, context: RuleContext): { path: string } | { variable: string; rest: string; guarded: boolean } {
  // Most words hold no expansion at all.
  if (!word.includes('$') && !word.startsWith('~') && !word.startsWith('`')) return { path: word };
  const home = context.home ?? UNKNOWN_HOME;
  for (const [pattern, value] of KNOWN_PREFIXES) {
    if (pattern.test(word)) return { path: word.replace(pattern, value(context)) };
  }
  const tilde = /^~([a-z_][a-z0-9_.-]*)(?=\/|$)/i.exec(word);
  if (tilde) return { path: `/home/${tilde[1]}${word.slice(tilde[0].length)}` };
  // `${VAR:?message}` aborts when VAR is empty, so it never expands to nothing: it is unknown but not risky.
  const variable = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(:?[-=+?][^}]*)?\}|([A-Za-z_][A-Za-z0-9_]*)|\(([^)]*)\))/.exec(word);
  if (variable) {
    const guarded = (variable[2] ?? '').replace(/^:/, '').startsWith('?');
    return { variable: variable[1] ?? variable[3] ?? `$(${variable[4]})`, rest: word.slice(variable[0].length), guarded };
  }
  const user = home.split('/').pop() ?? 'user';
  return { path: word.replace(/\$\{?(USER|LOGNAME)\}?/g, user) };
}

function classifyAbsolute(word: string, absolute: string, glob: boolean, context: RuleContext): PathTarget {
  const home = context.home ?? UNKNOWN_HOME;
  const top = context.workspaceRoot ?? context.cwd;
  const target = (kind: PathKind): PathTarget => ({ word, kind, glob, absolute });
  // Order matters: a home or a workspace that happens to live under /tmp is still a home or the workspace.
  if (absolute === '/') return target('root');
  if (isSomeHome(absolute, home)) return target('home');
  if (top && absolute === top) return target('workspace');
  // Only an inside or outside target has segments of its own; the others do not pay for the relative path.
  const ownSegments = (): string[] | undefined => (top ? posix.relative(top, absolute).split('/').filter((s) => s !== '..' && s !== '') : undefined);
  if (top && isUnder(absolute, top)) return { word, kind: 'inside', glob, absolute, ownSegments: ownSegments() };
  if (isTemp(absolute)) return target('temp');
  if (isSystemFolder(absolute)) return target('system');
  return { word, kind: 'outside', glob, absolute, ownSegments: ownSegments() };
}

/** Splits off the first glob segment: `/usr/*` → base `/usr`, glob; `a/*.db` → base `a`, glob. */
function splitGlob(p: string): { base: string; glob: boolean } {
  const parts = p.split('/');
  const at = parts.findIndex((s) => GLOB_CHARS.test(s));
  if (at < 0) return { base: p, glob: false };
  const base = parts.slice(0, at).join('/');
  return { base: base === '' && p.startsWith('/') ? '/' : base === '' ? '.' : base, glob: true };
}

/**
 * Bash brace expansion of a path word, which the shell does before rm sees it: `{dist,data}` → `dist`, `data`;
 * `~/{a,b}/x` → `~/a/x`, `~/b/x`. `${VAR}` is not a brace expansion. Capped at 64 words.
 */
export function expandBraces(word: string): string[] {
  const open = /(^|[^$])\{([^{}]*,[^{}]*)\}/.exec(word);
  if (!open) return [word];
  const start = open.index + open[1].length;
  const before = word.slice(0, start);
  const after = word.slice(start + open[2].length + 2);
  const out: string[] = [];
  for (const part of open[2].split(',')) {
    for (const expanded of expandBraces(before + part + after)) {
      if (out.length >= 64) return out;
      out.push(expanded);
    }
  }
  return out;
}

/**
 * Several rules classify the same words of a command (four rm rules, find, rsync…), so recent answers are kept, by
 * word, for the last context seen. The context's values are compared too, so a context object changed in place is not
 * misread; the table is bounded.
 */
const recent = { context: undefined as RuleContext | undefined, home: '', cwd: '', workspaceRoot: '', targets: new Map<string, PathTarget>() };
const MAX_RECENT = 512;

function recentTargets(context: RuleContext): Map<string, PathTarget> {
  const home = context.home ?? '';
  const cwd = context.cwd ?? '';
  const workspaceRoot = context.workspaceRoot ?? '';
  if (recent.context !== context || recent.home !== home || recent.cwd !== cwd || recent.workspaceRoot !== workspaceRoot || recent.targets.size >= MAX_RECENT) {
    Object.assign(recent, { context, home, cwd, workspaceRoot, targets: new Map() });
  }
  return recent.targets;
}

/** Classifies one path word written in a command (`/`, `~/x`, `"$HOME"`, `../..`, `./*`, `$DIR/`). The result is shared:
 * callers must not change it. */
export function classifyPathTarget(word: string, context: RuleContext): PathTarget {
  const targets = recentTargets(context);
  let target = targets.get(word);
  if (!target) {
    target = classifyWord(word, context);
    targets.set(word, target);
  }
  return target;
}

function classifyWord(word: string, context: RuleContext): PathTarget {
  // find -exec's placeholder: the files find selects, judged by the find rule, not here.
  if (word === '{}' || word.includes('/{}') || word.startsWith('{}/')) return { word, kind: 'unknown', glob: false };
  // Windows folders, also as Git Bash and WSL users write them (`rm -rf /c/Windows`, `rm -rf "C:\Users\me"`).
  const windows = windowsDrivePath(word);
  if (windows) return classifyWindowsAbsolute(word, windows.drive, windows.rest, context);
  const expanded = expandPrefix(word, context);
  if ('variable' in expanded) {
    const rest = expanded.rest;
    const ifEmpty = rest.startsWith('/') && !expanded.guarded ? classifyPathTarget(rest, context) : undefined;
    return { word, kind: 'unknown', glob: GLOB_CHARS.test(rest), variable: expanded.variable, ifEmpty };
  }
  const { base, glob } = splitGlob(expanded.path);
  if (posix.isAbsolute(base)) return classifyAbsolute(word, posix.normalize(base).replace(/(.)\/+$/, '$1'), glob, context);
  const here = context.cwd ?? context.workspaceRoot;
  if (here) return classifyAbsolute(word, posix.resolve(here, base), glob, context);
  // Nothing known about where the command runs: judge the relative path on its own.
  const relative = posix.normalize(base);
  if (relative.startsWith('..')) return { word, kind: 'outside', glob };
  return { word, kind: relative === '.' ? 'workspace' : 'inside', glob };
}

/** Kinds that mean "the whole machine or a whole home": root, a home folder, a system folder. */
export function isMachineWide(target: PathTarget): boolean {
  return target.kind === 'root' || target.kind === 'home' || target.kind === 'system';
}

/** Folder names that only hold things a build or a package manager recreates. */
const DISPOSABLE_NAMES = new Set([
  'node_modules', 'dist', 'build', '.next', '.nuxt', '.svelte-kit', '.output', '.vite', '.angular', '.parcel-cache',
  'target', 'coverage', '.nyc_output', 'out', '.cache', 'Caches', '__pycache__', '.pytest_cache', '.mypy_cache',
  '.ruff_cache', '.tox', '.venv', 'venv', '.eggs', '.turbo', 'tmp', 'temp', '.tmp', '.gradle', 'DerivedData', '.build',
  'obj', '.expo', '.dart_tool', 'cdk.out', '.serverless', '.pnpm-store', '_cacache', '.docusaurus', 'storybook-static',
  '.sass-cache', 'bower_components', 'jspm_packages', '.terragrunt-cache',
]);

const isDisposableName = (segment: string): boolean => DISPOSABLE_NAMES.has(segment) || segment.endsWith('.egg-info');

/**
 * True when the path only holds scratch or rebuildable output: under a temp folder, or under a build/cache folder of
 * its own (`web/node_modules/x`, `~/.cache/yarn`). Folders the workspace itself sits in never count: a project kept
 * under `~/out/` or `/tmp/` is not scratch.
 */
export function isDisposable(target: PathTarget): boolean {
  if (target.kind === 'temp') return true;
  if (target.kind === 'workspace') return false;
  const segments = target.ownSegments ?? (target.absolute ?? target.word).split('/');
  return segments.some(isDisposableName);
}

/** Segments of the word as written, normalised (`./data/../db/` → `db`), without `..` that climb out. */
export function writtenSegments(word: string): readonly string[] {
  // The data-path tests ask for the segments of the same word in turn (isGitHistory, isDataFile, dataFolderIn):
  // the last answer is kept, so callers must not change it.
  if (word !== lastWritten.word) {
    lastWritten.word = word;
    lastWritten.segments = posix
      .normalize(word)
      .split('/')
      .filter((s) => s !== '' && s !== '.' && s !== '..');
  }
  return lastWritten.segments;
}

const lastWritten: { word: string | undefined; segments: readonly string[] } = { word: undefined, segments: [] };
