// The contract every rule module fulfils. One rule per file: src/core/rules/<pack>/<rule-name>.ts, id `<pack>/<rule-name>`.
import type { SimpleCommand } from '../shell/types';
import type { NameFamily } from './name-families';

export type Severity = 'catastrophic' | 'destructive' | 'caution';

/** `destructive` rules guard against irreversible change; `credential` rules guard secrets from being read or printed. */
export type Category = 'destructive' | 'credential';

export interface RuleMeta {
  /** `<pack>/<rule-name>`, equal to the file path under src/core/rules without `.ts`. */
  id: string;
  /** Short title for lists and the README, e.g. "Recursive rm". */
  title: string;
  severity: Severity;
  category: Category;
  /** One line: why this can hurt, written for a stressed person. */
  why: string;
  /** What to do instead, where something safer exists. */
  saferAlternative?: string;
  /** Message templates by id; `{{name}}` placeholders are filled from RuleMatch.data. */
  messages: Record<string, string>;
}

/** A file an earlier command of the same line downloaded (`curl -o i.sh URL && …`). */
export interface Download {
  /** The path as written (`i.sh`, `./i.sh`, `/tmp/s.sh`). */
  path: string;
  /** The absolute path, resolved against the directory the download ran in; absent when that is not known. */
  resolved?: string;
  url: string;
  /** The command that downloaded it: `curl`, `wget`, `iwr`, … */
  tool: string;
}

/** Facts about where the command runs. All optional: rules must work without them. */
export interface RuleContext {
  /** Directory the command runs in (absolute). */
  cwd?: string;
  /** Workspace root (absolute), if known. */
  workspaceRoot?: string;
  /** The user's home directory (absolute). */
  home?: string;
  /** Files saved by earlier commands of the same line (classify.contextAfter records them); absent when none. */
  downloads?: readonly Download[];
  /** Files earlier commands of the same line wrote (`echo … > x.sh`, `cat > x.sql <<EOF`), with their text when it can
   * be known (scripts.ts records them as it walks the line; no rule reads them); absent when none. */
  written?: readonly WrittenFile[];
  /**
   * Reads a file the line runs as a program (`bash cleanup.sh`, `./deploy.sh`, `psql -f x.sql`), so what it holds is
   * checked too: the CLI, the agent hooks and the editor give one that reads real files, capped in size
   * (script-files.ts). Undefined text when the file cannot be read. The engine itself does no I/O.
   */
  readFile?: (absolutePath: string) => string | undefined;
}

/** A file a command of the line wrote. */
export interface WrittenFile {
  /** The path as written. */
  path: string;
  /** The absolute path, when the directory the command ran in is known. */
  resolved?: string;
  /** What the file holds after the write; undefined when that cannot be known (`make > out.sh`), which also hides what
   * the disk held before. */
  text?: string;
}

export interface RuleMatch {
  messageId: string;
  data?: Record<string, string>;
  /** Overrides the rule's severity for this match (e.g. `rm -rf /` is catastrophic, `rm -rf src` destructive). */
  severity?: Severity;
}

/** What the rule index reads of a rule: its id and the commands it can match. */
export type RuleDeclaration = Pick<Rule, 'commands' | 'alsoWhen'> & { id: string };

export interface Rule {
  meta: RuleMeta;
  /**
   * The command names (SimpleCommand.name) this rule can match. The engine runs the rule only on commands with these
   * names, or that `alsoWhen` describes (an index, so a line costs a few rules, not all of them). The rule tester applies
   * the same filter (classify.ruleApplies), so a name missing here fails the rule's own stop examples.
   */
  commands?: readonly string[];
  /**
   * For a rule that can match more than a list of names: the other kinds of command it can match, told apart by what
   * the index sees at no cost. `redirects`: any command with a redirect (`nc host < .env`, `… > /dev/sda`);
   * `pipedInput`: any command reading a pipe (`… | sh`); `names`: families of names a list cannot spell (python3.12,
   * perl5.36: rules/name-families.ts), judged on the name alone; `afterDownload`: any command after an earlier command of the same line saved a
   * download (`curl -o i.sh URL && ./i.sh`: the name is the file's, so no list can spell it); `functionCall`: any call
   * of a shell function the line defined (SimpleCommand.calls: `:(){ :|:& };:`). The rule runs on a
   * command when `commands` has its name or one of these fits. A rule with neither `commands` nor `alsoWhen` runs on
   * every command. Both are data, copied into rules/manifest.ts (`npm run docs`), so the engine knows which rules can
   * apply to a command before it loads them.
   */
  alsoWhen?: { redirects?: boolean; pipedInput?: boolean; afterDownload?: boolean; functionCall?: boolean; names?: readonly NameFamily[] };
  /** Returns a match when this simple command does what the rule guards against; null otherwise. Must be pure. */
  match(command: SimpleCommand, context: RuleContext): RuleMatch | null;
}
