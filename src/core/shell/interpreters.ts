// Inline interpreter code (`python -c`, `node -e`, `perl -e`, `ruby -e`, `php -r`, `deno eval`, `bun -e`, …).
// The code itself is not run or understood; it is only searched for calls that obviously hand a literal to a shell
// or start a program (`os.system('…')`, `subprocess.run([...])`, `execSync('…')`, perl/ruby backticks), so the
// commands inside can be checked like any other.
import { normalizeDashes } from './args';
import { decodeEscapes } from './decode';

interface Language {
  /** Options whose value is the program (`-c`, `-e`); a short cluster ending in one of `clusterLetters` counts too. */
  codeFlags: readonly string[];
  clusterLetters: string;
  /** Matches a call that runs a command; group 1 is the function name. */
  calls: RegExp;
  /** `` `cmd` `` runs a shell command (perl, ruby, php); `qx{}` / `%x{}` as well. */
  backticks: boolean;
  /** Single-quoted strings keep backslashes (perl, ruby, php, shell-like). */
  literalSingleQuotes: boolean;
}

const PYTHON: Language = {
  codeFlags: ['-c'],
  clusterLetters: 'c',
  calls: /(?<![\w$])(system|popen|getoutput|getstatusoutput|check_output|check_call|call|run|Popen|spawn|spawnl|spawnlp|spawnv|spawnvp|execl|execlp|execv|execvp)\s*\(/g,
  backticks: false,
  literalSingleQuotes: false,
};

const JAVASCRIPT: Language = {
  codeFlags: ['-e', '--eval', '-p', '--print'],
  clusterLetters: '',
  calls: /(?<![\w$])(execSync|exec|spawnSync|spawn|execFileSync|execFile|fork|Command|\$)\s*(?:\(|(?=`))/g,
  backticks: false,
  literalSingleQuotes: false,
};

const PERL: Language = {
  codeFlags: ['-e', '-E'],
  clusterLetters: 'eE',
  calls: /(?<![\w$])(system|exec|readpipe|open)\s*(?:\(|(?=["']))/g,
  backticks: true,
  literalSingleQuotes: true,
};

const RUBY: Language = {
  codeFlags: ['-e'],
  clusterLetters: 'e',
  calls: /(?<![\w$])(system|exec|spawn|popen|popen2|popen3|capture2|capture2e|capture3|pipeline)\s*(?:\(|(?=["']))/g,
  backticks: true,
  literalSingleQuotes: true,
};

const PHP: Language = {
  codeFlags: ['-r'],
  clusterLetters: '',
  calls: /(?<![\w$])(system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec)\s*\(/g,
  backticks: true,
  literalSingleQuotes: true,
};

const LUA: Language = {
  codeFlags: ['-e'],
  clusterLetters: '',
  calls: /(?<![\w$])(execute|popen)\s*(?:\(|(?=["']))/g,
  backticks: false,
  literalSingleQuotes: false,
};

const APPLESCRIPT: Language = {
  codeFlags: ['-e'],
  clusterLetters: '',
  calls: /(do shell script)\s*(?=")/g,
  backticks: false,
  literalSingleQuotes: false,
};

const INTERPRETER_NAME = /^(python|pypy|node|nodejs|bun|deno|perl|ruby|jruby|php|lua|osascript)/;

/** Cheap first test, so ordinary commands skip the interpreter readers. */
export function mayBeInterpreter(name: string): boolean {
  return INTERPRETER_NAME.test(name);
}

function languageOf(name: string): Language | null {
  if (/^(python|pypy)[0-9.]*$/.test(name)) return PYTHON;
  if (name === 'node' || name === 'nodejs' || name === 'bun' || name === 'deno') return JAVASCRIPT;
  if (/^perl[0-9.]*$/.test(name)) return PERL;
  if (/^(ruby|jruby)[0-9.]*$/.test(name)) return RUBY;
  if (/^php[0-9.]*$/.test(name)) return PHP;
  if (/^lua(jit)?[0-9.]*$/.test(name)) return LUA;
  if (name === 'osascript') return APPLESCRIPT;
  return null;
}

export interface InlineCode {
  /** `python3 -c`, `node -e`, `deno eval`, `python3 stdin`. */
  via: string;
  /** Shell command lines found in the code. */
  scripts: string[];
  /** Programs started directly (argv lists). */
  commands: string[][];
}

/** The inline program of an interpreter command line, and the flag that carried it. */
function programOf(name: string, argv: readonly string[], lang: Language, stdinText: string | undefined): { code: string; via: string } | null {
  if (name === 'deno' && argv[1] === 'eval') return argv[2] === undefined ? null : { code: argv.slice(2).join(' '), via: 'deno eval' };
  const parts: string[] = [];
  let flag = '';
  let sawOperand = false;
  for (let i = 1; i < argv.length; i++) {
    const a = normalizeDashes(argv[i]);
    if (a === '--') break;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0 && lang.codeFlags.includes(a.slice(0, eq))) {
      parts.push(argv[i].slice(eq + 1));
      flag ||= a.slice(0, eq);
      continue;
    }
    if (lang.codeFlags.includes(a) || (lang.clusterLetters && /^-[a-zA-Z]+$/.test(a) && lang.clusterLetters.includes(a[a.length - 1]))) {
      if (argv[i + 1] !== undefined) parts.push(argv[i + 1]);
      flag ||= lang.codeFlags.includes(a) ? a : `-${a[a.length - 1]}`;
      i++;
      // python -c stops option parsing: the rest are the program's arguments.
      if (lang === PYTHON) break;
      continue;
    }
    if (!a.startsWith('-')) {
      sawOperand = true;
      break;
    }
  }
  if (parts.length > 0) return { code: parts.join('\n'), via: `${name} ${flag}` };
  if (!sawOperand && stdinText !== undefined) return { code: stdinText, via: `${name} stdin` };
  return null;
}

/** Reads a string literal at `at` (after optional Python prefixes); null when there is none. */
function readLiteral(code: string, at: number, lang: Language): { text: string; end: number } | null {
  let i = at;
  while (i < code.length && /\s/.test(code[i])) i++;
  let raw = false;
  if (lang === PYTHON) {
    const prefix = /^[rRbBuUfF]{1,2}(?=['"])/.exec(code.slice(i, i + 3));
    if (prefix) {
      raw = /[rR]/.test(prefix[0]);
      i += prefix[0].length;
    }
  }
  const q = code[i];
  if (q !== '"' && q !== "'" && q !== '`') return null;
  const triple = lang === PYTHON && code.startsWith(q.repeat(3), i);
  const open = triple ? 3 : 1;
  let j = i + open;
  while (j < code.length) {
    if (code[j] === '\\') {
      j += 2;
      continue;
    }
    if (triple ? code.startsWith(q.repeat(3), j) : code[j] === q) break;
    j++;
  }
  const body = code.slice(i + open, Math.min(j, code.length));
  const keep = raw || (q === "'" && lang.literalSingleQuotes);
  const text = keep ? body.replace(/\\([\\'])/g, '$1') : decodeEscapes(body, 'ansi-c');
  return { text, end: Math.min(j + open, code.length) };
}

/** Reads a list literal `[ 'a', "b" ]` at `at`; null when it is not a list of string literals. */
function readList(code: string, at: number, lang: Language): { items: string[]; end: number } | null {
  let i = at;
  while (i < code.length && /\s/.test(code[i])) i++;
  if (code[i] !== '[') return null;
  i++;
  const items: string[] = [];
  for (;;) {
    while (i < code.length && /[\s,]/.test(code[i])) i++;
    if (code[i] === ']') return { items, end: i + 1 };
    const lit = readLiteral(code, i, lang);
    if (!lit) return null;
    items.push(lit.text);
    i = lit.end;
  }
}

/** The arguments of a call starting after its `(`: leading string literals and list literals. */
function readCallArguments(code: string, at: number, lang: Language): { strings: string[]; list: string[] | null; firstIsList: boolean } {
  const strings: string[] = [];
  let list: string[] | null = null;
  let firstIsList = false;
  let i = at;
  for (let n = 0; n < 16; n++) {
    const lit = readLiteral(code, i, lang);
    if (lit) {
      strings.push(lit.text);
      i = lit.end;
    } else {
      const l = readList(code, i, lang);
      if (!l) break;
      if (n === 0) firstIsList = true;
      list = l.items;
      i = l.end;
    }
    while (i < code.length && /\s/.test(code[i])) i++;
    if (code[i] !== ',') break;
    i++;
  }
  return { strings, list, firstIsList };
}

const QUOTED_COMMAND = /(?:`([^`]*)`|(?:\bqx|%x)\s*(?:\{([^}]*)\}|\(([^)]*)\)|\/([^/]*)\/|\[([^\]]*)\]))/g;

/** Finds the shell commands an inline program obviously runs. */
export function inlineCode(name: string, argv: readonly string[], stdinText: string | undefined): InlineCode | null {
  const lang = languageOf(name);
  if (!lang) return null;
  const program = programOf(name, argv, lang, stdinText);
  if (!program) return null;
  const { code } = program;
  const found: InlineCode = { via: program.via, scripts: [], commands: [] };
  lang.calls.lastIndex = 0;
  for (let m = lang.calls.exec(code); m; m = lang.calls.exec(code)) {
    const args = readCallArguments(code, m.index + m[0].length, lang);
    if (args.firstIsList && args.list) found.commands.push(args.list);
    else if (args.strings.length > 1 || (args.strings.length === 1 && args.list)) found.commands.push([...args.strings, ...(args.list ?? [])]);
    else if (args.strings.length === 1) {
      // perl `open(F, "cmd |")` / `open(F, "-|", "cmd")`: only when it is a pipe.
      if (m[1] === 'open' && !/^\s*\|.+|.+\|\s*$/.test(args.strings[0])) continue;
      found.scripts.push(m[1] === 'open' ? args.strings[0].replace(/^\s*\||\|\s*$/g, '') : args.strings[0]);
    }
  }
  if (lang.backticks) {
    QUOTED_COMMAND.lastIndex = 0;
    for (let m = QUOTED_COMMAND.exec(code); m; m = QUOTED_COMMAND.exec(code)) {
      const text = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
      if (text && text.trim()) found.scripts.push(text);
    }
  }
  return found;
}
