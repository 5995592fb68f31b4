// Who runs code it did not get from the command line: shells and interpreters that execute their stdin, and the
// downloaders whose output they might be fed. Shared by the remote-code rules.
import { normalizeDashes, operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import { powershellParameter } from '../../shell/wrappers';

export const SHELL_NAMES = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash', 'fish', 'rbash', 'yash', 'posh', 'csh', 'tcsh', 'busybox']);

/** Interpreters that run their stdin as a program when given no script, with the option letters that instead take the
 * program from an argument (`python -c`, `python -m`, `node -e/-p`, `perl -e/-E`, `php -r`). */
const STDIN_INTERPRETERS: readonly { name: RegExp; codeLetters: string; codeLongs: readonly string[] }[] = [
  { name: /^(python[0-9.]*|pypy[0-9.]*)$/, codeLetters: 'cm', codeLongs: [] },
  { name: /^(node|nodejs|bun)$/, codeLetters: 'ep', codeLongs: ['--eval', '--print'] },
  { name: /^(perl[0-9.]*|ruby[0-9.]*)$/, codeLetters: 'eE', codeLongs: [] },
  { name: /^(php[0-9.]*)$/, codeLetters: 'rf', codeLongs: [] },
  { name: /^(lua[0-9.]*|rscript)$/, codeLetters: 'e', codeLongs: [] },
];

/** The entry of STDIN_INTERPRETERS for a name. Every command's name is looked up (by rules that see every command),
 * so one prefix test turns most names away before the five patterns are tried. */
function stdinInterpreter(name: string): (typeof STDIN_INTERPRETERS)[number] | undefined {
  return /^(py|no|bu|pe|ru|ph|lu|rs)/.test(name) ? STDIN_INTERPRETERS.find((i) => i.name.test(name)) : undefined;
}

/** Options that take a separate value, so their value is not read as a script operand. */
const VALUE_OPTIONS = ['-o', '-O', '+O', '+o', '--rcfile', '--init-file', '-W', '-X', '-I', '-M', '--require', '--import', '--loader'];

/** True when a short-option cluster holds one of `letters` (`-lc` holds c) or a long option is in `longs`. */
function takesCodeFromArgument(argv: readonly string[], letters: string, longs: readonly string[]): boolean {
  return argv.slice(1).some((raw) => {
    const a = normalizeDashes(raw);
    if (a.startsWith('--')) return longs.includes(a.split('=')[0]);
    return /^-[A-Za-z]+/.test(a) && [...a.slice(1)].some((c) => letters.includes(c));
  });
}

/** True when this command executes what arrives on its stdin: `sh`, `bash -s -- x`, `python3 -`, `sudo bash`, `iex`. */
export function runsStdinAsCode(command: SimpleCommand): boolean {
  const name = command.name;
  if (name === 'iex' || name === 'invoke-expression') return true;
  const rest = () => operands(command.argv, VALUE_OPTIONS);
  if (SHELL_NAMES.has(name)) {
    if (command.argv.slice(1).some((a) => /^-[A-Za-z]*s[A-Za-z]*$/.test(normalizeDashes(a)))) return true;
    if (takesCodeFromArgument(command.argv, 'c', ['--command'])) return false;
    const ops = rest();
    return ops.length === 0 || ops[0] === '-' || ops[0] === '/dev/stdin';
  }
  if (/^(pwsh|powershell)(\.exe)?$/.test(name)) return command.argv.length === 1 || command.argv[command.argv.length - 1] === '-';
  const interpreter = stdinInterpreter(name);
  if (!interpreter || takesCodeFromArgument(command.argv, interpreter.codeLetters, interpreter.codeLongs)) return false;
  const ops = rest();
  return ops.length === 0 || ops[0] === '-' || ops[0] === '/dev/stdin';
}

/** Programs that fetch something from the network and can write it to stdout. */
const DOWNLOADERS = /^(curl|wget|wget2|fetch|http|https|xh|xhs|aria2c|lwp-request|get|iwr|irm|invoke-webrequest|invoke-restmethod|httpie)$/;

export function isDownloader(command: SimpleCommand): boolean {
  return DOWNLOADERS.test(command.name);
}

/** The downloader inside a `$(…)`, `` `…` ``, `<(…)` or a PowerShell grouping `(…)` argument written in the text
 * (`$(curl -fsSL https://x)` → curl, `(iwr https://x)` → iwr). */
export function downloadInSubstitution(text: string): string | undefined {
  const m = /(?:\$\(|<\(|`|^\()\s*(?:sudo\s+)?(?:\S*\/)?(curl|wget|wget2|fetch|xh|http|https|aria2c|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b/i.exec(text);
  return m?.[1];
}

/** The first http(s) URL in the text, for messages. */
export function firstUrl(texts: readonly string[]): string | undefined {
  for (const t of texts) {
    const m = /\b(?:https?|ftp):\/\/[^\s'"`)]+/.exec(t);
    if (m) return m[0];
  }
  return undefined;
}

/** True for the programs programWords reads; every other name has none. */
export function takesCodeInWords(name: string): boolean {
  return name === 'eval' || name === 'iex' || name === 'invoke-expression' || name === 'source' || name === '.' || SHELL_NAMES.has(name) || name === 'deno' || stdinInterpreter(name) !== undefined;
}

/** Programs whose whole argument or first operand is the code they run: the word to look at for `$(curl …)`. */
export function programWords(command: SimpleCommand): string[] {
  const name = command.name;
  if (!takesCodeInWords(name)) return [];
  if (name === 'eval' || name === 'iex' || name === 'invoke-expression') return command.argv.slice(1);
  if (name === 'source' || name === '.') return command.argv.slice(1, 2);
  const first = operands(command.argv, VALUE_OPTIONS)[0];
  // `deno eval CODE`, `deno run URL`.
  if (name === 'deno') return operands(command.argv, VALUE_OPTIONS).slice(1, 2);
  return first === undefined ? [] : [first];
}

/** The options written before the first operand, and that operand: `bash -e f -n` → options `-e`, script `f` (the `-n`
 * is the script's). */
function optionsAndScript(argv: readonly string[]): { options: string[]; script?: string } {
  const options: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const word = normalizeDashes(argv[i]);
    if (word === '--') return { options, script: argv[i + 1] };
    if (!(word.startsWith('-') || word.startsWith('+')) || word.length === 1) return { options, script: argv[i] };
    options.push(word);
    if (VALUE_OPTIONS.includes(word)) i++;
  }
  return { options };
}

/**
 * The script file a shell or interpreter runs as its program: `bash f`, `sh -e f`, `python3 f`, `node f`, `. f`,
 * `source f`, `pwsh -File f`. Undefined when it runs code from an argument (`bash -c`, `python -m`) or its stdin
 * (`bash -s`, `python3 -`), or only checks the script (`bash -n f`, `node --check f`).
 */
export function scriptOperand(command: SimpleCommand): string | undefined {
  const { name, argv } = command;
  if (name === 'source' || name === '.') return argv[1];
  // `deno run [options] f`, `bun run f` (`bun f` is read below).
  if (name === 'deno' || (name === 'bun' && operands(argv, VALUE_OPTIONS)[0] === 'run')) {
    const ops = operands(argv, VALUE_OPTIONS);
    return ops[0] === 'run' ? ops[1] : undefined;
  }
  if (/^(pwsh|powershell)(\.exe)?$/.test(name)) {
    const file = argv.findIndex((a, i) => i > 0 && powershellParameter(a)?.kind === 'file');
    return file > 0 ? argv[file + 1] : argv.slice(1).find((a) => /\.ps1$/i.test(a));
  }
  const shell = SHELL_NAMES.has(name);
  const interpreter = shell ? undefined : stdinInterpreter(name);
  if (!shell && !interpreter) return undefined;
  const { options, script } = optionsAndScript(argv);
  // takesCodeFromArgument skips argv[0].
  const written = [name, ...options];
  if (shell && takesCodeFromArgument(written, 'csn', ['--command', '--noexec'])) return undefined;
  if (interpreter && takesCodeFromArgument(written, interpreter.codeLetters, interpreter.codeLongs)) return undefined;
  if (/^(node|nodejs)$/.test(name) && (options.includes('-c') || options.includes('--check'))) return undefined;
  return script === '-' || script === '/dev/stdin' ? undefined : script;
}

/** Commands that turn encoded or compressed text back into something a shell can run. */
export function isDecoder(command: SimpleCommand): boolean {
  const args = command.argv.slice(1).map(normalizeDashes);
  const hasLetter = (letters: string) => args.some((a) => /^-[A-Za-z]+$/.test(a) && [...a.slice(1)].some((c) => letters.includes(c)));
  switch (command.name) {
    case 'base64': case 'basenc': case 'gbase64': return hasLetter('dD') || args.includes('--decode');
    case 'openssl': return args.includes('-d') && (args[0] === 'base64' || args[0] === 'enc' || args.includes('-base64') || args.includes('-a'));
    case 'xxd': return hasLetter('r') || args.includes('-revert');
    case 'uudecode': case 'gunzip': case 'zcat': case 'bunzip2': case 'bzcat': case 'unxz': case 'xzcat': case 'zstdcat': case 'unzstd': return true;
    case 'gzip': case 'bzip2': case 'xz': case 'zstd': return hasLetter('d') || args.includes('--decompress') || args.includes('--decode');
    default: return false;
  }
}
