// Reading flags and operands out of a simple command's argv the way most CLIs do (GNU getopt_long style).
// Rules use these instead of ad-hoc string checks so `-rf`, `-r -f`, `-fr`, `--recursive` all read the same.

/** Words after argv[0] up to a lone `--` are options-or-operands; everything after `--` is operands. */
function splitAtDoubleDash(argv: readonly string[]): { options: string[]; rest: string[] } {
  const args = argv.slice(1);
  const dd = args.indexOf('--');
  return dd < 0 ? { options: args, rest: [] } : { options: args.slice(0, dd), rest: args.slice(dd + 1) };
}

const UNICODE_DASHES = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/;

/** Normalises unicode dashes that look like `-` (en dash, em dash, minus sign, …) at the start of a word. */
export function normalizeDashes(word: string): string {
  return word.replace(UNICODE_DASHES, (m) => '-'.repeat(m.length));
}

/**
 * The ways a word may be meant. A single unicode dash is often an autocorrected `--` (`—hard`, `–force`), and
 * sometimes a mistyped `-` (`–rf`): such a word is read both ways, so neither spelling slips past a rule.
 */
function readings(word: string): string[] {
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
  const { options } = splitAtDoubleDash(argv);
  for (const raw of options) {
    for (const word of readings(raw)) {
      if (word.startsWith('--')) {
        const name = word.split('=')[0];
        if (longs.includes(name)) return true;
      } else if (word.startsWith('-') && word.length > 1 && letters) {
        for (const ch of word.slice(1)) if (letters.includes(ch)) return true;
      }
    }
  }
  return false;
}

/** True if a long option (exactly, or as a `--name=value`) or an exact short word (e.g. `-rf`) is present. */
export function hasWord(argv: readonly string[], ...words: string[]): boolean {
  return argv.slice(1).some((w) => readings(w).some((r) => words.includes(r) || words.includes(r.split('=')[0])));
}

/**
 * Value of an option: `--name value`, `--name=value`, `-n value`, `-nvalue` (short only when `short` is given).
 * Returns the first occurrence.
 */
export function flagValue(argv: readonly string[], longs: string[], short?: string): string | undefined {
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const word = normalizeDashes(args[i]);
    if (word === '--') break;
    for (const long of longs) {
      if (word === long) return args[i + 1];
      if (word.startsWith(`${long}=`)) return word.slice(long.length + 1);
    }
    if (short && word.startsWith(`-${short}`) && !word.startsWith('--')) {
      return word.length > 2 ? word.slice(2) : args[i + 1];
    }
  }
  return undefined;
}

/**
 * Operands: words that are not options. `valueFlags` lists options that take a separate value (`-n`, `--namespace`)
 * so their value is not mistaken for an operand.
 */
export function operands(argv: readonly string[], valueFlags: readonly string[] = []): string[] {
  const { options, rest } = splitAtDoubleDash(argv);
  const out: string[] = [];
  for (let i = 0; i < options.length; i++) {
    const word = normalizeDashes(options[i]);
    if (word.startsWith('-') && word.length > 1) {
      if (valueFlags.includes(word)) i++;
      continue;
    }
    out.push(options[i]);
  }
  return [...out, ...rest];
}

/** True when operands start with the given words, e.g. `startsWith(argv, ['volume', 'delete'])`. */
export function subcommandIs(argv: readonly string[], words: readonly string[], valueFlags: readonly string[] = []): boolean {
  const ops = operands(argv, valueFlags);
  return words.every((w, i) => ops[i]?.toLowerCase() === w);
}
