// The shape of a parsed command line: the simple commands that would actually run, after unwrapping what hides them.
// Everything downstream (rules, policy, hooks, terminal gate) reads only these types.

/** A redirection attached to a simple command, e.g. `> out.txt`, `2>>err`, `<in`. */
export interface Redirect {
  /** The operator as written: `>`, `>>`, `>|`, `<`, `<>`, `&>`, `&>>`, `>&`, `<&`. */
  op: string;
  /** The file descriptor written before the operator, if any (`2>` → 2). */
  fd?: number;
  /** The target word with quotes removed (`/dev/null`, `data.db`). */
  target: string;
}

/** One step of unwrapping that led to a command, outermost first: `sudo`, `bash -c`, `xargs`, `find -exec`, `eval`,
 * `ssh`, `pipe-to-shell`, `base64-to-shell`, `heredoc-to-shell`, `$()`, `<()`, and package runners and launchers
 * (`npx`, `pnpm dlx`, `poetry run`, `python -m`, `heroku run`, …; see runners.ts). */
export type Via = string;

export interface SimpleCommand {
  /** Words with quoting removed, escapes resolved, expansions left as written (`$HOME` stays `$HOME`). */
  argv: string[];
  /** Basename of argv[0] with a leading backslash removed, lower-cased (`/usr/bin/rm` → `rm`, `\rm` → `rm`, `PSQL` → `psql`:
   * case-insensitive file systems run psql for it); '' if no words. */
  name: string;
  /** Leading `NAME=value` assignments, in order. */
  assignments: readonly { name: string; value: string }[];
  redirects: Redirect[];
  /** Text fed on stdin by a heredoc or here-string attached to this command, if any. */
  stdinText?: string;
  /** True when this command reads the output of an earlier command in a pipeline. */
  pipedInput: boolean;
  /** The commands earlier in the same pipeline (so `curl … | sh` can see its source). */
  pipelineBefore: readonly SimpleCommand[];
  /** Names of the commands later in the same pipeline, which read this command's output (`env | wc -l` → `['wc']`);
   * absent when the output is not piped. */
  pipelineAfter?: string[];
  /** How this command was reached, outermost wrapper first; empty for a command written directly. */
  via: Via[];
  /** The source text of this simple command as written (best effort, for messages). */
  text: string;
  /** True when the command runs in the background (`cmd &`, `{ …; } &`). */
  background?: boolean;
  /** The shell function this command calls, when the line defined one of that name before it (`f(){ …; }; f`). */
  calls?: ShellFunction;
  /** True when the command name is an expansion the parser could not resolve (`$CMD -rf /`, `$(get-tool) x`):
   * `name` is then the expansion as written, and the real program is only known when the shell runs it. */
  dynamicName?: boolean;
}

/**
 * A shell function the line defines: `name() { …; }`, `function name { …; }`. Its body's commands are also among the
 * line's commands (read as if they ran where the function is defined, since a function is usually called right away).
 */
export interface ShellFunction {
  name: string;
  /** The commands of the body, as read when it was defined; none of them calls this same definition. */
  body: SimpleCommand[];
}

export type ParseProblemCode =
  | 'too-long'
  | 'too-deep'
  | 'too-many-commands'
  | 'unterminated-quote'
  | 'unterminated-substitution'
  | 'unterminated-heredoc'
  | 'unbalanced-group'
  | 'syntax'
  /** A command name is an expansion that could hide any program (`$CMD -rf /`). */
  | 'dynamic-command'
  /** Encoded code that does not decode (`powershell -EncodedCommand <not base64 of UTF-16 text>`). */
  | 'undecodable';

export interface ParseProblem {
  code: ParseProblemCode;
  message: string;
}

export interface ParsedLine {
  /** The original input. */
  source: string;
  /** Every simple command that would run, including those found inside wrappers and substitutions. */
  commands: SimpleCommand[];
  /** Anything that kept the parse from being complete. A non-empty list means "could not fully decide". */
  problems: ParseProblem[];
}

export interface ParseLimits {
  /** Longest input accepted, in characters. */
  maxLength: number;
  /** Deepest nesting of wrappers / substitutions / groups. */
  maxDepth: number;
  /** Most simple commands produced. */
  maxCommands: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxLength: 64 * 1024, maxDepth: 8, maxCommands: 512 };
