// Where a database client gets the SQL it runs: inline options (`psql -c`, `mysql -e`, `sqlite3 db "…"`), a heredoc or
// here-string on stdin, `echo … |` in front of it, and script files (`-f file.sql`, `< file.sql`, `\i file.sql`).
// Shared by the sql rules so every client is read the same way.
import { normalizeDashes, operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import { readOnce } from '../read-once';
import { destructiveSqlOperations, type SqlOperation } from './sql-statements';

interface ClientSpec {
  /** The words that name the client: `['psql']`, or `['clickhouse', 'client']` for a subcommand form. */
  words: string[];
  /** Options whose value is SQL to run. Short ones are single letters (`-c`). */
  inline: string[];
  /** Options whose value is a script file to run. */
  files: string[];
  /** Short option letters that take a value (so `-Upostgres` is read as one option, `-tAc` as three). */
  shortWithValue: string;
  /** Long options that take a separate value, so it is not read as an operand. */
  longWithValue?: string[];
  /** Operands from this index on are SQL (sqlite3: everything after the database file; counts subcommand words). */
  sqlOperandsFrom?: number;
  /** Options are single-dash words (`-csv`, `-cmd`), never clusters of letters. */
  wordOptions?: boolean;
  /** The first operand names the database, and `:memory:` or no database at all opens a private in-memory one. */
  memoryDatabase?: boolean;
}

const MYSQL: Omit<ClientSpec, 'words'> = {
  inline: ['-e', '--execute', '--init-command'],
  files: [],
  shortWithValue: 'eDhPSuOWTp',
  longWithValue: ['--host', '--user', '--port', '--socket', '--database', '--defaults-file', '--login-path'],
};
const SQLITE: Omit<ClientSpec, 'words'> = {
  inline: ['-cmd', '--cmd', '-c'],
  wordOptions: true,
  files: ['-init', '--init'],
  shortWithValue: '',
  longWithValue: ['-cmd', '--cmd', '-init', '--init', '-separator', '-newline', '-nullvalue', '-vfs', '-lookaside', '-maxsize', '-mmap', '-pagecache', '-heap', '-escape'],
  sqlOperandsFrom: 1,
  memoryDatabase: true,
};

const CLIENTS: readonly ClientSpec[] = [
  { words: ['psql'], inline: ['-c', '--command'], files: ['-f', '--file'], shortWithValue: 'cdfhpUvLoPTFRC', longWithValue: ['--dbname', '--host', '--port', '--username', '--set', '--variable', '--output', '--log-file'] },
  { words: ['mysql'], ...MYSQL },
  { words: ['mariadb'], ...MYSQL },
  { words: ['mycli'], ...MYSQL },
  { words: ['sqlite3'], ...SQLITE },
  { words: ['sqlite'], ...SQLITE },
  { words: ['litecli'], inline: ['-e', '--execute'], files: [], shortWithValue: 'eD' },
  { words: ['duckdb'], ...SQLITE },
  { words: ['clickhouse-client'], inline: ['-q', '--query'], files: ['--queries-file'], shortWithValue: 'qhdu', longWithValue: ['--host', '--port', '--user', '--password', '--database'] },
  { words: ['clickhouse', 'client'], inline: ['-q', '--query'], files: ['--queries-file'], shortWithValue: 'qhdu', longWithValue: ['--host', '--port', '--user', '--password', '--database'] },
  { words: ['clickhouse-local'], inline: ['-q', '--query'], files: ['--queries-file'], shortWithValue: 'q' },
  { words: ['clickhouse', 'local'], inline: ['-q', '--query'], files: ['--queries-file'], shortWithValue: 'q' },
  { words: ['cqlsh'], inline: ['-e', '--execute'], files: ['-f', '--file'], shortWithValue: 'efupk', longWithValue: ['--username', '--password', '--keyspace'] },
  { words: ['sqlcmd'], inline: ['-Q', '-q'], files: ['-i'], shortWithValue: 'QqiSUPdHoslvfaWhcytLK' },
  { words: ['usql'], inline: ['-c', '--command'], files: ['-f', '--file'], shortWithValue: 'cfoJ' },
  { words: ['cockroach', 'sql'], inline: ['-e', '--execute'], files: ['-f', '--file'], shortWithValue: 'ed', longWithValue: ['--url', '--database', '--host', '--user', '--certs-dir'] },
  { words: ['snowsql'], inline: ['-q', '--query'], files: ['-f', '--filename'], shortWithValue: 'qfacdswruo' },
  { words: ['trino'], inline: ['--execute'], files: ['-f', '--file'], shortWithValue: 'f', longWithValue: ['--server', '--catalog', '--schema', '--user'] },
  { words: ['hive'], inline: ['-e'], files: ['-f'], shortWithValue: 'efid' },
  { words: ['beeline'], inline: ['-e'], files: ['-f'], shortWithValue: 'efunpd' },
  { words: ['spark-sql'], inline: ['-e'], files: ['-f'], shortWithValue: 'efid' },
  { words: ['bq', 'query'], inline: [], files: [], shortWithValue: '', sqlOperandsFrom: 1 },
  { words: ['turso', 'db', 'shell'], inline: [], files: [], shortWithValue: '', sqlOperandsFrom: 3 },
  { words: ['wrangler', 'd1', 'execute'], inline: ['--command'], files: ['--file'], shortWithValue: '' },
  { words: ['heroku', 'pg:psql'], inline: ['-c', '--command'], files: ['-f', '--file'], shortWithValue: 'cfar' },
];

/** The command names of the SQL clients above (`clickhouse` for `clickhouse client`, `heroku` for `heroku pg:psql`). */
export const SQL_CLIENT_COMMANDS: readonly string[] = [...new Set(CLIENTS.map((spec) => spec.words[0]))];

/** MongoDB's shells, which run JavaScript rather than SQL. */
export const MONGO_SHELL_COMMANDS: readonly string[] = ['mongosh', 'mongo'];

/** Option names split into short letters (`-c` → `c`) and the rest (`--command`, or every name with `wordOptions`). */
interface OptionNames {
  shorts: string;
  longs: readonly string[];
}

function splitOptionNames(names: readonly string[], wordOptions: boolean): OptionNames {
  const isShort = (n: string) => !wordOptions && /^-[A-Za-z]$/.test(n);
  return { shorts: names.filter(isShort).map((n) => n[1]).join(''), longs: names.filter((n) => !isShort(n)) };
}

/** Every value of the given options, getopt style: `-c x`, `-cx`, `-tAc x`, `--command x`, `--command=x`. */
export function optionValues(argv: readonly string[], names: readonly string[], shortWithValue: string, wordOptions = false): string[] {
  return valuesOf(argv, splitOptionNames(names, wordOptions), shortWithValue, wordOptions);
}

function valuesOf(argv: readonly string[], { shorts, longs }: OptionNames, shortWithValue: string, wordOptions: boolean): string[] {
  const values: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const word = normalizeDashes(argv[i]);
    if (word === '--') break;
    const long = longOption(word, longs);
    if (long) {
      if (word === long) values.push(argv[++i] ?? '');
      else values.push(word.slice(long.length + 1));
      continue;
    }
    if (wordOptions || !/^-[A-Za-z]/.test(word) || word.startsWith('--')) continue;
    for (let k = 1; k < word.length; k++) {
      const letter = word[k];
      if (shorts.includes(letter)) {
        values.push(k + 1 < word.length ? word.slice(k + 1) : (argv[++i] ?? ''));
        break;
      }
      if (shortWithValue.includes(letter)) break;
    }
  }
  return values;
}

/** The one of `longs` that `word` is, alone or as `name=value`. */
function longOption(word: string, longs: readonly string[]): string | undefined {
  for (const l of longs) if (word === l || (word.length > l.length && word[l.length] === '=' && word.startsWith(l))) return l;
  return undefined;
}

/** Long and short options that take a value, spelled as words, for `operands()`. */
function valueWords(spec: ClientSpec): string[] {
  return [...spec.inline, ...spec.files, ...(spec.longWithValue ?? []), ...[...spec.shortWithValue].map((l) => `-${l}`)];
}

/** What reading a client's command needs from its spec, worked out once per spec rather than on every command. */
interface PreparedSpec {
  spec: ClientSpec;
  inline: OptionNames;
  files: OptionNames;
  valueWords: readonly string[];
}

const PREPARED: ReadonlyMap<ClientSpec, PreparedSpec> = new Map(CLIENTS.map((spec) => [spec, {
  spec,
  inline: splitOptionNames(spec.inline, spec.wordOptions ?? false),
  files: splitOptionNames(spec.files, spec.wordOptions ?? false),
  valueWords: valueWords(spec),
}]));

function specOf(command: SimpleCommand): PreparedSpec | undefined {
  for (const spec of CLIENTS) {
    if (spec.words[0] !== command.name) continue;
    if (spec.words.length > 1) {
      const ops = operands(command.argv, spec.longWithValue ?? []);
      if (!spec.words.every((w, i) => i === 0 || ops[i - 1] === w)) continue;
    }
    return PREPARED.get(spec);
  }
  return undefined;
}

/** Script files named inside SQL text: psql `\i f`, `\ir f`, mysql `source f` / `\. f`, sqlite `.read f`, and a file
 * whose text a substitution pastes in (`psql -c "$(cat drop.sql)"`, `$(< drop.sql)`, `` `cat drop.sql` ``). */
function scriptsNamedIn(text: string): string[] {
  const found: string[] = [];
  for (let m = INCLUDE.exec(text); m; m = INCLUDE.exec(text)) found.push(m[1]);
  for (let m = PASTED_FILE.exec(text); m; m = PASTED_FILE.exec(text)) found.push(m[1]);
  return found;
}
const INCLUDE = /^[ \t]*(?:\\i|\\ir|\\include|\\include_relative|\\\.|source|\.read)[ \t]+['"]?([^\s'";]+)/gim;
const PASTED_FILE = /(?:\$\(|`)\s*(?:cat\s+(?:--\s+)?|<\s*)['"]?([^\s'"`)]+)/g;

/** What an earlier command in the pipeline feeds on stdin: `echo "…" |`, `printf …|`, `cat <<EOF |`, `cat f.sql |`. */
export function pipedSource(command: SimpleCommand): { texts: string[]; files: string[] } {
  const source = command.pipedInput ? command.pipelineBefore[command.pipelineBefore.length - 1] : undefined;
  if (!source) return { texts: [], files: [] };
  if (source.name === 'echo' || source.name === 'printf') {
    return { texts: [source.argv.slice(1).filter((w) => !/^-[neE]+$/.test(w)).join(' ')], files: [] };
  }
  if (['cat', 'zcat', 'gzcat', 'bzcat', 'xzcat', 'gunzip', 'zstdcat', 'less', 'head', 'tail'].includes(source.name)) {
    const files = source.argv.slice(1).filter((w) => !w.startsWith('-'));
    return { texts: source.stdinText ? [source.stdinText] : [], files };
  }
  return { texts: source.stdinText ? [source.stdinText] : [], files: [] };
}

/** The script files a SQL client is told to run by option (`psql -f x.sql`, `--file=x.sql`), in order. */
export function sqlScriptFiles(command: SimpleCommand): string[] {
  const prepared = specOf(command);
  return prepared ? valuesOf(command.argv, prepared.files, prepared.spec.shortWithValue, prepared.spec.wordOptions ?? false) : [];
}

export interface SqlInput {
  /** The client as the user would name it: `psql`, `clickhouse client`. */
  client: string;
  /** SQL text the client runs: inline options, positional SQL, stdin. Empty when it runs against a private in-memory
   * database (`sqlite3 :memory: 'DROP TABLE t'`): that database holds nothing of the user's and is gone on exit. */
  texts: string[];
  /** Script files the client runs. */
  scripts: string[];
}

/** The SQL a database client command would run, or null when the command is not a known SQL client. Every sql rule
 * reads the same command, so it is read once per command. */
export const sqlInputOf = readOnce(readSqlInput, SQL_CLIENT_COMMANDS);

function readSqlInput(command: SimpleCommand): SqlInput | null {
  const prepared = specOf(command);
  if (!prepared) return null;
  const { spec } = prepared;
  const texts = valuesOf(command.argv, prepared.inline, spec.shortWithValue, spec.wordOptions ?? false);
  const scripts = valuesOf(command.argv, prepared.files, spec.shortWithValue, spec.wordOptions ?? false);
  if (spec.sqlOperandsFrom !== undefined) {
    texts.push(...operands(command.argv, prepared.valueWords).slice(spec.sqlOperandsFrom));
  }
  if (command.stdinText) texts.push(command.stdinText);
  const piped = pipedSource(command);
  texts.push(...piped.texts);
  scripts.push(...piped.files);
  for (const r of command.redirects) if (r.op === '<') scripts.push(r.target);
  for (const text of texts) scripts.push(...scriptsNamedIn(text));
  const client = spec.words.join(' ');
  if (spec.memoryDatabase && runsInMemory(command, prepared, texts)) return { client, texts: [], scripts };
  return { client, texts: texts.filter((t) => t.trim() !== ''), scripts };
}

/** SQL or dot-commands that reach a database file from an in-memory session (`ATTACH 'app.db'`, `.open app.db`). */
const OPENS_FILE = /\battach\b|(^|[\s;])\.open\b/i;

/**
 * True when an sqlite3 / duckdb command works on a private in-memory database only: the database operand is `:memory:`
 * (or `file::memory:`), or there is none, and the SQL never attaches or opens a file. Script files (`-init`, `< f.sql`)
 * are not read, so they are still judged by name.
 */
function runsInMemory(command: SimpleCommand, prepared: PreparedSpec, texts: readonly string[]): boolean {
  const database = operands(command.argv, prepared.valueWords)[0];
  if (database !== undefined && database !== ':memory:' && !/^file::memory:(\?|$)/.test(database)) return false;
  return !texts.some((text) => OPENS_FILE.test(text));
}

const RANK = { catastrophic: 0, destructive: 1, caution: 2 } as const;

/** Several sql rules read the same command; scanning its SQL once is enough. */
const operationsOnce = readOnce((command) => {
  const input = sqlInputOf(command);
  if (!input) return null;
  // A loop, not flatMap: V8's flatMap costs about a microsecond a call, more than scanning a short statement.
  const operations: SqlOperation[] = [];
  for (const text of input.texts) operations.push(...destructiveSqlOperations(text));
  operations.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return { client: input.client, operations };
}, SQL_CLIENT_COMMANDS);

const NO_OPERATIONS: { client: string; operations: readonly SqlOperation[] } = { client: '', operations: [] };

/** The destructive SQL operations a client command would run, most severe first; empty when none or not a client. */
export function destructiveOperationsOf(command: SimpleCommand): { client: string; operations: readonly SqlOperation[] } {
  return operationsOnce(command) ?? NO_OPERATIONS;
}
