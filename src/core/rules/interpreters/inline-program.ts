// The program an interpreter runs from its command line or a heredoc (`python3 -c '…'`, `node -e '…'`, `perl -E '…'`,
// `ruby -e '…'`, `php -r '…'`, `deno eval '…'`, `bun -e '…'`, `python3 - <<EOF … EOF`), and small readers over that
// code text (string literals blanked, call arguments) shared by the interpreters rules. The code is never run.
// (src/core/shell/interpreters.ts reads the same flags to pull shell commands out of the code; its reader is private.)
import { normalizeDashes } from '../../shell/args';
import { mayBeInterpreter } from '../../shell/interpreters';
import type { SimpleCommand } from '../../shell/types';
import { readOnce } from '../read-once';

export type Language = 'python' | 'javascript' | 'perl' | 'ruby' | 'php';

export interface InlineProgram {
  language: Language;
  code: string;
  /** How the code was given, for messages: `python3 -c`, `node -e`, `a heredoc`. */
  via: string;
}

const LANGUAGES: readonly { name: RegExp; language: Language; flags: readonly string[]; clusterLetters: string }[] = [
  { name: /^(python|pypy)[0-9.]*$/, language: 'python', flags: ['-c'], clusterLetters: 'c' },
  { name: /^(node|nodejs|bun)$/, language: 'javascript', flags: ['-e', '--eval', '-p', '--print'], clusterLetters: '' },
  { name: /^perl[0-9.]*$/, language: 'perl', flags: ['-e', '-E'], clusterLetters: 'eE' },
  { name: /^(ruby|jruby)[0-9.]*$/, language: 'ruby', flags: ['-e'], clusterLetters: 'e' },
  { name: /^php[0-9.]*$/, language: 'php', flags: ['-r'], clusterLetters: '' },
];

/** The inline program of an interpreter command. Five rules that see every command read it, so other names return at
 * once and an interpreter's command is read once. */
export function readInlineProgram(command: SimpleCommand): InlineProgram | null {
  return mayBeInterpreter(command.name) ? programOnce(command) : null;
}

const programOnce = readOnce(readProgram);

function readProgram(command: SimpleCommand): InlineProgram | null {
  const { argv, name } = command;
  if (name === 'deno') {
    if (argv[1] !== 'eval') return null;
    const code = argv.slice(2).filter((a) => !a.startsWith('-')).join(' ');
    return code ? { language: 'javascript', code, via: 'deno eval' } : null;
  }
  const lang = LANGUAGES.find((l) => l.name.test(name));
  if (!lang) return null;
  const parts: string[] = [];
  let via = '';
  let sawScript = false;
  for (let i = 1; i < argv.length; i++) {
    const a = normalizeDashes(argv[i]);
    if (a === '--') break;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0 && lang.flags.includes(a.slice(0, eq))) {
      parts.push(argv[i].slice(eq + 1));
      via ||= `${name} ${a.slice(0, eq)}`;
      continue;
    }
    const cluster = lang.clusterLetters !== '' && /^-[A-Za-z]+$/.test(a) && lang.clusterLetters.includes(a[a.length - 1]);
    if (lang.flags.includes(a) || cluster) {
      if (argv[i + 1] !== undefined) parts.push(argv[i + 1]);
      via ||= `${name} ${lang.flags.includes(a) ? a : `-${a[a.length - 1]}`}`;
      i++;
      if (lang.language === 'python') break;
      continue;
    }
    // `python -m module`: runs a module, not inline code.
    if (lang.language === 'python' && /^-[A-Za-z]*m/.test(a)) return null;
    if (a !== '-' && !a.startsWith('-')) {
      sawScript = true;
      break;
    }
  }
  if (parts.length > 0) return { language: lang.language, code: parts.join('\n'), via };
  if (!sawScript && command.stdinText !== undefined) return { language: lang.language, code: command.stdinText, via: `${name} reading a heredoc` };
  return null;
}

/** The code with the contents of every string literal replaced by spaces (same length), so names inside strings
 * are not read as calls and offsets still line up with the original. Comments are blanked too. */
export function blankStrings(code: string, language: Language): string {
  // inline-delete and inline-shell-out blank the same program in turn: the last answer is kept.
  if (lastBlanked?.code === code && lastBlanked.language === language) return lastBlanked.blanked;
  const blanked = blankStringsOf(code, language);
  lastBlanked = { code, language, blanked };
  return blanked;
}

let lastBlanked: { code: string; language: Language; blanked: string } | undefined;

function blankStringsOf(code: string, language: Language): string {
  const out = code.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if ((c === '#' && language !== 'javascript') || (c === '/' && code[i + 1] === '/' && language !== 'python' && language !== 'perl' && language !== 'ruby')) {
      const end = code.indexOf('\n', i);
      blank(i, end < 0 ? code.length : end);
      i = end < 0 ? code.length : end;
      continue;
    }
    // Regular-expression literals (`/unlink/`, `m/rm/`) in perl, ruby and JavaScript, where a value cannot stand.
    if (c === '/' && language !== 'python' && language !== 'php' && startsRegex(code, i)) {
      let j = i + 1;
      while (j < code.length && code[j] !== '/' && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
      blank(i + 1, j);
      i = j + 1;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      const triple = language === 'python' && code.startsWith(c.repeat(3), i);
      const open = triple ? 3 : 1;
      let j = i + open;
      while (j < code.length && !(triple ? code.startsWith(c.repeat(3), j) : code[j] === c)) j += code[j] === '\\' ? 2 : 1;
      blank(i + open, j);
      i = Math.min(j + open, code.length);
      continue;
    }
    i++;
  }
  return out.join('');
}

/** True when a `/` at `at` opens a regex: after an operator, an opening bracket, `m`, or a keyword such as `if`. */
function startsRegex(code: string, at: number): boolean {
  const before = code.slice(0, at).replace(/\s+$/, '');
  if (before === '') return true;
  if (/(^|[^\w$])(m|qr|if|unless|and|or|not|return|split|grep|when)$/.test(before)) return true;
  return /[(,=:[!&|?{};~]$/.test(before);
}

/** The text between the `(` at or after `at` and its matching `)`, read on blanked code; undefined if no `(` follows. */
export function callArgumentSpan(blanked: string, at: number): { start: number; end: number } | undefined {
  let i = at;
  while (i < blanked.length && /[ \t]/.test(blanked[i])) i++;
  if (blanked[i] !== '(') return undefined;
  let depth = 0;
  for (let j = i; j < blanked.length; j++) {
    if (blanked[j] === '(' || blanked[j] === '[' || blanked[j] === '{') depth++;
    else if (blanked[j] === ')' || blanked[j] === ']' || blanked[j] === '}') {
      depth--;
      if (depth === 0) return { start: i + 1, end: j };
    }
  }
  return { start: i + 1, end: blanked.length };
}

/** The first argument's text (top-level comma split on blanked code), taken from the original code. */
export function firstArgument(code: string, blanked: string, span: { start: number; end: number }): string {
  let depth = 0;
  for (let j = span.start; j < span.end; j++) {
    const c = blanked[j];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) return code.slice(span.start, j).trim();
  }
  return code.slice(span.start, span.end).trim();
}

/** When `text` is exactly one string literal (Python r/b/u prefixes allowed), its contents; else undefined. */
export function plainLiteral(text: string): { value: string; quote: string; prefix: string } | undefined {
  const m = /^([rRbBuUfF]{0,2})(['"`])([\s\S]*)\2$/.exec(text.trim());
  if (!m) return undefined;
  const [, prefix, quote, value] = m;
  // `'a' + 'b'`: two literals, not one.
  if (UNESCAPED_QUOTE[quote].test(value)) return undefined;
  return { value, quote, prefix };
}

/** Each quote not preceded by a backslash (built once: a RegExp made per call is compiled per call). */
const UNESCAPED_QUOTE: Record<string, RegExp> = { "'": /(?<!\\)'/, '"': /(?<!\\)"/, '`': /(?<!\\)`/ };

/** True when a literal interpolates run-time values: f-strings, `${…}` templates, `#{…}`, or `$var` in "…" (perl/php). */
export function interpolates(literal: { value: string; quote: string; prefix: string }, language: Language): boolean {
  if (/f/i.test(literal.prefix) && /\{[^}]*\}/.test(literal.value)) return true;
  if (literal.quote === '`' && /\$\{/.test(literal.value)) return true;
  if (language === 'ruby' && literal.quote !== "'" && /#\{/.test(literal.value)) return true;
  if ((language === 'perl' || language === 'php') && literal.quote !== "'" && /[$@][A-Za-z_{]/.test(literal.value)) return true;
  return false;
}
