// Commands that run another command: `sudo rm …`, `env X=1 rm …`, `xargs rm`, `find -exec rm {} \;`,
// `bash -c '…'`, `eval …`, `ssh host '…'`, `kubectl exec pod -- …`, `docker run|exec|compose exec …`,
// `fly ssh console -C …`, `gcloud compute ssh vm -- …`. Each reader says where the inner command is, so the
// expander can emit it with the wrapper recorded in `via`.
import { NO_SUBS, type Substitution, type Word } from './ast';
import { normalizeDashes } from './args';
import { decodeUtf16Base64, literalOutput, pipedShellSource } from './decode';
import { inlineCode, mayBeInterpreter } from './interpreters';
import { RUNNER_NAMES, runnerInvocation } from './runners';
import type { SimpleCommand } from './types';

export interface Unwrapped {
  /** What to record in `via` for the inner commands. */
  via: string;
  /** Emit the wrapper itself too (it does something of its own: `find -delete`, `ssh prod-host`, `curl | sh`). */
  keepSelf: boolean;
  /** Inner commands run directly, as words. */
  commands: Word[][];
  /** Inner shell source to parse. */
  scripts: string[];
  /** Assignments the wrapper adds to the inner command's environment (`env X=1 cmd`). */
  assignments: { name: string; value: string }[];
  /** Why what the wrapper runs cannot be read (`powershell -EncodedCommand` of something that is not base64). */
  problem?: string;
}

type Reader = (words: Word[], cmd: SimpleCommand) => Unwrapped | null;

interface OptionSpec {
  /** Short option letters that take a value (`-u root`, `-uroot`). */
  short: string;
  /** Long options that take a value (`--user root`, `--user=root`). */
  long?: readonly string[];
}

/** Index of the first operand after options (getopt, stopping at the first non-option, honouring `--`). */
function skipOptions(argv: readonly string[], from: number, spec: OptionSpec): number {
  let i = from;
  while (i < argv.length) {
    const a = normalizeDashes(argv[i]);
    if (a === '--') return i + 1;
    if (a.startsWith('--')) {
      i += spec.long?.includes(a) ? 2 : 1;
      continue;
    }
    if (a.length < 2 || a[0] !== '-') return i;
    let step = 1;
    for (let k = 1; k < a.length; k++) {
      if (spec.short.includes(a[k])) {
        if (k === a.length - 1) step = 2;
        break;
      }
    }
    i += step;
  }
  return i;
}

function result(via: string, commands: Word[][], extra: Partial<Unwrapped> = {}): Unwrapped | null {
  const nonEmpty = commands.filter((c) => c.length > 0);
  if (nonEmpty.length === 0 && !(extra.scripts && extra.scripts.length > 0)) return null;
  return { via, keepSelf: false, commands: nonEmpty, scripts: [], assignments: [], ...extra };
}

function assignmentOf(word: Word): { name: string; value: string } | null {
  if (word.assignEq <= 0) return null;
  return { name: word.value.slice(0, word.assignEq).replace(/\+$/, ''), value: word.value.slice(word.assignEq + 1) };
}

/** Leading `NAME=value` words (after `env` / `sudo` options) become assignments. */
function takeAssignments(words: Word[], from: number): { at: number; assignments: { name: string; value: string }[] } {
  const assignments: { name: string; value: string }[] = [];
  let at = from;
  for (; at < words.length; at++) {
    const a = assignmentOf(words[at]) ?? (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[at].value) ? splitAssignment(words[at].value) : null);
    if (!a) break;
    assignments.push(a);
  }
  return { at, assignments };
}

function splitAssignment(value: string): { name: string; value: string } {
  const eq = value.indexOf('=');
  return { name: value.slice(0, eq), value: value.slice(eq + 1) };
}

function argvOf(words: Word[]): string[] {
  return words.map((w) => w.value);
}

/** A word made up by the parser (no position in the source). */
export function syntheticWord(value: string): Word {
  return { value, start: -1, end: -1, quoted: false, expansion: false, glob: false, assignEq: -1, subs: NO_SUBS };
}

/** Splits text into words the way `env -S` does: whitespace-separated, quotes grouping. */
function splitWords(text: string): Word[] {
  const out: Word[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(syntheticWord(m[1] ?? m[2] ?? m[3]));
  return out;
}

const prefix = (via: string, spec: OptionSpec): Reader => (words) => result(via, [words.slice(skipOptions(argvOf(words), 1, spec))]);

const sudo: Reader = (words) => {
  const argv = argvOf(words);
  const spec = { short: 'ugCDprtTUc', long: ['--user', '--group', '--close-from', '--chdir', '--prompt', '--role', '--type', '--command-timeout', '--other-user', '--host'] };
  // sudoedit / sudo -e edit files; -l/-v/-k without a command run nothing.
  for (let i = 1; i < argv.length && argv[i].startsWith('-') && argv[i] !== '--'; i++) {
    if (/^-[a-zA-Z]*e/.test(normalizeDashes(argv[i])) || argv[i] === '--edit') return null;
  }
  const { at, assignments } = takeAssignments(words, skipOptions(argv, 1, spec));
  return result(words[0].value.endsWith('doas') ? 'doas' : 'sudo', [words.slice(at)], { assignments });
};

const env: Reader = (words) => {
  const argv = argvOf(words);
  let i = 1;
  let split: Word[] = [];
  while (i < argv.length) {
    const a = normalizeDashes(argv[i]);
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-') {
      i++;
      continue;
    }
    if (a === '-S' || a === '--split-string') {
      split = splitWords(argv[i + 1] ?? '');
      i += 2;
      break;
    }
    if (a.startsWith('--split-string=') || (a.startsWith('-S') && !a.startsWith('--'))) {
      split = splitWords(a.startsWith('-S') ? argv[i].slice(2) : argv[i].slice(argv[i].indexOf('=') + 1));
      i++;
      break;
    }
    if (!a.startsWith('-') || a.length < 2) break;
    const takesValue = a === '-u' || a === '-C' || a === '--unset' || a === '--chdir' || a === '-P';
    i += takesValue ? 2 : 1;
  }
  const all = [...split, ...words.slice(i)];
  const { at, assignments } = takeAssignments(all, 0);
  return result('env', [all.slice(at)], { assignments });
};

const command: Reader = (words) => {
  const argv = argvOf(words);
  let i = 1;
  for (; i < argv.length && argv[i].startsWith('-') && argv[i] !== '--'; i++) if (/[vV]/.test(argv[i])) return null;
  if (argv[i] === '--') i++;
  return result('command', [words.slice(i)]);
};

const timeout: Reader = (words) => {
  const at = skipOptions(argvOf(words), 1, { short: 'sk', long: ['--signal', '--kill-after'] });
  return result('timeout', [words.slice(at + 1)]);
};

const chroot: Reader = (words) => {
  const at = skipOptions(argvOf(words), 1, { short: '', long: ['--userspec', '--groups'] });
  return result('chroot', [words.slice(at + 1)]);
};

const ionice: Reader = (words) => {
  const argv = argvOf(words);
  if (argv.some((a) => /^-[a-zA-Z]*[pPu]/.test(a) || a === '--pid' || a === '--pgid' || a === '--uid')) return null;
  return result('ionice', [words.slice(skipOptions(argv, 1, { short: 'cn', long: ['--class', '--classdata'] }))]);
};

const watch: Reader = (words) => {
  const argv = argvOf(words);
  const at = skipOptions(argv, 1, { short: 'nq', long: ['--interval', '--equexit'] });
  const exec = argv.slice(1, at).some((a) => a === '--exec' || /^-[a-zA-Z]*x/.test(a));
  if (at >= argv.length) return null;
  // Without -x, watch joins its arguments and runs them with `sh -c`.
  return exec ? result('watch', [words.slice(at)]) : result('watch', [], { scripts: [argv.slice(at).join(' ')] });
};

/** Most items read from literal xargs input or parallel argument lists; more would only multiply identical commands. */
const MAX_ARGUMENT_ITEMS = 64;

/**
 * `xargs CMD`: CMD runs with the items read from stdin appended (or put in place of the `-I` string). When stdin is a
 * literal (`echo / | xargs rm -rf`, `xargs rm <<< "a b"`), the items are added, so rules see `rm -rf /`.
 */
const xargs: Reader = (words, cmd) => {
  const argv = argvOf(words);
  const at = skipOptions(argv, 1, {
    short: 'IaEdLnPs',
    long: ['--arg-file', '--delimiter', '--max-args', '--max-procs', '--max-chars', '--process-slot-var'],
  });
  const inner = words.slice(at);
  if (inner.length === 0) return null;
  let replace: string | undefined;
  let separator: RegExp | string = /\s+/;
  let fromFile = false;
  for (let i = 1; i < at; i++) {
    const a = normalizeDashes(argv[i]);
    if (a === '-I' || a === '--replace') replace = argv[i + 1] ?? '{}';
    else if (a.startsWith('-I')) replace = a.slice(2);
    else if (a === '-i' || a === '--replace=') replace = '{}';
    else if (a.startsWith('--replace=')) replace = a.slice('--replace='.length);
    else if (a.startsWith('-i') && !a.startsWith('--')) replace = a.slice(2);
    else if (a === '-0' || a === '--null') separator = '\0';
    else if (a === '-d') separator = argv[i + 1] === '\\n' ? '\n' : argv[i + 1] ?? '\n';
    else if (a === '-a' || a.startsWith('--arg-file')) fromFile = true;
  }
  const last = cmd.pipelineBefore[cmd.pipelineBefore.length - 1];
  const input = fromFile ? null : cmd.stdinText ?? (last ? literalOutput(last) : null);
  const items = input === null ? [] : input.split(separator).filter((item) => item.length > 0).slice(0, MAX_ARGUMENT_ITEMS);
  if (items.length === 0) return result('xargs', [inner]);
  if (replace === undefined) return result('xargs', [[...inner, ...items.map(syntheticWord)]]);
  const marker = replace;
  return result('xargs', items.map((item) => inner.map((w) => (w.value.includes(marker) ? syntheticWord(w.value.split(marker).join(item)) : w))));
};

/** Words that end GNU parallel's command and start an argument list: `:::` (arguments), `::::` (files of arguments), and
 * their `+` forms, linked to the list before instead of combined with it. */
interface ParallelSeparators {
  args: string;
  files: string;
}

/** Options of GNU parallel that take a value, so it is not read as the command. */
const PARALLEL_OPTIONS: OptionSpec = {
  short: 'jSaIdnNCELPs',
  long: ['--jobs', '--sshlogin', '--arg-file', '--delimiter', '--max-args', '--colsep', '--joblog', '--results', '--tmpdir', '--workdir',
    '--timeout', '--delay', '--halt', '--retries', '--memfree', '--load', '--env', '--tag-string', '--basefile', '--return', '--transfer-file',
    '--arg-sep', '--arg-file-sep'],
};

/** `{}`, `{1}`, `{.}`, `{/}`, `{//}`, `{/.}`, `{2/.}`, `{#}`, `{%}`: GNU parallel's replacement strings. */
const PARALLEL_REPLACEMENT = /\{(\d*)(\/\/|\/\.|\.|\/|#|%)?\}/g;

/**
 * The argument rows GNU parallel runs its command with: each `:::` list combined with the lists before it, each `:::+`
 * list paired item by item with the one before (wrapping round when shorter). Null when an argument comes from a file
 * (`::::`, `-a`) and so is unknown here; an empty list when there is no argument list at all.
 */
function parallelRows(argv: readonly string[], from: number, seps: ParallelSeparators): string[][] | null {
  const groups: string[][][] = [];
  for (let i = from; i < argv.length;) {
    const sep = argv[i];
    if (sep === seps.files || sep === `${seps.files}+`) return null;
    const items: string[] = [];
    for (i++; i < argv.length && ![seps.args, `${seps.args}+`, seps.files, `${seps.files}+`].includes(argv[i]); i++) items.push(argv[i]);
    if (items.length === 0) continue;
    const linked = sep === `${seps.args}+` && groups.length > 0;
    if (!linked) {
      groups.push(items.map((item) => [item]));
      continue;
    }
    const rows = groups[groups.length - 1];
    const length = Math.min(Math.max(rows.length, items.length), MAX_ARGUMENT_ITEMS);
    groups[groups.length - 1] = Array.from({ length }, (_, k) => [...rows[k % rows.length], items[k % items.length]]);
  }
  let rows: string[][] = groups.length > 0 ? [[]] : [];
  for (const group of groups) {
    const combined: string[][] = [];
    for (const row of rows) for (const values of group) combined.push([...row, ...values]);
    rows = combined.slice(0, MAX_ARGUMENT_ITEMS);
  }
  return rows;
}

/** One argument as GNU parallel hands it to the shell: quoted unless it is a plain word. */
function shellQuoted(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `text` with GNU parallel's replacement strings (and the `-I` string) filled from one row of arguments. */
function fillReplacements(text: string, row: readonly string[], job: number, replace: string, quote: (v: string) => string): string {
  const filled = replace === '{}' ? text : text.split(replace).join(quote(row.join(' ')));
  return filled.replace(PARALLEL_REPLACEMENT, (whole, position: string, modifier: string | undefined) => {
    if (modifier === '#') return position === '' ? String(job) : whole;
    if (modifier === '%') return position === '' ? '1' : whole;
    const value = position === '' ? row.join(' ') : row[Number(position) - 1] ?? '';
    return quote(pathPart(value, modifier));
  });
}

/** The part of a path a replacement-string modifier asks for: `.` drops the extension, `/` keeps the base name, `//` the
 * directory, `/.` the base name without extension. */
function pathPart(value: string, modifier: string | undefined): string {
  const slash = value.lastIndexOf('/');
  const base = slash >= 0 ? value.slice(slash + 1) : value;
  const noExtension = (v: string) => v.replace(/\.[^./]*$/, '');
  if (modifier === '.') return slash >= 0 ? value.slice(0, slash + 1) + noExtension(base) : noExtension(value);
  if (modifier === '/') return base;
  if (modifier === '//') return slash > 0 ? value.slice(0, slash) : slash === 0 ? '/' : '.';
  if (modifier === '/.') return noExtension(base);
  return value;
}

/**
 * `parallel CMD ::: a b`: GNU parallel runs CMD once per argument, put in place of `{}` (or the `-I` string) or appended.
 * The arguments are filled in, so rules see `rm -rf data`; with no command, each argument is itself a command line
 * (`parallel ::: 'rm -rf /' ls`). Without a list, literal stdin gives the arguments, one a line. Arguments read from
 * files (`::::`, `-a`) are unknown: the command is read as written.
 */
const parallel: Reader = (words, cmd) => {
  const argv = argvOf(words);
  const at = skipOptions(argv, 1, PARALLEL_OPTIONS);
  const seps: ParallelSeparators = { args: ':::', files: '::::' };
  let replace = '{}';
  let fromFile = false;
  for (let i = 1; i < at; i++) {
    const a = normalizeDashes(argv[i]);
    if (a === '--dry-run' || a === '--dryrun') return null;
    if (a === '--arg-sep') seps.args = argv[i + 1] ?? seps.args;
    else if (a.startsWith('--arg-sep=')) seps.args = a.slice('--arg-sep='.length);
    else if (a === '--arg-file-sep') seps.files = argv[i + 1] ?? seps.files;
    else if (a.startsWith('--arg-file-sep=')) seps.files = a.slice('--arg-file-sep='.length);
    else if (a === '-I') replace = argv[i + 1] || replace;
    else if (a.startsWith('-I') && a.length > 2) replace = a.slice(2);
    else if (a === '-a' || a.startsWith('--arg-file')) fromFile = true;
  }
  let end = at;
  while (end < argv.length && argv[end] !== seps.args && argv[end] !== `${seps.args}+` && argv[end] !== seps.files && argv[end] !== `${seps.files}+`) end++;
  const inner = words.slice(at, end);
  let rows = fromFile ? null : parallelRows(argv, end, seps);
  // Without argument lists, parallel reads one argument per line of stdin, like xargs: `echo data | parallel rm -rf`.
  if (rows !== null && rows.length === 0 && end === argv.length) {
    const last = cmd.pipelineBefore[cmd.pipelineBefore.length - 1];
    const input = cmd.stdinText ?? (last ? literalOutput(last) : null);
    rows = input === null ? [] : input.split('\n').filter((line) => line.length > 0).slice(0, MAX_ARGUMENT_ITEMS).map((line) => [line]);
  }
  // GNU parallel hands the command to a shell; a single word may hold a whole command line.
  const script = inner.length === 1 && /\s/.test(inner[0].value) ? inner[0].value : null;
  if (rows === null || rows.length === 0) {
    if (script !== null) return result('parallel', [], { scripts: [script] });
    return result('parallel', [inner]);
  }
  if (inner.length === 0) return result('parallel', [], { scripts: rows.map((row) => row.join(' ')) });
  const replaces = (text: string) => text.includes(replace) || text.search(PARALLEL_REPLACEMENT) >= 0;
  if (script !== null) {
    const appended = replaces(script) ? '' : ' {}';
    return result('parallel', [], { scripts: rows.map((row, k) => fillReplacements(`${script}${appended}`, row, k + 1, replace, shellQuoted)) });
  }
  if (!inner.some((w) => replaces(w.value))) return result('parallel', rows.map((row) => [...inner, ...row.map(syntheticWord)]));
  return result('parallel', rows.map((row, k) => inner.map((w) => (replaces(w.value) ? syntheticWord(fillReplacements(w.value, row, k + 1, replace, (v) => v)) : w))));
};

const find: Reader = (words) => {
  const commands: Word[][] = [];
  for (let i = 1; i < words.length; i++) {
    const w = normalizeDashes(words[i].value);
    if (w !== '-exec' && w !== '-execdir' && w !== '-ok' && w !== '-okdir') continue;
    let j = i + 1;
    while (j < words.length && words[j].value !== ';' && !(words[j].value === '+' && words[j - 1].value === '{}')) j++;
    commands.push(words.slice(i + 1, j));
    i = j;
  }
  const r = result('find -exec', commands);
  return r && { ...r, keepSelf: true };
};

export const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash', 'fish', 'rbash', 'yash', 'posh']);

/** `bash -c '…'`, `bash -lc`, `bash --login -c`, and a shell reading its stdin from a heredoc or a pipeline. */
const shell: Reader = (words, cmd) => {
  const argv = argvOf(words);
  let i = 1;
  let hasC = false;
  while (i < argv.length) {
    const a = normalizeDashes(argv[i]);
    if (a === '--' || a === '-') {
      i++;
      break;
    }
    if (a === '--rcfile' || a === '--init-file' || a === '--command') {
      if (a === '--command') hasC = true;
      i += a === '--command' ? 1 : 2;
      continue;
    }
    if (a.startsWith('--')) {
      i++;
      continue;
    }
    if ((a[0] !== '-' && a[0] !== '+') || a.length < 2) break;
    if (a.includes('c')) hasC = true;
    i += /[oO]$/.test(a) ? 2 : 1;
  }
  const name = cmd.name;
  if (hasC) {
    const code = words[i] ? scriptOf([words[i]]) : null;
    return code === null ? null : result(`${name} -c`, [], { scripts: [code] });
  }
  const operand = argv[i];
  if (operand !== undefined && operand !== '/dev/stdin') return null;
  return stdinScript(cmd);
};

/** A shell (or `source /dev/stdin`) reading commands from stdin: a heredoc, a here-string, or a pipeline. */
function stdinScript(cmd: SimpleCommand): Unwrapped | null {
  if (cmd.stdinText !== undefined) return { via: 'heredoc-to-shell', keepSelf: true, commands: [], scripts: [cmd.stdinText], assignments: [] };
  if (cmd.pipelineBefore.length === 0) return null;
  const source = pipedShellSource(cmd.pipelineBefore);
  return source && { via: source.via, keepSelf: true, commands: [], scripts: [source.text], assignments: [] };
}

const source: Reader = (words, cmd) => (words[1]?.value === '/dev/stdin' || words.length === 1 ? stdinScript(cmd) : null);

/** The substitution a word consists of entirely (`"$(cmd)"`, `` `cmd` ``), if any. */
export function wholeSubstitution(word: Word): Substitution | null {
  const v = word.value;
  if (word.subs.length !== 1) return null;
  return (v.startsWith('$(') && v.endsWith(')')) || (v.startsWith('`') && v.endsWith('`')) ? word.subs[0] : null;
}

/**
 * The shell source that `eval WORDS` / `bash -c WORD` runs. A word that is a whole substitution is replaced by what
 * it prints when that is known (`eval "$(echo rm -rf /)"`); when it is not (`eval "$(ssh-agent -s)"`), the text only
 * exists at run time and re-reading the substitution would only repeat it, so null: the wrapper is kept as it is
 * (rules see `bash -c "$(curl …)"`, and the curl itself via `$()`).
 */
function scriptOf(words: Word[]): string | null {
  const parts: string[] = [];
  let known = false;
  for (const w of words) {
    const sub = wholeSubstitution(w);
    if (!sub) {
      parts.push(w.value);
      known = true;
    } else if (typeof sub.output === 'string') {
      parts.push(sub.output);
      known = true;
    }
  }
  return known ? parts.join(' ') : null;
}

const evalReader: Reader = (words) => {
  const script = scriptOf(words.slice(1));
  return script === null ? null : result('eval', [], { scripts: [script] });
};

const su: Reader = (words) => {
  const argv = argvOf(words);
  for (let i = 1; i < argv.length; i++) {
    const a = normalizeDashes(argv[i]);
    let code: string | undefined;
    if (a === '--command' || a === '--session-command') code = argv[i + 1];
    else if (a.startsWith('--command=') || a.startsWith('--session-command=')) code = argv[i].slice(argv[i].indexOf('=') + 1);
    else if (/^-[a-zA-Z]*c$/.test(a)) code = argv[i + 1];
    else if (/^-[a-zA-Z]*c./.test(a) && !a.startsWith('--')) code = argv[i].slice(argv[i].indexOf('c') + 1);
    if (code !== undefined) return result(`${words[0].value.endsWith('runuser') ? 'runuser' : 'su'} -c`, [], { scripts: [code] });
  }
  return null;
};

const ssh: Reader = (words) => {
  const argv = argvOf(words);
  const at = skipOptions(argv, 1, { short: 'BbcDEeFIiJLlmOopQRSWw' });
  if (at + 1 >= argv.length) return null;
  const r = result('ssh', [], { scripts: [argv.slice(at + 1).join(' ')] });
  return r && { ...r, keepSelf: true };
};

/** Options of `docker run` / `docker container run` that take a value; every other option is a flag. */
const DOCKER_RUN_OPTIONS: OptionSpec = {
  short: 'acehlmpuvw',
  long: [
    '--add-host', '--annotation', '--attach', '--blkio-weight', '--cap-add', '--cap-drop', '--cgroup-parent', '--cgroupns', '--cidfile',
    '--cpu-period', '--cpu-quota', '--cpu-shares', '--cpus', '--cpuset-cpus', '--cpuset-mems', '--device', '--dns', '--dns-option',
    '--dns-search', '--entrypoint', '--env', '--env-file', '--expose', '--gpus', '--group-add', '--health-cmd', '--health-interval',
    '--health-retries', '--health-start-period', '--health-timeout', '--hostname', '--ip', '--ip6', '--ipc', '--isolation', '--label',
    '--label-file', '--link', '--log-driver', '--log-opt', '--mac-address', '--memory', '--memory-reservation', '--memory-swap', '--mount',
    '--name', '--net', '--network', '--network-alias', '--pid', '--platform', '--publish', '--pull', '--restart', '--runtime',
    '--security-opt', '--shm-size', '--stop-signal', '--stop-timeout', '--storage-opt', '--sysctl', '--tmpfs', '--ulimit', '--user',
    '--userns', '--uts', '--volume', '--volumes-from', '--workdir',
  ],
};

/** The command after the container (or service) at `at`: what runs inside it, with the tool itself kept. */
function insideContainer(words: Word[], at: number, via: string): Unwrapped | null {
  const r = result(via, [words.slice(at + 1)]);
  return r && { ...r, keepSelf: true };
}

/** `docker compose [opts] exec|run [opts] SERVICE cmd…` (and `docker-compose`), from the word after `compose`. */
function composeRun(words: Word[], from: number, tool: string): Unwrapped | null {
  const argv = argvOf(words);
  const i = skipOptions(argv, from, { short: 'fp', long: ['--file', '--project-name', '--profile', '--env-file', '--project-directory', '--ansi', '--progress', '--parallel'] });
  if (argv[i] === 'exec') return insideContainer(words, skipOptions(argv, i + 1, { short: 'euw', long: ['--env', '--user', '--workdir', '--index'] }), `${tool} exec`);
  if (argv[i] === 'run') {
    return insideContainer(words, skipOptions(argv, i + 1, { short: 'euwvpl', long: ['--env', '--env-file', '--user', '--workdir', '--volume', '--publish', '--label', '--name', '--entrypoint', '--cap-add', '--cap-drop', '--pull'] }), `${tool} run`);
  }
  return null;
}

/** `docker-compose exec|run …`, `podman-compose …`. */
const standaloneCompose: Reader = (words) => composeRun(words, 1, words[0].value.endsWith('podman-compose') ? 'podman-compose' : 'docker-compose');

/** `docker exec [opts] CONTAINER cmd…`, `docker run [opts] IMAGE cmd…` (`container exec|run` too), `docker compose
 * exec|run SERVICE cmd…`, and podman alike: the command runs inside the container, on whatever it mounts. */
const containerExec: Reader = (words) => {
  const argv = argvOf(words);
  const tool = words[0].value.endsWith('podman') ? 'podman' : 'docker';
  let i = skipOptions(argv, 1, { short: 'Hc', long: ['--host', '--context', '--config', '--log-level'] });
  if (argv[i] === 'compose') return composeRun(words, i + 1, `${tool} compose`);
  if (argv[i] === 'container') i++;
  if (argv[i] === 'exec') return insideContainer(words, skipOptions(argv, i + 1, { short: 'euw', long: ['--env', '--env-file', '--user', '--workdir', '--detach-keys'] }), `${tool} exec`);
  if (argv[i] === 'run') return insideContainer(words, skipOptions(argv, i + 1, DOCKER_RUN_OPTIONS), `${tool} run`);
  return null;
};

/** The value of a `--command`-style option: `-C cmd`, `--command cmd`, `--command=cmd`. */
function optionValue(argv: readonly string[], short: string | undefined, long: string): string | undefined {
  for (let i = 1; i < argv.length; i++) {
    const a = normalizeDashes(argv[i]);
    if (a === long || (short !== undefined && a === short)) return argv[i + 1];
    if (a.startsWith(`${long}=`)) return argv[i].slice(argv[i].indexOf('=') + 1);
  }
  return undefined;
}

/** `fly ssh console -C "cmd"` (flyctl too): the command runs on the app's machine. */
const flySsh: Reader = (words) => {
  const argv = argvOf(words);
  if (argv[1] !== 'ssh' || argv[2] !== 'console') return null;
  const code = optionValue(argv, '-C', '--command');
  const r = code === undefined ? null : result('fly ssh console', [], { scripts: [code] });
  return r && { ...r, keepSelf: true };
};

/** `gcloud compute ssh VM --command="cmd"` or `gcloud compute ssh VM -- cmd…`: the command runs on the VM. */
const gcloudSsh: Reader = (words) => {
  const argv = argvOf(words);
  const ssh = argv.indexOf('ssh');
  if (ssh < 0 || !argv.slice(1, ssh).includes('compute')) return null;
  const dd = argv.indexOf('--');
  const code = optionValue(dd < 0 ? argv : argv.slice(0, dd), undefined, '--command') ?? (dd < 0 ? undefined : argv.slice(dd + 1).join(' '));
  const r = code === undefined || code === '' ? null : result('gcloud compute ssh', [], { scripts: [code] });
  return r && { ...r, keepSelf: true };
};

/** `kubectl exec POD [flags] -- cmd…` (and `oc exec`). */
const kubeExec: Reader = (words) => {
  const argv = argvOf(words);
  if (!argv.includes('exec')) return null;
  const dd = argv.indexOf('--');
  if (dd < 0 || argv.indexOf('exec') > dd) return null;
  const r = result(`${argv[0].endsWith('oc') ? 'oc' : 'kubectl'} exec`, [words.slice(dd + 1)]);
  return r && { ...r, keepSelf: true };
};

const interpreter: Reader = (words, cmd) => {
  if (!mayBeInterpreter(cmd.name)) return null;
  const last = cmd.pipelineBefore[cmd.pipelineBefore.length - 1];
  const stdin = cmd.stdinText ?? (last ? literalOutput(last) ?? undefined : undefined);
  const found = inlineCode(cmd.name, argvOf(words), stdin);
  if (!found || (found.scripts.length === 0 && found.commands.length === 0)) return null;
  return { via: found.via, keepSelf: true, commands: found.commands.map((c) => c.map(syntheticWord)), scripts: found.scripts, assignments: [] };
};

/** `npx prisma …`, `poetry run alembic …`, `python manage.py …`: the tool a package runner or launcher starts
 * (runners.ts). The runner is kept: `npm`, `heroku` or `pnpm <script>` may do something of their own. */
const runner: Reader = (words, cmd) => {
  const found = runnerInvocation(words, cmd.name);
  if (!found) return null;
  const r = result(found.via, [found.words], { scripts: found.script === undefined ? [] : [found.script], assignments: found.assignments ?? [] });
  return r && { ...r, keepSelf: true };
};

/** `python -c …` is inline code, `python manage.py …` a launcher; `bun -e …` code, `bun x …` a runner. */
const interpreterOrRunner: Reader = (words, cmd) => interpreter(words, cmd) ?? runner(words, cmd);

/** `flock [opts] FILE cmd…` or `flock [opts] FILE -c 'cmd'`. */
const flock: Reader = (words) => {
  const argv = argvOf(words);
  const at = skipOptions(argv, 1, { short: 'wEc', long: ['--timeout', '--conflict-exit-code', '--command'] });
  const next = normalizeDashes(argv[at + 1] ?? '');
  if (next === '-c' || next === '--command') return argv[at + 2] === undefined ? null : result('flock', [], { scripts: [argv[at + 2]] });
  return result('flock', [words.slice(at + 1)]);
};

/** `script -c 'cmd' [file]` runs cmd in a shell. */
const script: Reader = (words) => {
  const argv = argvOf(words);
  for (let i = 1; i < argv.length; i++) {
    const a = normalizeDashes(argv[i]);
    if (a === '--command' || /^-[a-zA-Z]*c$/.test(a)) return argv[i + 1] === undefined ? null : result('script -c', [], { scripts: [argv[i + 1]] });
    if (a.startsWith('--command=')) return result('script -c', [], { scripts: [argv[i].slice('--command='.length)] });
  }
  return null;
};

/** `trap 'cmd' EXIT`: the action runs later, when the signal arrives or the shell exits. */
const trap: Reader = (words) => {
  const argv = argvOf(words);
  let i = 1;
  if (argv[i] === '--') i++;
  const action = argv[i];
  if (action === undefined || action === '-' || action.startsWith('-') || argv.length <= i + 1) return null;
  return result('trap', [], { scripts: [action] });
};

/** What a parameter of PowerShell's command line does: which one runs code, and which take a value. */
export type PowerShellParameterKind = 'command' | 'command-with-args' | 'encoded' | 'file' | 'value' | 'switch' | 'help';

/**
 * The parameters of `powershell.exe` (Windows PowerShell 5.1) and `pwsh` (7): full name, shortest prefix accepted, kind,
 * exact aliases. PowerShell takes any prefix from the shortest on, in any case; the first entry that fits wins, so `-c`
 * is -Command and `-e` -EncodedCommand, as pwsh documents.
 */
const POWERSHELL_PARAMETERS: readonly [string, string, PowerShellParameterKind, readonly string[]][] = [
  ['commandwithargs', 'commandw', 'command-with-args', ['cwa']],
  ['command', 'c', 'command', []],
  ['configurationname', 'conf', 'value', []],
  ['custompipename', 'cu', 'value', []],
  ['encodedcommand', 'e', 'encoded', ['ec']],
  ['encodedarguments', 'encodeda', 'value', ['ea']],
  ['executionpolicy', 'ex', 'value', ['ep']],
  ['file', 'f', 'file', []],
  ['help', 'h', 'help', ['?']],
  ['inputformat', 'inp', 'value', ['if']],
  ['interactive', 'i', 'switch', []],
  ['login', 'l', 'switch', []],
  ['mta', 'm', 'switch', []],
  ['noexit', 'noe', 'switch', []],
  ['nologo', 'nol', 'switch', []],
  ['noninteractive', 'non', 'switch', []],
  ['noprofileloadtime', 'noprofilel', 'switch', []],
  ['noprofile', 'nop', 'switch', []],
  ['outputformat', 'o', 'value', ['of']],
  ['psconsolefile', 'ps', 'value', []],
  ['settingsfile', 'se', 'value', []],
  ['sshservermode', 'ss', 'switch', []],
  ['sta', 'st', 'switch', []],
  ['version', 'v', 'value', []],
  ['windowstyle', 'w', 'value', []],
  ['workingdirectory', 'wo', 'value', ['wd']],
];

/** The kind of a PowerShell parameter word (`-NoProfile`, `--command`, `/c`, `-ExecutionPolicy:Bypass`), whether it
 * carries its value after a colon; null when the word is not a parameter, 'unknown' for one PowerShell does not know. */
export function powershellParameter(word: string): { kind: PowerShellParameterKind | 'unknown'; inline: boolean } | null {
  const m = /^(?:--?|\/)([A-Za-z?]+)(:.*)?$/.exec(normalizeDashes(word));
  if (!m) return null;
  const p = m[1].toLowerCase();
  const inline = m[2] !== undefined;
  for (const [full, shortest, kind, aliases] of POWERSHELL_PARAMETERS) {
    if (aliases.includes(p) || (p.startsWith(shortest) && full.startsWith(p))) return { kind, inline };
  }
  return { kind: 'unknown', inline };
}

/** `& { … }` or `. { … }`: a script block run at once, the usual way to pass several statements to -Command. */
function scriptBlockBody(script: string): string {
  const m = /^\s*[&.]\s*\{([\s\S]*)\}\s*$/.exec(script);
  if (!m) return script;
  let depth = 0;
  for (const ch of m[1]) {
    if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) return script; // `& {a}; & {b}`: two blocks, not one.
  }
  return m[1].trim();
}

/**
 * `powershell -Command "…"`, `pwsh -c …`, `powershell.exe -NoProfile -ExecutionPolicy Bypass -Command …` (parameters
 * by any prefix, in any case), `-EncodedCommand <base64 of UTF-16LE>`, `-Command -` and a bare `powershell` reading
 * stdin. As PowerShell does, every word after -Command is joined into the script; Windows PowerShell also reads a bare
 * first word as -Command, while pwsh reads it as -File. `-File x.ps1` runs a script file and is left as it is.
 * The script is PowerShell, read here with the sh parser: simple commands split on `;`, `|`, `&&` as in sh, but sh's
 * quoting applies to the inner text (a backtick is a command substitution, not PowerShell's escape character), and
 * PowerShell syntax sh does not know (`foreach (…) {…}`) is reported as a parse problem. The PowerShell command itself
 * is kept, so rules that read its whole text (remote-code/shell-from-download's `iex (iwr …)`) still see it.
 */
const powershell: Reader = (words, cmd) => {
  const argv = argvOf(words);
  const name = cmd.name.startsWith('pwsh') ? 'pwsh' : 'powershell';
  const kept = (r: Unwrapped | null): Unwrapped | null => r && { ...r, keepSelf: true };
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '-') return stdinScript(cmd);
    const param = powershellParameter(argv[i]);
    if (param === null) {
      if (name === 'pwsh') return null;
      const script = scriptOf(words.slice(i));
      return script === null ? null : kept(result(`${name} -Command`, [], { scripts: [scriptBlockBody(script)] }));
    }
    switch (param.kind) {
      case 'switch':
        continue;
      case 'value':
        if (!param.inline) i++;
        continue;
      case 'file':
        return argv[i + 1] === '-' ? stdinScript(cmd) : null;
      case 'command':
      case 'command-with-args': {
        if (argv[i + 1] === '-') return stdinScript(cmd);
        // -CommandWithArgs passes the words after the script to it as $args.
        const script = scriptOf(param.kind === 'command' ? words.slice(i + 1) : words.slice(i + 1, i + 2));
        return script === null ? null : kept(result(`${name} -Command`, [], { scripts: [scriptBlockBody(script)] }));
      }
      case 'encoded': {
        if (i + 1 >= argv.length) return null;
        const decoded = decodeUtf16Base64(argv[i + 1]);
        // Read as the -Command it stands for, so rules that read PowerShell's whole text (`iex (iwr …)`) see it too.
        if (decoded !== null) return result(`${name} -EncodedCommand`, [[words[0], syntheticWord('-Command'), syntheticWord(decoded)]]);
        return {
          via: `${name} -EncodedCommand`, keepSelf: true, commands: [], scripts: [], assignments: [],
          problem: `the code after ${argv[i]} is not base64 of UTF-16 text, so what PowerShell would run is unknown`,
        };
      }
      default:
        return null;
    }
  }
  // Only switches: PowerShell reads commands from its stdin when it is a heredoc or a pipe.
  return stdinScript(cmd);
};

/** One argument of `cmd /c` as it reaches cmd's command line: quoted when it holds a blank or a cmd operator. */
function cmdArgument(value: string): string {
  return /[\s&|<>^()]/.test(value) ? `"${value}"` : value;
}

/**
 * `cmd /c "rd /s /q C:\data"`, `cmd.exe /C …`, `cmd /k …`, `cmd /s /q /c …`: the rest of the line after /c (or /k,
 * which then stays open, or the old /r) is the command, its outer quotes removed as cmd does. The inner text is cmd
 * syntax read with the sh parser: `&`, `&&`, `|`, `||` split commands as in cmd, but sh's quoting applies (a `^` escape
 * or `%VAR%` is not understood). `cmd` with no command reads its stdin (a heredoc or a pipe).
 */
const cmdShell: Reader = (words, cmd) => {
  const argv = argvOf(words);
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i].toLowerCase();
    if (a === '/c' || a === '/k' || a === '/r') {
      const rest = words.slice(i + 1);
      if (rest.length === 0) return null;
      const line = rest.length === 1 ? scriptOf(rest) : rest.map((w) => cmdArgument(w.value)).join(' ');
      const r = line === null ? null : result(`cmd ${a === '/k' ? '/k' : '/c'}`, [], { scripts: [line] });
      return r && { ...r, keepSelf: true };
    }
    // cmd needs no space after the switch: `cmd /crd /s /q C:\data` runs `rd /s /q C:\data`.
    if (/^\/[ckr]\S/.test(a)) {
      // The text after the switch is the start of the command line itself (`/c"rd /s /q x"` arrives unquoted).
      const line = [argv[i].slice(2), ...words.slice(i + 1).map((w) => cmdArgument(w.value))].join(' ');
      const r = result(`cmd ${a[1] === 'k' ? '/k' : '/c'}`, [], { scripts: [line] });
      return r && { ...r, keepSelf: true };
    }
    if (!a.startsWith('/')) return null;
  }
  return stdinScript(cmd);
};

/** By command name. A Map: `constructor` or `valueOf` are command names too, not inherited keys. */
const READERS = new Map<string, Reader>([
  ...RUNNER_NAMES.map((name): [string, Reader] => [name, interpreterOrRunner]),
  ...Object.entries({
    trap,
    busybox: prefix('busybox', { short: '' }),
    toybox: prefix('toybox', { short: '' }),
    setsid: prefix('setsid', { short: '' }),
    unbuffer: prefix('unbuffer', { short: '' }),
    caffeinate: prefix('caffeinate', { short: 'tw' }),
    flock,
    script,
    sudo,
    doas: sudo,
    env,
    command,
    builtin: prefix('builtin', { short: '' }),
    exec: prefix('exec', { short: 'a' }),
    nohup: prefix('nohup', { short: '' }),
    nice: prefix('nice', { short: 'n', long: ['--adjustment'] }),
    ionice,
    timeout,
    time: prefix('time', { short: 'fo', long: ['--format', '--output'] }),
    watch,
    stdbuf: prefix('stdbuf', { short: 'ioe', long: ['--input', '--output', '--error'] }),
    chroot,
    xargs,
    parallel,
    find,
    eval: evalReader,
    su,
    runuser: su,
    ssh,
    docker: containerExec,
    podman: containerExec,
    'docker-compose': standaloneCompose,
    'podman-compose': standaloneCompose,
    fly: flySsh,
    flyctl: flySsh,
    gcloud: gcloudSsh,
    kubectl: kubeExec,
    oc: kubeExec,
    source,
    '.': source,
    powershell,
    'powershell.exe': powershell,
    pwsh: powershell,
    'pwsh.exe': powershell,
    cmd: cmdShell,
    'cmd.exe': cmdShell,
  }),
]);

/** How `cmd` runs other commands, or null when it is not a wrapper (or wraps nothing here). */
export function unwrap(words: Word[], cmd: SimpleCommand): Unwrapped | null {
  if (words.length === 0) return null;
  const reader = READERS.get(cmd.name) ?? (SHELLS.has(cmd.name) ? shell : interpreter);
  return reader(words, cmd);
}
