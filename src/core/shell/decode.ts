// Turns literal text back into what a program would see: backslash escapes (`$'…'`, `echo -e`, `printf`), the
// output of `echo`/`printf` of literals, and base64. Used to read commands smuggled as data into a shell.
import { normalizeDashes } from './args';
import type { SimpleCommand } from './types';

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
};

function isOctal(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '7';
}

function isHex(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9a-fA-F]$/.test(ch);
}

/**
 * Resolves backslash escapes. `ansi-c` is bash's `$'…'` (`\nnn` octal, `\cX`); `echo` is `echo -e` / printf's `%b`
 * (`\0nnn` octal, `\c` ends the output).
 */
export function decodeEscapes(text: string, mode: 'ansi-c' | 'echo'): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '\\' || i + 1 >= text.length) {
      out += ch;
      continue;
    }
    const n = text[i + 1];
    if (n in SIMPLE_ESCAPES && !(mode === 'echo' && (n === "'" || n === '"' || n === '?'))) {
      out += SIMPLE_ESCAPES[n];
      i++;
    } else if (n === 'x' || n === 'u' || n === 'U') {
      const max = n === 'x' ? 2 : n === 'u' ? 4 : 8;
      let j = i + 2;
      while (j < text.length && j < i + 2 + max && isHex(text[j])) j++;
      if (j === i + 2) {
        out += `\\${n}`;
        i++;
      } else {
        const code = parseInt(text.slice(i + 2, j), 16);
        out += code <= 0x10ffff ? String.fromCodePoint(code) : '';
        i = j - 1;
      }
    } else if (mode === 'echo' && n === 'c') {
      return out;
    } else if (mode === 'ansi-c' && n === 'c' && i + 2 < text.length) {
      out += String.fromCharCode(text.charCodeAt(i + 2) & 0x1f);
      i += 2;
    } else if (isOctal(n)) {
      let j = i + 1;
      if (mode === 'echo' && n === '0') j++;
      const first = j;
      while (j < text.length && j < first + 3 && isOctal(text[j])) j++;
      out += String.fromCharCode(j > first ? parseInt(text.slice(first, j), 8) & 0xff : 0);
      i = j - 1;
    } else {
      out += `\\${n}`;
      i++;
    }
  }
  return out;
}

/** What `echo` prints for these arguments (flags -n -e -E read the way bash's builtin does). */
export function echoOutput(argv: readonly string[]): string {
  let i = 1;
  let escapes = false;
  while (i < argv.length && /^-[neE]+$/.test(argv[i])) {
    if (argv[i].includes('e')) escapes = true;
    if (argv[i].includes('E')) escapes = false;
    i++;
  }
  const text = argv.slice(i).join(' ');
  return escapes ? decodeEscapes(text, 'echo') : text;
}

/** What `printf FORMAT ARGS…` prints, approximately: `%s`/`%b`/`%d` take the next argument, the format repeats. */
export function printfOutput(argv: readonly string[]): string {
  let i = 1;
  if (argv[i] === '--') i++;
  const format = argv[i];
  if (format === undefined) return '';
  const args = argv.slice(i + 1);
  let out = '';
  let used = 0;
  do {
    const round = formatOnce(format, args, used);
    out += round.text;
    if (round.consumed === 0) break;
    used += round.consumed;
  } while (used < args.length);
  return out;
}

function formatOnce(format: string, args: readonly string[], from: number): { text: string; consumed: number } {
  let text = '';
  let consumed = 0;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '%' && i + 1 < format.length) {
      let j = i + 1;
      while (j < format.length && /[-+ #0-9.]/.test(format[j])) j++;
      const conv = format[j];
      if (conv === '%') text += '%';
      else {
        const arg = args[from + consumed] ?? '';
        consumed++;
        text += conv === 'b' ? decodeEscapes(arg, 'echo') : arg;
      }
      i = j;
    } else if (ch === '\\' && i + 1 < format.length) {
      let j = i + 2;
      if (isOctal(format[i + 1])) while (j < format.length && j < i + 4 && isOctal(format[j])) j++;
      else if (format[i + 1] === 'x') while (j < format.length && j < i + 4 && isHex(format[j])) j++;
      text += decodeEscapes(format.slice(i, j), 'ansi-c');
      i = j - 1;
    } else text += ch;
  }
  return { text, consumed };
}

const BASE64_TEXT = /^[A-Za-z0-9+/=_\-\s]+$/;

/** Decodes base64 (standard or URL-safe); null when the text is not base64 or does not decode to text. */
export function decodeBase64(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0 || !BASE64_TEXT.test(compact)) return null;
  const decoded = Buffer.from(compact.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  // Binary output is not shell source.
  if (decoded.includes('\uFFFD') || decoded.includes('\0')) return null;
  return decoded;
}

/** A UTF-16 surrogate without its other half: bytes that are not text. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Decodes PowerShell's `-EncodedCommand`: base64 of UTF-16LE text. Null when the text is not base64, is an odd number of
 * bytes, or decodes to something that is not text (control characters, broken surrogates).
 */
export function decodeUtf16Base64(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  // PowerShell decodes with .NET, which wants whole groups of four characters.
  if (compact.length === 0 || compact.length % 4 !== 0 || !BASE64_TEXT.test(compact)) return null;
  const bytes = Buffer.from(compact.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (bytes.length === 0 || bytes.length % 2 !== 0) return null;
  const decoded = bytes.toString('utf16le').replace(/^\uFEFF/, '');
  if (/[\0-\x08\x0b\x0c\x0e-\x1f\uFFFD]/.test(decoded) || LONE_SURROGATE.test(decoded)) return null;
  return decoded;
}

/** The text a command writes to stdout when it only prints literals: `echo`, `printf`, `cat` of a heredoc. */
export function literalOutput(command: SimpleCommand): string | null {
  if (command.name === 'echo') return echoOutput(command.argv);
  if (command.name === 'printf') return printfOutput(command.argv);
  if (command.name === 'cat' && command.stdinText !== undefined && command.argv.every((a, i) => i === 0 || a === '-')) {
    return command.stdinText;
  }
  return null;
}

function isBase64Decoder(command: SimpleCommand): boolean {
  const args = command.argv.slice(1).map(normalizeDashes);
  const decodeFlag = args.some((a) => a === '--decode' || /^-[a-zA-Z]*[dD]/.test(a));
  if (command.name === 'base64' || command.name === 'basenc' || command.name === 'gbase64') return decodeFlag;
  if (command.name === 'openssl') return args.includes('-d') && (args[0] === 'base64' || args.includes('-base64') || args.includes('-a'));
  return false;
}

/**
 * The shell source fed through a pipeline into a shell, when it can be read: `echo 'cmd' | sh` (pipe-to-shell),
 * `echo <base64> | base64 -d | sh` (base64-to-shell).
 */
export function pipedShellSource(before: readonly SimpleCommand[]): { text: string; via: string } | null {
  const last = before[before.length - 1];
  if (!last) return null;
  if (isBase64Decoder(last)) {
    const encoded = last.stdinText ?? (before.length >= 2 ? literalOutput(before[before.length - 2]) : null);
    const decoded = encoded === null ? null : decodeBase64(encoded);
    return decoded === null ? null : { text: decoded, via: 'base64-to-shell' };
  }
  const text = literalOutput(last);
  return text === null ? null : { text, via: 'pipe-to-shell' };
}
