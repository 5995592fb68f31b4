// Reading flags and operands out of a simple command's argv the way most CLIs do (GNU getopt_long style).
// Rules use these instead of ad-hoc string checks so `-rf`, `-r -f`, `-fr`, `--recursive` all read the same.

// These run for every word of every command a rule reads, so they loop over argv in place rather than slice it.

/** Index in argv of the lone `--` after which every word is an operand, or argv.length when there is none. */
function endOfOptions(argv: readonly string[]): number {
  const dd = argv.indexOf('--', 1);
  return dd < 0 ? argv.length : dd;
}

const UNICODE_DASHES = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/;

/** True when the word starts with one of UNICODE_DASHES (checked on the first code unit: ASCII words skip the regex). */
function startsWithUnicodeDash(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x2010 && (c <= 0x2015 || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d);
}

/** Normalises unicode dashes that look like `-` (en dash, em dash, minus sign, …) at the start of a word. */
export function normalizeDashes(word: string): string {
  return startsWithUnicodeDash(word) ? word.replace(UNICODE_DASHES, (m) => '-'.repeat(m.length)) : word;
}

/**
 * The ways a word may be meant. A single unicode dash is often an autocorrected `--` (`—hard`, `–force`), and
 * sometimes a mistyped `-` (`–rf`): such a word is read both ways, so neither spelling slips past a rule.
 */
function readings(word: string): string[] {
  if (!startsWithUnicodeDash(word)) return [word];
  const normal = normalizeDashes(word);
  const dashes = UNICODE_DASHES.exec(word);
  if (dashes && dashes[0].length === 1 && word.length > 2) return [normal, `-${normal}`];
  return [normal];
}

/**
 * True if any short-option cluster contains `letter` (`-rf` has r and f) or any long option equals one of `longs`
 * (with or without `=value`). Short clusters are only read before `--`.
 */
export function hasFlag(argv: readonly string[], letters: string, ...longs: string[]): boolean {
  const end = endOfOptions(argv);
  for (let i = 1; i < end; i++) {
    const raw = argv[i];
    if (startsWithUnicodeDash(raw) ? readings(raw).some((word) => isFlag(word, letters, longs)) : isFlag(raw, letters, longs)) return true;
  }
  return false;
}

function isFlag(word: string, letters: string, longs: readonly string[]): boolean {
  if (word.startsWith('--')) {
    const eq = word.indexOf('=');
    return longs.includes(eq < 0 ? word : word.slice(0, eq));
  }
  if (word.startsWith('-') && word.length > 1 && letters) {
    for (let k = 1; k < word.length; k++) if (letters.includes(word[k])) return true;
  }
  return false;
}

/** True if a long option (exactly, or as a `--name=value`) or an exact short word (e.g. `-rf`) is present. */
export function hasWord(argv: readonly string[], ...words: string[]): boolean {
  const isWord = (r: string) => {
    const eq = r.indexOf('=');
    return words.includes(r) || words.includes(eq < 0 ? r : r.slice(0, eq));
  };
  for (let i = 1; i < argv.length; i++) {
    if (startsWithUnicodeDash(argv[i]) ? readings(argv[i]).some(isWord) : isWord(argv[i])) return true;
  }
  return false;
}

/**
 * Value of an option: `--name value`, `--name=value`, `-n value`, `-nvalue` (short only when `short` is given).
 * Returns the first occurrence.
 */
export function flagValue(argv: readonly string[], longs: string[], short?: string): string | undefined {
  for (let i = 1; i < argv.length; i++) {
    const word = normalizeDashes(argv[i]);
    if (word === '--') break;
    if (!word.startsWith('-')) continue;
    for (const long of longs) {
      if (word === long) return argv[i + 1];
      if (word.length > long.length && word[long.length] === '=' && word.startsWith(long)) return word.slice(long.length + 1);
    }
    if (short && word[1] === short[0] && word.startsWith(`-${short}`) && word[1] !== '-') {
      return word.length > 2 ? word.slice(2) : argv[i + 1];
    }
  }
  return undefined;
}

/**
 * Operands: words that are not options. `valueFlags` lists options that take a separate value (`-n`, `--namespace`)
 * so their value is not mistaken for an operand.
 */
export function operands(argv: readonly string[], valueFlags: readonly string[] = []): string[] {
  const end = endOfOptions(argv);
  const out: string[] = [];
  for (let i = 1; i < end; i++) {
    const word = normalizeDashes(argv[i]);
    if (word.startsWith('-') && word.length > 1) {
      // A value never reaches past `--`: `-n -- x` leaves x an operand.
      if (valueFlags.includes(word)) i++;
      continue;
    }
    out.push(argv[i]);
  }
  for (let i = end + 1; i < argv.length; i++) out.push(argv[i]);
  return out;
}

/** True when operands start with the given words, e.g. `startsWith(argv, ['volume', 'delete'])`. */
export function subcommandIs(argv: readonly string[], words: readonly string[], valueFlags: readonly string[] = []): boolean {
  const ops = operands(argv, valueFlags);
  return words.every((w, i) => ops[i]?.toLowerCase() === w);
}
