// The parser's internal syntax tree: what a command line says, before wrappers are unwrapped into SimpleCommands.
// Only the shell parser uses these types; everything else reads SimpleCommand (types.ts).

/** One shell word after quote removal, with what the parser learned while reading it. */
export interface Word {
  /** Quotes removed, escapes resolved, expansions kept as written (`$HOME`, `$(date)`). */
  value: string;
  /** Offsets of the word in its source; -1 for words made up by the parser (e.g. split from `env -S`). */
  start: number;
  end: number;
  /** Some part of the word was quoted or escaped. */
  quoted: boolean;
  /** The word contains a parameter expansion, command substitution or arithmetic expansion. */
  expansion: boolean;
  /** The word contains an unquoted glob character (`*`, `?`, `[`) or brace list, so the shell may rewrite it. */
  glob: boolean;
  /** Index in `value` of the `=` of a leading unquoted `NAME=` (an assignment when it starts a command), else -1. */
  assignEq: number;
  /** Command and process substitutions inside the word, in order. */
  subs: readonly Substitution[];
}

/**
 * The `subs` of the many words that hold none: one shared empty list rather than one per word. Read-only by its type;
 * not frozen, because V8 iterates a frozen array slowly (each for-of step allocates).
 */
export const NO_SUBS: readonly Substitution[] = [];

export interface Substitution {
  kind: '$()' | '<()' | '>()';
  list: List;
  /** Source the list's offsets refer to (backticks are re-read from their unescaped text). */
  src: string;
  /** What the substitution prints, when it only prints literals (`$(echo rm)`, `$(echo cm0= | base64 -d)`); set
   * once its commands have been expanded. */
  output?: string | null;
}

export interface Heredoc {
  delimiter: string;
  /** The delimiter was quoted, so the body is taken literally. */
  quoted: boolean;
  stripTabs: boolean;
  body: string;
  /** Command substitutions in an unquoted body (they run when the heredoc is read). */
  subs: readonly Substitution[];
  terminated: boolean;
}

export interface RawRedirect {
  op: string;
  fd?: number;
  target: Word;
  heredoc?: Heredoc;
}

export interface RawCommand {
  kind: 'simple';
  src: string;
  words: Word[];
  assigns: Word[];
  redirects: RawRedirect[];
  start: number;
  end: number;
  /** Words that are read but never run as a command (`for x in WORDS`, `case WORD`, `[[ … ]]`): only their
   * substitutions run. */
  noRun?: boolean;
}

export interface Group {
  kind: 'group';
  list: List;
  redirects: RawRedirect[];
  /** Set when the group is the body of a function definition (`name() { …; }`, `function name { …; }`). */
  functionName?: string;
}

export type Stage = RawCommand | Group;

export interface Pipeline {
  stages: Stage[];
  /** Ended by `&`: the pipeline runs in the background. */
  background?: boolean;
}

export type List = Pipeline[];
