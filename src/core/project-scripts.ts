// Scripts a project names rather than a file the line names: `npm run db:reset`, `yarn clean`, `pnpm test`, `bun run
// seed` run the shell line package.json gives that name (and npm its `pre`/`post` scripts too); `make db-reset` runs
// the recipes of the target and its prerequisites; `just reset` the recipe and its dependencies. An agent that runs `npm run db:reset` or `make db-reset` in
// production runs `prisma migrate reset --force` or `rails db:drop` without writing it. package.json is the nearest one
// up from the working directory; the Makefile is make's own choice (GNUmakefile, makefile, Makefile, or -f, in -C).
// Both are read like any script (scripts.ts: written earlier in the line, else RuleContext.readFile).
import * as path from 'node:path';
import type { RuleContext } from './rules/types';
import type { SimpleCommand } from './shell/types';

/** The commands that run a project's scripts by name (bun is an interpreter too, and is read as one first). */
export const PROJECT_RUNNERS: ReadonlySet<string> = new Set(['npm', 'yarn', 'pnpm', 'bun', 'make', 'gmake', 'just', 'deno']);

/** Shell lines a command runs by name, with where they come from. */
export interface ProjectRun {
  /** Identifies what is being read, so a script that runs itself is read once. */
  key: string;
  /** How people would say it: `npm run db:reset`. */
  via: string;
  /** The shell lines, in the order they run. */
  lines: string[];
}

/** Package managers' own commands: `yarn install` is yarn's, not a script named install. */
const BUILT_INS: Record<string, ReadonlySet<string>> = {
  yarn: new Set(['add', 'audit', 'autoclean', 'bin', 'cache', 'check', 'config', 'create', 'dedupe', 'dlx', 'exec', 'explain', 'generate-lock-entry', 'global', 'help', 'import', 'info', 'init', 'install', 'licenses', 'link', 'list', 'login', 'logout', 'node', 'npm', 'outdated', 'owner', 'pack', 'patch', 'plugin', 'policies', 'publish', 'rebuild', 'remove', 'set', 'stage', 'tag', 'team', 'unlink', 'unplug', 'up', 'upgrade', 'upgrade-interactive', 'version', 'versions', 'why', 'workspace', 'workspaces']),
  pnpm: new Set(['add', 'audit', 'bin', 'config', 'create', 'dedupe', 'deploy', 'dlx', 'env', 'exec', 'fetch', 'help', 'import', 'init', 'install', 'i', 'install-test', 'it', 'licenses', 'link', 'list', 'ls', 'outdated', 'pack', 'patch', 'patch-commit', 'prune', 'publish', 'rebuild', 'remove', 'rm', 'root', 'server', 'setup', 'store', 'unlink', 'update', 'up', 'why']),
};

/** npm's lifecycle commands that run the script of the same name. */
const NPM_LIFECYCLE: Record<string, string> = { test: 'test', t: 'test', tst: 'test', start: 'start', stop: 'stop', restart: 'restart' };

/** Words a script name can be confused with: options (`npm run -s build`). */
const OPTION_WITH_VALUE = new Set(['--prefix', '-C', '--dir', '--cwd', '--filter', '-F', '-w', '--workspace']);

/** The script name a package-manager command runs, or undefined. Workspace selections (`-w`, `--filter`) run another
 * package's scripts, which are not read. */
function scriptName(command: SimpleCommand): { manager: string; name: string } | undefined {
  const manager = command.name;
  if (manager !== 'npm' && manager !== 'yarn' && manager !== 'pnpm' && manager !== 'bun') return undefined;
  const words: string[] = [];
  for (let i = 1; i < command.argv.length; i++) {
    const word = command.argv[i];
    if (word === '--') break;
    if (OPTION_WITH_VALUE.has(word) || word.startsWith('--filter') || word.startsWith('--workspace') || word.startsWith('--prefix')) return undefined;
    if (!word.startsWith('-')) words.push(word);
    if (words.length === 2) break;
  }
  const [verb, operand] = words;
  if (verb === undefined) return undefined;
  if (verb === 'run' || verb === 'run-script' || (manager === 'npm' && (verb === 'rum' || verb === 'urn'))) return operand === undefined ? undefined : { manager, name: operand };
  if ((manager === 'npm' || manager === 'pnpm') && Object.hasOwn(NPM_LIFECYCLE, verb)) return { manager, name: NPM_LIFECYCLE[verb] };
  if ((manager === 'yarn' || manager === 'pnpm') && !BUILT_INS[manager].has(verb)) return { manager, name: verb };
  return undefined;
}

type FileText = (word: string, context: RuleContext) => string | undefined;

/** One file's text, with its path. */
function fileAt(file: string, context: RuleContext, fileText: FileText): { file: string; text: string } | undefined {
  const text = fileText(file, context);
  return text === undefined ? undefined : { file, text };
}

/** The first of `names` found in `dir` or a folder above it (at most 8 up), as the tools themselves look. */
function nearestFile(dir: string | undefined, names: readonly string[], context: RuleContext, fileText: FileText): { file: string; text: string } | undefined {
  for (let up = 0, at = dir; at !== undefined && up <= 8; up++) {
    for (const name of names) {
      const found = fileAt(path.join(at, name), context, fileText);
      if (found) return found;
    }
    const parent = path.dirname(at);
    at = parent === at ? undefined : parent;
  }
  return undefined;
}

/** The nearest package.json up from the working directory and its scripts. */
function packageScripts(context: RuleContext, fileText: FileText): { file: string; scripts: Record<string, unknown> } | undefined {
  const found = nearestFile(context.cwd, ['package.json'], context, fileText);
  if (!found) return undefined;
  try {
    const json: unknown = JSON.parse(found.text);
    const scripts = json && typeof json === 'object' ? (json as { scripts?: unknown }).scripts : undefined;
    return scripts && typeof scripts === 'object' ? { file: found.file, scripts: scripts as Record<string, unknown> } : undefined;
  } catch {
    return undefined;
  }
}

/** What `npm run <name>` and its kin run, from package.json; undefined when the command runs no script or it cannot
 * be found. */
function packageScriptRun(command: SimpleCommand, context: RuleContext, fileText: FileText): ProjectRun | undefined {
  const script = scriptName(command);
  if (!script) return undefined;
  const found = packageScripts(context, fileText);
  if (!found) return undefined;
  // npm runs `pre<name>` and `post<name>` around a script; the others (by default) do not.
  const names = script.manager === 'npm' ? [`pre${script.name}`, script.name, `post${script.name}`] : [script.name];
  const lines = names.map((n) => (Object.hasOwn(found.scripts, n) ? found.scripts[n] : undefined)).filter((line): line is string => typeof line === 'string');
  if (!Object.hasOwn(found.scripts, script.name)) return undefined;
  return { key: `${found.file}#${script.name}`, via: `${script.manager} run ${script.name}`, lines };
}

/** The Makefile names make looks for, in its order, when no -f is given. */
const MAKEFILES = ['GNUmakefile', 'makefile', 'Makefile'];

/** What `make [targets]` runs: the recipe lines of the goals and their prerequisites, from the Makefile make would
 * read; undefined for a dry run (`make -n`), or when no Makefile can be read. */
function makeRun(command: SimpleCommand, context: RuleContext, fileText: FileText): ProjectRun | undefined {
  if (command.name !== 'make' && command.name !== 'gmake') return undefined;
  // Loaded on first use: most lines run no make, and every cold start would pay for the reader.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { makeRecipes, readMakeInvocation } = require('./makefile') as typeof import('./makefile');
  const invocation = readMakeInvocation(command.argv);
  if (!invocation || context.cwd === undefined) return undefined;
  const dir = path.resolve(context.cwd, invocation.directory ?? '.');
  for (const name of invocation.makefile !== undefined ? [invocation.makefile] : MAKEFILES) {
    const file = path.resolve(dir, name);
    const text = fileText(file, context);
    if (text === undefined) continue;
    const recipes = makeRecipes(text, invocation.goals);
    const goals = invocation.goals.length > 0 ? invocation.goals.join(' ') : recipes.at(-1)?.target ?? '';
    return { key: `${file}#${goals}`, via: `${command.name} ${goals}`.trim(), lines: recipes.flatMap((r) => r.lines) };
  }
  return undefined;
}

/** just's options that take a value, and those after which it runs no recipe (it lists, shows, edits, dry-runs). */
const JUST_VALUE_OPTIONS = new Set(['-f', '--justfile', '-d', '--working-directory', '--set', '--shell', '--shell-arg', '--color', '--dotenv-filename', '--dotenv-path', '--command-color', '--list-heading', '--list-prefix', '--chooser', '--timestamp-format']);
const JUST_RUNS_NOTHING = new Set(['-n', '--dry-run', '-l', '--list', '--summary', '-s', '--show', '--evaluate', '--dump', '--edit', '-e', '--init', '--fmt', '--choose', '--variables', '--groups', '--completions', '--man', '--help', '-h', '--version', '-V', '--changelog']);

/** What `just [recipe [args]…]` runs: the recipes' shell lines, dependencies first, from the justfile just finds (in
 * the working directory or a parent, or -f / --justfile). */
function justRun(command: SimpleCommand, context: RuleContext, fileText: FileText): ProjectRun | undefined {
  if (command.name !== 'just' || context.cwd === undefined) return undefined;
  // Loaded on first use, like the Makefile reader.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { JUSTFILE_NAMES, justRecipes } = require('./justfile') as typeof import('./justfile');
  let justfile: string | undefined;
  let dir = context.cwd;
  const operands: string[] = [];
  for (let i = 1; i < command.argv.length; i++) {
    const word = command.argv[i];
    const [option, attached] = word.startsWith('--') && word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
    if (JUST_RUNS_NOTHING.has(option)) return undefined;
    if (JUST_VALUE_OPTIONS.has(option)) {
      const value = attached ?? command.argv[++i];
      if (option === '--set') i++;
      if (value !== undefined && (option === '-f' || option === '--justfile')) justfile = value;
      if (value !== undefined && (option === '-d' || option === '--working-directory')) dir = path.resolve(context.cwd, value);
      continue;
    }
    if (word.startsWith('-')) continue;
    if (/^[A-Za-z_][A-Za-z0-9_-]*=/.test(word) && operands.length === 0) continue;
    operands.push(word);
  }
  const found = justfile !== undefined ? fileAt(path.resolve(context.cwd, justfile), context, fileText) : nearestFile(dir, JUSTFILE_NAMES, context, fileText);
  if (!found) return undefined;
  const recipes = justRecipes(found.text, operands);
  const names = recipes.length > 0 ? (operands.length > 0 ? operands.join(' ') : recipes[recipes.length - 1].name) : operands.join(' ');
  return { key: `${found.file}#${operands.join(' ')}`, via: `just ${names}`.trim(), lines: recipes.flatMap((r) => r.lines) };
}

/** What `deno task <name>` runs: the task's line from the nearest deno.json or deno.jsonc (a string, or an object's
 * `command`), with the tasks it depends on (`dependencies`) first. */
function denoTaskRun(command: SimpleCommand, context: RuleContext, fileText: FileText): ProjectRun | undefined {
  if (command.name !== 'deno' || command.argv[1] !== 'task') return undefined;
  const name = command.argv.slice(2).find((w) => !w.startsWith('-'));
  if (name === undefined) return undefined;
  const found = nearestFile(context.cwd, ['deno.json', 'deno.jsonc'], context, fileText);
  if (!found) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config: unknown = (require('jsonc-parser') as typeof import('jsonc-parser')).parse(found.text);
  const tasks = config && typeof config === 'object' ? (config as { tasks?: unknown }).tasks : undefined;
  if (!tasks || typeof tasks !== 'object') return undefined;
  const lines: string[] = [];
  const seen = new Set<string>();
  const add = (task: string, depth: number): void => {
    const entry = Object.hasOwn(tasks, task) ? (tasks as Record<string, unknown>)[task] : undefined;
    if (seen.has(task) || depth > 16 || entry === undefined) return;
    seen.add(task);
    const body = typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? (entry as { command?: unknown; dependencies?: unknown }) : undefined;
    if (body && typeof body === 'object' && Array.isArray(body.dependencies)) for (const d of body.dependencies) if (typeof d === 'string') add(d, depth + 1);
    const line = typeof body === 'string' ? body : body && typeof body.command === 'string' ? body.command : undefined;
    if (line !== undefined) lines.push(line);
  };
  add(name, 0);
  return lines.length > 0 ? { key: `${found.file}#${name}`, via: `deno task ${name}`, lines } : undefined;
}

/** What a command runs by a name its project gives: a package.json script, a make target, a just recipe or a deno
 * task. */
export function projectRun(command: SimpleCommand, context: RuleContext, fileText: FileText): ProjectRun | undefined {
  return packageScriptRun(command, context, fileText) ?? makeRun(command, context, fileText) ?? justRun(command, context, fileText) ?? denoTaskRun(command, context, fileText);
}
