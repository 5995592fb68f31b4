// Programs read from files. An agent that writes a script and runs it (`echo 'rm -rf ~' > x.sh && sh x.sh`,
// `cat > clean.sql <<EOF … EOF && psql -f clean.sql`, `./deploy.sh`) runs commands that are not in the line itself.
// When the file's text is known, what it holds is checked as if it were written in the line:
// - written earlier in the same line, by `echo`/`printf`/`cat <<EOF`/`tee` into the file (RuleContext.written, kept
//   up to date by afterWrite as the line is walked; a write whose text cannot be known hides what the disk held);
// - or read by the caller (RuleContext.readFile): the CLI, the agent hooks and the editor read real files, capped in
//   size. The engine itself does no I/O.
// A shell script's commands join the line (via `bash x.sh`); an interpreter's script is read as its inline code
// (`python tidy.py` as `python -c '<tidy.py>'`); a database client's script as its stdin (`psql -f x.sql`,
// `mysql < x.sql`); a project script by name as package.json, the Makefile or the justfile gives it
// (`npm run db:reset`, `make db-reset`, `just reset`: project-scripts.ts). The commands of the line stay as they are;
// these are added after the command that runs them.
import { PROJECT_RUNNERS, projectRun } from './project-scripts';
import { resolvePath } from './rules/downloads';
import { RULE_MANIFEST } from './rules/manifest';
import { runsStdinAsCode, scriptOperand, SHELL_NAMES } from './rules/remote-code/code-runners';
import type { RuleContext, WrittenFile } from './rules/types';
import { operands } from './shell/args';
import { mayBeInterpreter } from './shell/interpreters';
import { parseCommandLine } from './shell/parse';
import type { ParseLimits, ParseProblem, SimpleCommand } from './shell/types';

let sqlClients: ReadonlySet<string> | undefined;

/** The SQL clients' names, from the sql rules' declarations: the sql pack is loaded only for a command that is one. */
function isSqlClient(name: string): boolean {
  sqlClients ??= new Set(RULE_MANIFEST.filter((d) => d.id.startsWith('sql/')).flatMap((d) => d.commands ?? []));
  return sqlClients.has(name);
}

function sqlScriptFiles(command: SimpleCommand): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./rules/sql/sql-client-input') as typeof import('./rules/sql/sql-client-input')).sqlScriptFiles(command);
}

/** Scripts run scripts (`deploy.sh` sources `env.sh`, `npm run reset` runs `npm run db:drop`); past this depth the
 * reading stops (and each file is read once per line: see commandsRunBy). */
const MAX_DEPTH = 4;
/** The most of a script that is read (script-files.ts reads no more). A longer script, or one with more commands than
 * the parser takes, cannot be checked whole: that is a problem of the line, asked in production like unreadable input. */
export const MAX_SCRIPT_LENGTH = 256 * 1024;
const SCRIPT_LIMITS: ParseLimits = { maxLength: MAX_SCRIPT_LENGTH - 1, maxDepth: 8, maxCommands: 4096 };
/** The longest interpreter program read from disk as inline code (see commandsOf). */
const MAX_PROGRAM_FROM_DISK = 4096;

/** Commands that write what they are given into the files their stdout is redirected to. */
const WRITERS = new Set(['echo', 'printf', 'cat', 'tee']);

const POWERSHELL = /^(pwsh|powershell)(\.exe)?$/;

/** How a command runs a file as a program. */
interface FileRun {
  /** The path as written. */
  file: string;
  /** `shell`: the file's commands join the line; `code`: an interpreter's inline code; `stdin`: a client's input. */
  as: 'shell' | 'code' | 'stdin' | 'direct';
  /** How people would say it: `bash x.sh`, `./x.sh`, `psql -f x.sql`, `< x.sql`. */
  via: string;
}

const INLINE_CODE_OPTION: readonly [RegExp, string][] = [
  [/^(python[0-9.]*|pypy[0-9.]*)$/, '-c'],
  [/^(node|nodejs|bun|perl[0-9.]*|ruby[0-9.]*|lua[0-9.]*)$/, '-e'],
  [/^php[0-9.]*$/, '-r'],
];

function inlineCodeOption(name: string): string | undefined {
  for (const [pattern, option] of INLINE_CODE_OPTION) if (pattern.test(name)) return option;
  return undefined;
}

/** A cheap first test for fileRun: false for commands that cannot run a file (most of them). */
function mayRunFile(command: SimpleCommand): boolean {
  const name = command.name;
  return SHELL_NAMES.has(name) || name === 'source' || name === '.' || command.redirects.length > 0 || (command.argv[0]?.includes('/') ?? false) ||
    mayBeInterpreter(name) || POWERSHELL.test(name) || isSqlClient(name) || PROJECT_RUNNERS.has(name);
}

/** True when some command of the line may run a file whose text can be found: the caller reads files, or the line
 * writes one. */
function mayRunKnownFile(commands: readonly SimpleCommand[], context: RuleContext): boolean {
  let runs = false;
  let writes = context.readFile !== undefined || context.written !== undefined;
  for (const command of commands) {
    runs ||= mayRunFile(command);
    writes ||= mayWriteFile(command);
    if (runs && writes) return true;
  }
  return false;
}

/** The file this command runs as a program, if any. */
function fileRun(command: SimpleCommand): FileRun | undefined {
  const { name, argv } = command;
  const program = argv[0];
  if (program !== undefined && program.includes('/') && !command.dynamicName) return { file: program, as: 'direct', via: program };
  // PowerShell scripts are read as the parser reads `powershell -Command` text: as a shell line.
  if (SHELL_NAMES.has(name) || name === 'source' || name === '.' || POWERSHELL.test(name) || inlineCodeOption(name) !== undefined) {
    const script = scriptOperand(command);
    if (script !== undefined) return { file: script, as: inlineCodeOption(name) === undefined ? 'shell' : 'code', via: `${name} ${script}` };
  }
  if (isSqlClient(name)) {
    const script = sqlScriptFiles(command)[0];
    if (script !== undefined) return { file: script, as: 'stdin', via: `${name} ${script}` };
  }
  for (const r of command.redirects) {
    if (r.op !== '<' || (r.fd !== undefined && r.fd !== 0)) continue;
    if (SHELL_NAMES.has(name) && runsStdinAsCode(command)) return { file: r.target, as: 'shell', via: `${name} < ${r.target}` };
    if (inlineCodeOption(name) !== undefined && runsStdinAsCode(command)) return { file: r.target, as: 'code', via: `${name} < ${r.target}` };
    if (isSqlClient(name) || name === 'mongosh' || name === 'mongo') return { file: r.target, as: 'stdin', via: `${name} < ${r.target}` };
  }
  return undefined;
}

/** The text of a file as the line would find it: what an earlier command wrote, else what the caller reads. */
export function fileText(word: string, context: RuleContext): string | undefined {
  return fileSource(word, context)?.text;
}

/** A file's text and whether the line itself wrote it (else it was read from disk). */
function fileSource(word: string, context: RuleContext): { text: string; written: boolean } | undefined {
  const resolved = resolvePath(word, context);
  const written = writtenFile(word, resolved, context);
  if (written) return written.text === undefined ? undefined : { text: written.text, written: true };
  if (resolved === undefined || !context.readFile) return undefined;
  const text = context.readFile(resolved);
  return text === undefined ? undefined : { text: text.slice(0, MAX_SCRIPT_LENGTH), written: false };
}

function writtenFile(word: string, resolved: string | undefined, context: RuleContext): WrittenFile | undefined {
  const files = context.written;
  if (!files) return undefined;
  for (let i = files.length - 1; i >= 0; i--) {
    const f = files[i];
    if (resolved !== undefined && f.resolved !== undefined ? f.resolved === resolved : f.path === word) return f;
  }
  return undefined;
}

/** The shell or interpreter a `#!` line names (`#!/usr/bin/env python3` → python3); undefined without one. */
function shebangProgram(text: string): string | undefined {
  if (!text.startsWith('#!')) return undefined;
  const words = text.slice(2, text.indexOf('\n') < 0 ? undefined : text.indexOf('\n')).trim().split(/\s+/);
  const first = words[0]?.slice(words[0].lastIndexOf('/') + 1);
  if (first !== 'env') return first;
  return words.slice(1).find((w) => !w.startsWith('-') && !w.includes('='));
}

/**
 * The commands that running `run` adds, read from `text`; problems only when the script cannot be read whole. An
 * interpreter's program is read as inline code only when the line wrote it or it is short (MAX_PROGRAM_FROM_DISK):
 * the inline-code rules are made for the few lines an agent writes, and on a whole program (a tool that checks
 * `"X" in os.environ` and prints, or shells out to git) they would ask about everything.
 */
function commandsOf(command: SimpleCommand, run: FileRun, source: { text: string; written: boolean }, problems: ParseProblem[]): SimpleCommand[] {
  const { text } = source;
  const via = [...command.via, run.via];
  let as = run.as;
  let name = command.name;
  if (as === 'direct') {
    const program = shebangProgram(text);
    if (program === undefined || SHELL_NAMES.has(program)) as = 'shell';
    else if (inlineCodeOption(program) !== undefined) {
      as = 'code';
      name = program;
    } else return [];
  }
  if (as === 'code') {
    if (!source.written && text.length > MAX_PROGRAM_FROM_DISK) return [];
    const option = inlineCodeOption(name) as string;
    return [{ ...command, argv: [name, option, text], name, redirects: [], stdinText: undefined, pipedInput: false, pipelineBefore: [], via, text: `${run.via} (its code)` }];
  }
  if (as === 'stdin') {
    // The client as written, less the script option (`-f x.sql`, `--file=x.sql`): the script's text is its input now.
    const argv = command.argv.filter((word, i, all) => word !== run.file && !word.endsWith(`=${run.file}`) && !(all[i + 1] === run.file && word.startsWith('-')));
    return [{ ...command, argv, redirects: [], stdinText: text, pipedInput: false, pipelineBefore: [], via, text: `${run.via} (its SQL)` }];
  }
  return scriptLines(text, run.file, problems).map((c) => ({ ...c, via: [...via, ...c.via] }));
}

/**
 * The line's commands with the commands of the files they run added after each, as far as the files' text is known.
 * Returns `commands` itself when nothing is added. `contextAfter` threads the context (cwd, downloads, files written)
 * through the line as classify does. Scripts too big to check whole are reported in `problems`.
 */
export function withScriptCommands(commands: SimpleCommand[], context: RuleContext, contextAfter: (c: SimpleCommand, x: RuleContext) => RuleContext, problems: ParseProblem[], depth = 0, read?: Set<string>): SimpleCommand[] {
  // Most lines run no file, or have no text to find for one (no reader, nothing written): they are not walked at all.
  if (!mayRunKnownFile(commands, context)) return commands;
  const seen = read ?? new Set<string>();
  let out: SimpleCommand[] | undefined;
  let current = context;
  for (let i = 0; i < commands.length; i++) {
    const command = commands[i];
    const added = depth < MAX_DEPTH ? commandsRunBy(command, current, contextAfter, problems, depth, seen) : undefined;
    if (added) {
      out ??= commands.slice(0, i);
      out.push(command, ...added);
    } else if (out) out.push(command);
    // The files the line writes matter only here (no rule reads them), so classify does not record them.
    const next = contextAfter(command, current);
    current = mayWriteFile(command) ? afterWrite(command, next) : next;
  }
  return out ?? commands;
}

/** The commands `command` runs from a file or a project script, read as far as they can be; undefined for none. */
/** Each file or project script is read once per line (`seen`): a script that runs itself, or the same file reached
 * two ways (`python3 x.py` is also read as the program `x.py`), adds its commands once. */
function commandsRunBy(command: SimpleCommand, context: RuleContext, contextAfter: (c: SimpleCommand, x: RuleContext) => RuleContext, problems: ParseProblem[], depth: number, seen: Set<string>): SimpleCommand[] | undefined {
  const run = fileRun(command);
  if (run) {
    const key = resolvePath(run.file, context) ?? run.file;
    if (seen.has(key)) return undefined;
    const source = fileSource(run.file, context);
    // `bun run seed` may name a file or a package.json script: no such file, so a script is looked for below.
    if (source !== undefined) {
      seen.add(key);
      return withScriptCommands(commandsOf(command, run, source, problems), context, contextAfter, problems, depth + 1, seen);
    }
  }
  const project = projectRun(command, context, fileText);
  if (!project || seen.has(project.key)) return undefined;
  seen.add(project.key);
  const via = [...command.via, project.via];
  const nested: SimpleCommand[] = [];
  for (const line of project.lines) for (const c of scriptLines(line, project.via, problems)) nested.push({ ...c, via: [...via, ...c.via] });
  return withScriptCommands(nested, context, contextAfter, problems, depth + 1, seen);
}

/** The commands of a script's text; a script too big to read whole is reported in `problems`. */
function scriptLines(text: string, name: string, problems: ParseProblem[]): SimpleCommand[] {
  const parsed = parseCommandLine(text, SCRIPT_LIMITS);
  // Other problems (`$CMD args`, syntax this parser does not read) are common in real scripts, and the commands read
  // are still checked; only a script too big to read whole leaves part of it unseen.
  if (parsed.problems.some((p) => p.code === 'too-long' || p.code === 'too-many-commands')) {
    problems.push({ code: 'too-long', message: `the script ${name} is too long to check whole` });
  }
  return parsed.commands;
}

/** True for commands that may write known text into a file: one set lookup for the rest. */
export function mayWriteFile(command: SimpleCommand): boolean {
  return command.redirects.length > 0 || command.name === 'tee' || command.name === 'cp' || command.name === 'mv';
}

/** The text `echo`/`printf` print: their words, with `\n` and `\t` read as the escapes they usually are. */
function printed(command: SimpleCommand): string {
  const words = command.argv.slice(1);
  if (command.name === 'echo') {
    while (words.length > 0 && /^-[neE]+$/.test(words[0])) words.shift();
    return `${unescape(words.join(' '))}\n`;
  }
  const [format = '', ...args] = words;
  let next = 0;
  // `%s`, `%b`, `%d`: the next argument, as printf would (roughly: widths and flags are not read).
  return unescape(format.replace(/%[-+ #0-9.]*[sbdiqc]/g, () => args[next++] ?? '').replace(/%%/g, '%')) + (args.slice(next).length > 0 ? unescape(args.slice(next).join('')) : '');
}

function unescape(text: string): string {
  return text.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
}

/** What this command writes to `file`, when that can be known; undefined for anything else (the file's old text is
 * then no longer what a later command finds). */
function textWritten(command: SimpleCommand, context: RuleContext): string | undefined {
  switch (command.name) {
    case 'echo':
    case 'printf':
      return printed(command);
    case 'cat':
    case 'tee': {
      if (command.stdinText !== undefined) return command.stdinText;
      const source = command.pipedInput ? command.pipelineBefore[command.pipelineBefore.length - 1] : undefined;
      if (source && (source.name === 'echo' || source.name === 'printf')) return printed(source);
      if (command.name === 'cat' && !command.pipedInput) {
        const files = operands(command.argv);
        const texts = files.map((f) => fileText(f, context));
        return files.length > 0 && texts.every((t) => t !== undefined) ? texts.join('') : undefined;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The context after `command`: files it wrote recorded in `written`, with their text when known. Call only for
 * commands mayWriteFile accepts. */
export function afterWrite(command: SimpleCommand, context: RuleContext): RuleContext {
  const added: WrittenFile[] = [];
  const add = (file: string, text: string | undefined, append: boolean): void => {
    if (file === '/dev/null' || file.startsWith('/dev/') || file.startsWith('&')) return;
    const resolved = resolvePath(file, context);
    const before = append ? writtenFile(file, resolved, context)?.text ?? (resolved && context.readFile ? context.readFile(resolved) ?? '' : '') : '';
    added.push({ path: file, resolved, text: text === undefined || before === undefined ? undefined : before + text });
  };
  if (command.name === 'cp' || command.name === 'mv') {
    const ops = operands(command.argv);
    if (ops.length === 2) add(ops[1], fileText(ops[0], context), false);
  }
  if (command.name === 'tee') {
    const text = textWritten(command, context);
    const append = command.argv.some((a) => a === '-a' || a === '--append');
    for (const file of operands(command.argv)) add(file, text, append);
  }
  for (const r of command.redirects) {
    if (r.fd !== undefined && r.fd !== 1) continue;
    if (r.op !== '>' && r.op !== '>>' && r.op !== '>|' && r.op !== '&>' && r.op !== '&>>') continue;
    add(r.target, WRITERS.has(command.name) ? textWritten(command, context) : undefined, r.op === '>>' || r.op === '&>>');
  }
  if (added.length === 0) return context;
  return { ...context, written: context.written ? [...context.written, ...added] : added };
}
