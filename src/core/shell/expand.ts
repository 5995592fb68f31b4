// Turns the syntax tree into the SimpleCommands that would run: substitutions first, then each command, unwrapping
// wrappers (sudo, env, xargs, bash -c, …) into the commands they run, with `via` recording how each was reached.
import type { List, RawCommand, Substitution, Word } from './ast';
import { normalizeDashes } from './args';
import type { ParseContext } from './context';
import { Parser } from './grammar';
import type { Redirect, SimpleCommand } from './types';
import { pipedShellSource } from './decode';
import { syntheticWord, unwrap, wholeSubstitution } from './wrappers';

type Assignment = { name: string; value: string };

// Most commands assign nothing and read no pipe: they share these empty lists rather than get new ones. Read-only by
// their type; not frozen, because V8 iterates a frozen array slowly (each for-of step allocates).
const NO_ASSIGNMENTS: readonly Assignment[] = [];
const NO_COMMANDS: readonly SimpleCommand[] = [];

/** What an enclosing wrapper passes down to the commands it runs. */
interface Frame {
  via: string[];
  assignments: readonly Assignment[];
  redirects: Redirect[];
  stdinText?: string;
}

const TOP_FRAME: Frame = { via: [], assignments: [], redirects: [] };

/** Builtins whose `NAME=value` arguments set variables. */
const DECLARING = new Set(['export', 'declare', 'typeset', 'local', 'readonly']);

/** Reads shell source nested `frame.via.length` levels deep and emits its commands. */
export function expandSource(text: string, ctx: ParseContext, frame: Frame = TOP_FRAME): SimpleCommand[] {
  const list = new Parser(text, ctx, frame.via.length).parseProgram();
  return expandList(list, ctx, frame);
}

/** Emits the commands of a list; returns the commands each pipeline stage ran (for `pipelineBefore`). */
function expandList(list: List, ctx: ParseContext, frame: Frame, pipeIn?: SimpleCommand[]): SimpleCommand[] {
  const ran: SimpleCommand[] = [];
  for (const pipeline of list) {
    let before: SimpleCommand[] | undefined = pipeIn;
    const count = pipeline.stages.length;
    // Only a pipeline of several commands has readers to mark: a lone command (most of them) needs no list of stages.
    const stages: SimpleCommand[][] | undefined = count > 1 ? [] : undefined;
    const first = ran.length;
    for (let i = 0; i < count; i++) {
      const stage = pipeline.stages[i];
      if (ctx.full) return ran;
      const from = ran.length;
      if (stage.kind === 'group') {
        for (const r of stage.redirects) expandWordSubs([r.target], ctx, frame);
        const got = expandList(stage.list, ctx, frame, before);
        // Defined only now: calls inside the body are not calls of this definition (and no body refers to itself).
        if (stage.functionName !== undefined) ctx.defineFunction({ name: stage.functionName, body: got });
        for (const c of got) ran.push(c);
      } else expandSimple(stage, ctx, frame, before, ran);
      if (stages) {
        // Neither list is changed after this: the next stage's `pipelineBefore` and the readers' marks share it.
        const got = ran.slice(from);
        if (i + 1 < count) before = before ? [...before, ...got] : got;
        stages.push(got);
      }
    }
    if (stages) markReaders(stages);
    if (pipeline.background) for (let i = first; i < ran.length; i++) ran[i].background = true;
  }
  return ran;
}

/** Sets `pipelineAfter` on each stage's commands: the names of the later stages' commands, which read their output. A
 * command already marked by a pipeline inside a group (`(env | wc -l) | cat`) keeps its nearer readers. */
function markReaders(stages: readonly SimpleCommand[][]): void {
  let after: string[] = [];
  for (let i = stages.length - 1; i > 0; i--) {
    after = [...stages[i].map((c) => c.name), ...after];
    for (const c of stages[i - 1]) c.pipelineAfter ??= after;
  }
}

function expandWordSubs(words: readonly Word[], ctx: ParseContext, frame: Frame): void {
  for (const w of words) for (const s of w.subs) expandSubstitution(s, ctx, frame);
}

function expandSubstitution(sub: Substitution, ctx: ParseContext, frame: Frame): void {
  const via = [...frame.via, sub.kind];
  if (ctx.tooDeep(via.length) || sub.list.length === 0) return;
  const inner: Frame = { via, assignments: [], redirects: [] };
  const last = sub.list.length - 1;
  expandList(sub.list.slice(0, last), ctx, inner);
  const ran = expandList([sub.list[last]], ctx, inner);
  // The shell strips trailing newlines from a substitution's output.
  sub.output = pipedShellSource(ran)?.text.replace(/\n+$/, '') ?? null;
}

function assignmentOf(w: Word): Assignment {
  return { name: w.value.slice(0, w.assignEq).replace(/\+$/, ''), value: w.value.slice(w.assignEq + 1) };
}

/** Emits one simple command (and what it wraps); adds the commands that stand for it in a pipeline to `out`. */
function expandSimple(raw: RawCommand, ctx: ParseContext, frame: Frame, pipe: SimpleCommand[] | undefined, out: SimpleCommand[]): void {
  expandWordSubs(raw.assigns, ctx, frame);
  expandWordSubs(raw.words, ctx, frame);
  let stdinText: string | undefined;
  const redirects: Redirect[] = [];
  for (const r of raw.redirects) {
    expandWordSubs([r.target], ctx, frame);
    if (r.heredoc) {
      for (const s of r.heredoc.subs) expandSubstitution(s, ctx, frame);
      stdinText = r.heredoc.body;
    } else if (r.op === '<<<') stdinText = `${r.target.value}\n`;
    const redirect: Redirect = { op: r.op, target: r.target.value };
    if (r.fd !== undefined) redirect.fd = r.fd;
    redirects.push(redirect);
  }
  if (raw.noRun) return;
  const assignments = raw.assigns.length > 0 ? raw.assigns.map(assignmentOf) : NO_ASSIGNMENTS;
  if (raw.words.length === 0) {
    for (let i = 0; i < assignments.length; i++) rememberVariable(ctx, assignments[i], raw.assigns[i]);
  }
  const invocation: Invocation = {
    src: raw.src,
    words: raw.words,
    start: raw.start,
    end: raw.end,
    // Most commands have no enclosing wrapper's assignments or redirects: no copy then.
    assignments: frame.assignments.length > 0 ? [...frame.assignments, ...assignments] : assignments,
    redirects: frame.redirects.length > 0 ? [...frame.redirects, ...redirects] : redirects,
    stdinText: stdinText ?? frame.stdinText,
    via: frame.via,
    pipe,
  };
  run(invocation, ctx, out);
}

function rememberVariable(ctx: ParseContext, a: Assignment, word: Word): void {
  ctx.assign(a.name, word.expansion ? undefined : a.value);
}

interface Invocation {
  src: string;
  words: Word[];
  /** Source span of the whole simple command (for `text`). */
  start: number;
  end: number;
  assignments: readonly Assignment[];
  redirects: Redirect[];
  stdinText?: string;
  via: string[];
  pipe?: SimpleCommand[];
}

function basename(word: string): string {
  // Most command names are written without a path.
  if (!word.includes('/')) return windowsPath(word) ? word.slice(word.lastIndexOf('\\') + 1) : word;
  const trimmed = word.endsWith('/') ? word.replace(/\/+$/, '') : word;
  const slash = trimmed.lastIndexOf('/');
  return slash >= 0 ? trimmed.slice(slash + 1) : trimmed;
}

/** A quoted Windows path to a program (`"C:\Windows\System32\cmd.exe"`, `".\tools\x.exe"`): its name follows the
 * last backslash. Unquoted backslashes are escapes, already gone. */
function windowsPath(word: string): boolean {
  return word.includes('\\') && (/^[A-Za-z]:\\/.test(word) || word.startsWith('.\\') || word.startsWith('..\\') || word.startsWith('\\\\'));
}

/**
 * The name rules match on: the basename, lower-cased. macOS and Windows file systems ignore case, so `PSQL` and `Rm` run
 * psql and rm there, and PowerShell's cmdlets ignore case everywhere; on Linux such a name finds no program, so reading
 * it as the lower-case one costs nothing. An expansion the parser could not resolve stays as written.
 */
function commandName(word: string, dynamic: boolean): string {
  const name = normalizeDashes(basename(word));
  return dynamic ? name : name.toLowerCase();
}

function textOf(inv: Invocation): string {
  const first = inv.words[0];
  const last = inv.words[inv.words.length - 1];
  if (first && first.start >= 0 && last.end >= 0) return inv.src.slice(first.start, Math.max(last.end, inv.end));
  if (!first) return inv.src.slice(inv.start, inv.end);
  return inv.words.map((w) => (/[\s'"\\$`]/.test(w.value) || w.value === '' ? `'${w.value.replace(/'/g, "'\\''")}'` : w.value)).join(' ');
}

/** `$NAME`, `${NAME}`, `${NAME:-word}` (and `-`, `:=`, `=`, `:+`, `+`), and positional `$@` `$*` `$1`…`$9`. */
const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)|\$(\{[@*1-9]\}|[@*1-9])/g;

/** Brace expansion of a command word: `{rm,-rf,/}` → `rm -rf /`, `r{m,}` → `rm r`. One unnested group only. */
function expandBraces(word: Word): Word[] | null {
  const m = /^([^{}]*)\{([^{}]*,[^{}]*)\}([^{}]*)$/.exec(word.value);
  if (!m || word.quoted) return null;
  const parts = m[2].split(',').map((p) => `${m[1]}${p}${m[3]}`).filter((p) => p.length > 0);
  return parts.length > 0 ? parts.map(syntheticWord) : null;
}

/**
 * The command name when the first word is an expansion that can be read from the line itself: a variable assigned
 * earlier (`X=rm; $X`), or a substitution that prints literals (`$(echo rm)`). Returns the words it expands to, or null.
 */
function resolveName(word: Word, ctx: ParseContext): Word[] | null {
  let unknown = false;
  const replaced = word.value.replace(VARIABLE, (whole, braced?: string, op?: string, fallback?: string, bare?: string, special?: string) => {
    // `r$@m`, `rm${IFS}-rf`: positional parameters are empty in a fresh shell, IFS splits on blanks.
    if (special !== undefined) return '';
    const name = braced ?? bare ?? '';
    const value = ctx.variable(name) ?? (name === 'IFS' ? ' ' : undefined);
    if (value !== undefined && !(op?.startsWith(':') && value === '')) return value;
    // `${X:-rm}`: the fallback is what runs when the line never set X.
    if (op && op !== ':+' && op !== '+') return fallback ?? '';
    unknown = true;
    return whole;
  });
  let text: string | null = null;
  if (!unknown && !/[$`]/.test(replaced)) text = replaced;
  // The user's own shell: whatever it is, it reads `-c` and stdin like sh.
  else if (/^\$(\{SHELL\}|SHELL|\{BASH\}|BASH)$/.test(word.value)) text = 'sh';
  else text = wholeSubstitution(word)?.output ?? null;
  if (text === null) return null;
  const parts = text.split(/\s+/).filter((p) => p.length > 0);
  return parts.length > 0 ? parts.map(syntheticWord) : null;
}

/**
 * Emits one command (and what it wraps); adds the commands that stand for it in a pipeline to `out`. (Added to the
 * caller's list rather than returned in a new one: every command of every line comes through here.)
 */
function run(inv: Invocation, ctx: ParseContext, out: SimpleCommand[]): void {
  let words = inv.words;
  let dynamicName = false;
  // A lone `[` is the test command: a bracket that is never closed matches nothing, so the shell runs it as written.
  if (words.length > 0 && (words[0].expansion || (words[0].glob && words[0].value !== '['))) {
    const resolved = words[0].expansion ? resolveName(words[0], ctx) : expandBraces(words[0]);
    if (resolved) words = [...resolved, ...words.slice(1)];
    else {
      dynamicName = true;
      ctx.problem('dynamic-command', `the command name "${words[0].value}" is only known when the shell runs it`);
    }
  }
  const argv = words.map((w) => w.value);
  const cmd: SimpleCommand = {
    argv,
    name: argv.length > 0 ? commandName(argv[0], dynamicName) : '',
    assignments: inv.assignments,
    redirects: inv.redirects,
    pipedInput: inv.pipe !== undefined,
    pipelineBefore: inv.pipe ?? NO_COMMANDS,
    via: inv.via,
    text: textOf(inv),
  };
  if (inv.stdinText !== undefined) cmd.stdinText = inv.stdinText;
  if (dynamicName) cmd.dynamicName = true;
  else {
    const called = ctx.functionNamed(argv[0]);
    if (called) cmd.calls = called;
  }
  if (DECLARING.has(cmd.name)) {
    for (const w of words.slice(1)) if (w.assignEq > 0) rememberVariable(ctx, assignmentOf(w), w);
  }

  const inner = dynamicName ? null : unwrap(words, cmd);
  if (inner?.problem) ctx.problem('undecodable', inner.problem);
  if (!inner || ctx.tooDeep(inv.via.length + 1)) {
    ctx.emit(cmd);
    out.push(cmd);
    return;
  }
  if (inner.keepSelf) {
    ctx.emit(cmd);
    out.push(cmd);
  }
  const via = [...inv.via, inner.via];
  // The command itself stands for what it runs when it is kept; else the commands it runs do.
  const ran: SimpleCommand[] = inner.keepSelf ? [] : out;
  const from = out.length;
  for (const innerWords of inner.commands) {
    run({
      src: inv.src,
      words: innerWords,
      start: innerWords[0].start >= 0 ? innerWords[0].start : inv.start,
      end: innerWords[innerWords.length - 1] === inv.words[inv.words.length - 1] ? inv.end : innerWords[innerWords.length - 1].end,
      assignments: [...inv.assignments, ...inner.assignments],
      redirects: inv.redirects,
      stdinText: inv.stdinText,
      via,
      pipe: inv.pipe,
    }, ctx, ran);
  }
  for (const script of inner.scripts) {
    for (const c of expandSource(script, ctx, { via, assignments: [...inv.assignments, ...inner.assignments], redirects: [] })) ran.push(c);
  }
  if (!inner.keepSelf && out.length === from) out.push(cmd);
}
