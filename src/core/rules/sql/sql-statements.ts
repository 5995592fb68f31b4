// A small, pure SQL statement scanner shared by the sql rules: it drops comments, hides string literals, splits the text
// into statements and names the destructive ones (DROP, TRUNCATE, DELETE/UPDATE without WHERE, ALTER TABLE … DROP).
// It reads every common dialect loosely (PostgreSQL, MySQL, SQLite, T-SQL, CQL, ClickHouse): when two dialects read a
// piece of text differently (a backslash inside a string), it reads it both ways and keeps whatever either way finds.
import type { Severity } from '../types';

export interface SqlToken {
  /** `word` is a bare keyword or name; `name` a quoted identifier ("x", `x`, [x]); `string` a literal; `punct` the rest. */
  kind: 'word' | 'name' | 'string' | 'number' | 'punct';
  /** Bare words are upper-cased; quoted names keep their text without quotes. */
  text: string;
  /** The text as written (bare words keep their case). */
  raw: string;
}

export interface SqlStatement {
  tokens: SqlToken[];
}

export type SqlOperationKind = 'drop' | 'truncate' | 'delete-all' | 'update-all' | 'alter-drop';

export interface SqlOperation {
  kind: SqlOperationKind;
  /** What the statement acts on: `DATABASE`, `TABLE`, `COLUMN`, `PARTITION`, … (upper case). */
  object: string;
  /** The names it acts on, as written, joined with `, ` (may be empty). */
  target: string;
  severity: Severity;
  /** The statement rebuilt from its tokens, literals shown as `'…'`, for messages. */
  statement: string;
}

// The scanner classifies every character of the SQL text, so these test char codes instead of running a regex on each.
/** `[A-Za-z_\u0080-\uffff]` */
const isWordStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 0x80;
/** `[A-Za-z0-9_$\u0080-\uffff]` */
const isWordPart = (c: number): boolean => isWordStart(c) || isDigit(c) || c === 36;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** `\s`: ASCII blanks by code, anything else by the regex. */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && /\s/.test(String.fromCharCode(c)));

/** Where `--` starts a comment: PostgreSQL always, MySQL only before a space; we take it unless it follows a value. */
function startsLineComment(text: string, i: number): boolean {
  if (text[i] !== '-' || text[i + 1] !== '-') return false;
  const before = i === 0 ? ' ' : text[i - 1];
  return !/[A-Za-z0-9_)'"`\]]/.test(before);
}

/** True when only blanks surround text[start, end) on its line. */
function isAloneOnLine(text: string, start: number, end: number): boolean {
  for (let k = start - 1; k >= 0 && text[k] !== '\n'; k--) if (!isSpace(text.charCodeAt(k))) return false;
  for (let k = end; k < text.length && text[k] !== '\n'; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

function scan(text: string, backslashEscapes: boolean): SqlStatement[] {
  const statements: SqlStatement[] = [];
  let tokens: SqlToken[] = [];
  const endStatement = () => {
    if (tokens.length > 0) statements.push({ tokens });
    tokens = [];
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
    } else if (startsLineComment(text, i)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      // MySQL runs `/*! … */` (and `/*+ … */` hints hold nothing destructive): keep the body of `/*!` as code.
      if (text[i + 2] === '!') {
        i += 3;
        while (isDigit(text.charCodeAt(i))) i++;
        continue;
      }
      let depth = 1;
      let j = i + 2;
      for (; j < text.length && depth > 0; j++) {
        if (text[j] === '/' && text[j + 1] === '*') { depth++; j++; } else if (text[j] === '*' && text[j + 1] === '/') { depth--; j++; }
      }
      i = j;
    } else if (c === '*' && text[i + 1] === '/') {
      i += 2; // the end of a `/*!` body
    } else if (c === "'") {
      let j = i + 1;
      for (; j < text.length; j++) {
        if (backslashEscapes && text[j] === '\\') { j++; continue; }
        if (text[j] === "'") {
          if (text[j + 1] === "'") { j++; continue; }
          break;
        }
      }
      tokens.push({ kind: 'string', text: text.slice(i + 1, j), raw: text.slice(i + 1, j) });
      i = j + 1;
    } else if (c === '"' || c === '`' || c === '[') {
      const close = c === '[' ? ']' : c;
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === close) {
          if (text[j + 1] === close) { j++; continue; }
          break;
        }
      }
      tokens.push({ kind: 'name', text: text.slice(i + 1, j), raw: text.slice(i + 1, j) });
      i = j + 1;
    } else if (c === '$' && /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.test(text.slice(i))) {
      // PostgreSQL dollar quoting: $$ … $$ or $tag$ … $tag$.
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i))![0];
      const end = text.indexOf(tag, i + tag.length);
      const bodyEnd = end < 0 ? text.length : end;
      tokens.push({ kind: 'string', text: text.slice(i + tag.length, bodyEnd), raw: text.slice(i + tag.length, bodyEnd) });
      i = end < 0 ? text.length : end + tag.length;
    } else if (c === ';') {
      endStatement();
      i++;
    } else if (isWordStart(code)) {
      let j = i + 1;
      while (j < text.length && isWordPart(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      if (word.toUpperCase() === 'GO' && isAloneOnLine(text, i, j)) endStatement(); // T-SQL's batch separator
      else tokens.push({ kind: 'word', text: word.toUpperCase(), raw: word });
      i = j;
    } else if (isDigit(code)) {
      let j = i + 1;
      while (j < text.length && (isDigit(text.charCodeAt(j)) || text[j] === '.')) j++;
      tokens.push({ kind: 'number', text: text.slice(i, j), raw: text.slice(i, j) });
      i = j;
    } else {
      tokens.push({ kind: 'punct', text: c, raw: c });
      i++;
    }
  }
  endStatement();
  return statements;
}

/** Splits SQL text into statements of tokens, comments removed. Reads backslashes inside strings the MySQL way. */
export function splitSqlStatements(text: string, backslashEscapes = false): SqlStatement[] {
  return scan(text, backslashEscapes);
}

function render(tokens: readonly SqlToken[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    const text = t.kind === 'string' ? "'…'" : t.kind === 'name' ? `"${t.raw}"` : t.raw;
    const glued = i === 0 || [',', '.', ')'].includes(text) || ['(', '.'].includes(tokens[i - 1].raw);
    out += (glued ? '' : ' ') + text;
  });
  return out;
}

const isWord = (t: SqlToken | undefined, ...words: string[]): boolean => t !== undefined && t.kind === 'word' && words.includes(t.text);

/** Index of the first top-level (not inside parentheses) word among `words`, from `from`; -1 if none. */
function topLevelIndex(tokens: readonly SqlToken[], from: number, ...words: string[]): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text === '(') depth++;
    else if (t.kind === 'punct' && t.text === ')') depth--;
    else if (depth === 0 && isWord(t, ...words)) return i;
  }
  return -1;
}

/** Names written from `from` on, up to the first keyword that is not part of a name (`users`, `public.users`, `"x"`). */
function namesFrom(tokens: readonly SqlToken[], from: number, stopWords: readonly string[] = []): string {
  const names: string[] = [];
  let current = '';
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text === '.') { current += '.'; continue; }
    if (t.kind === 'punct' && t.text === ',') { if (current) names.push(current); current = ''; continue; }
    if ((t.kind === 'word' && !stopWords.includes(t.text)) || t.kind === 'name') {
      if (current && !current.endsWith('.')) break;
      current += t.raw;
      continue;
    }
    break;
  }
  if (current) names.push(current);
  return names.join(', ');
}

/** `1=1`, `TRUE`, `1`, `'a'='a'`: a condition that holds for every row. */
function isAlwaysTrue(tokens: readonly SqlToken[]): boolean {
  const cond = tokens.map((t) => (t.kind === 'string' ? `'${t.text}'` : t.text)).join('').replace(/^\((.*)\)$/, '$1');
  if (/^(TRUE|1|NOTFALSE|NOT0)$/.test(cond)) return true;
  const eq = /^([^=<>!]+)=([^=<>!]+)$/.exec(cond);
  return eq !== null && eq[1] === eq[2] && !/[A-Z_]/.test(eq[1].replace(/'[^']*'/g, ''));
}

/** `WHERE 1=1`, `WHERE TRUE`, `WHERE id = 5 OR 1=1`: a WHERE that keeps every row. */
function isTautology(tokens: readonly SqlToken[], whereIndex: number): boolean {
  const rest = tokens.slice(whereIndex + 1);
  const end = rest.findIndex((t) => isWord(t, 'LIMIT', 'RETURNING', 'ORDER', 'OUTPUT'));
  const condition = end < 0 ? rest : rest.slice(0, end);
  // Split on top-level OR: one always-true branch makes the whole condition true.
  const branches: SqlToken[][] = [[]];
  let depth = 0;
  for (const t of condition) {
    if (t.kind === 'punct' && t.text === '(') depth++;
    if (t.kind === 'punct' && t.text === ')') depth--;
    if (depth === 0 && isWord(t, 'OR')) branches.push([]);
    else branches[branches.length - 1].push(t);
  }
  return branches.some(isAlwaysTrue);
}

const CATASTROPHIC_DROPS = new Set(['DATABASE', 'SCHEMA', 'KEYSPACE', 'OWNED', 'CLUSTER']);
const CAUTION_DROPS = new Set(['INDEX', 'VIEW', 'FUNCTION', 'PROCEDURE', 'TRIGGER', 'RULE', 'POLICY', 'EXTENSION', 'STATISTICS', 'AGGREGATE', 'OPERATOR', 'CAST', 'EVENT', 'MATERIALIZED', 'SYNONYM', 'ROW']);
/** Words between DROP and the object names that are not the object type. */
const DROP_MODIFIERS = new Set(['TEMPORARY', 'TEMP', 'IF', 'EXISTS', 'CONCURRENTLY', 'ONLY']);

function operationOf(statement: SqlStatement): SqlOperation | null {
  let tokens = statement.tokens;
  // Inside a procedural block (`DO $$ BEGIN DROP …; END $$`) the first statement follows BEGIN.
  if (isWord(tokens[0], 'BEGIN') && isWord(tokens[1], 'DROP', 'DELETE', 'UPDATE', 'TRUNCATE', 'ALTER')) tokens = tokens.slice(1);
  // `WITH cte AS (…) DELETE FROM …`: look at the statement after the common table expressions.
  if (isWord(tokens[0], 'WITH')) {
    const main = topLevelIndex(tokens, 1, 'DELETE', 'UPDATE', 'INSERT', 'SELECT', 'MERGE');
    if (main < 0) return null;
    tokens = tokens.slice(main);
  }
  // `EXPLAIN x` only plans x; `EXPLAIN ANALYZE x` runs it.
  if (isWord(tokens[0], 'EXPLAIN') && !tokens.slice(1, 4).some((t) => isWord(t, 'ANALYZE', 'ANALYSE'))) return null;
  if (isWord(tokens[0], 'EXPLAIN')) tokens = tokens.slice(1 + tokens.slice(1).findIndex((t) => isWord(t, 'DELETE', 'UPDATE', 'DROP', 'TRUNCATE')));
  const first = tokens[0];
  if (!first || first.kind !== 'word') return null;

  if (first.text === 'DROP') {
    let i = 1;
    while (isWord(tokens[i], 'TEMPORARY', 'TEMP', 'UNLOGGED')) i++;
    const typeWords: string[] = [];
    while (tokens[i]?.kind === 'word' && !DROP_MODIFIERS.has(tokens[i].text) && typeWords.length < 2) {
      typeWords.push(tokens[i].text);
      i++;
      if (!['MATERIALIZED', 'FOREIGN', 'COLUMN', 'ROW', 'FULLTEXT', 'SPATIAL', 'UNIQUE', 'EVENT'].includes(typeWords[0])) break;
    }
    if (typeWords.length === 0) return null;
    const object = typeWords.join(' ');
    while (isWord(tokens[i], ...DROP_MODIFIERS)) i++;
    const kind = typeWords[0];
    const severity: Severity = CATASTROPHIC_DROPS.has(kind) ? 'catastrophic' : CAUTION_DROPS.has(kind) ? 'caution' : 'destructive';
    return { kind: 'drop', object, target: namesFrom(tokens, i, ['CASCADE', 'RESTRICT']), severity, statement: render(tokens) };
  }

  if (first.text === 'TRUNCATE') {
    let i = 1;
    while (isWord(tokens[i], 'TABLE', 'ONLY', 'IF', 'EXISTS', 'COLUMNFAMILY')) i++;
    return { kind: 'truncate', object: 'TABLE', target: namesFrom(tokens, i), severity: 'destructive', statement: render(tokens) };
  }

  if (first.text === 'DELETE') {
    const where = topLevelIndex(tokens, 1, 'WHERE');
    const joined = topLevelIndex(tokens, 1, 'ON') >= 0;
    if ((where >= 0 && !isTautology(tokens, where)) || (where < 0 && joined)) return null;
    const from = topLevelIndex(tokens, 1, 'FROM');
    const target = namesFrom(tokens, from >= 0 ? from + 1 : 1, ['ONLY']);
    return { kind: 'delete-all', object: 'TABLE', target, severity: 'destructive', statement: render(tokens) };
  }

  if (first.text === 'UPDATE') {
    const where = topLevelIndex(tokens, 1, 'WHERE');
    if (where >= 0 && !isTautology(tokens, where)) return null;
    if (topLevelIndex(tokens, 1, 'SET') < 0) return null;
    let i = 1;
    while (isWord(tokens[i], 'ONLY', 'LOW_PRIORITY', 'IGNORE', 'OR', 'REPLACE', 'ROLLBACK', 'ABORT', 'FAIL')) i++;
    return { kind: 'update-all', object: 'TABLE', target: namesFrom(tokens, i), severity: 'destructive', statement: render(tokens) };
  }

  if (first.text === 'ALTER' && isWord(tokens[1], 'TABLE')) {
    let i = 2;
    while (isWord(tokens[i], 'IF', 'EXISTS', 'ONLY')) i++;
    const table = namesFrom(tokens, i);
    for (let j = i; j < tokens.length; j++) {
      if (!isWord(tokens[j], 'DROP')) continue;
      const next = tokens[j + 1];
      if (isWord(next, 'CONSTRAINT', 'INDEX', 'KEY', 'PRIMARY', 'FOREIGN', 'DEFAULT', 'CHECK', 'NOT', 'IDENTITY', 'EXPRESSION', 'UNIQUE', 'FULLTEXT', 'SPATIAL', 'PROJECTION', 'STATISTICS', 'TTL', 'SETTING')) continue;
      if (isWord(next, 'PARTITION', 'PART', 'DETACHED')) {
        return { kind: 'alter-drop', object: 'PARTITION', target: table, severity: 'destructive', statement: render(tokens) };
      }
      let k = j + 1;
      if (isWord(tokens[k], 'COLUMN')) k++;
      while (isWord(tokens[k], 'IF', 'EXISTS')) k++;
      const column = namesFrom(tokens, k, []);
      if (!column) continue;
      return { kind: 'alter-drop', object: 'COLUMN', target: `${table}.${column.split(', ')[0]}`, severity: 'destructive', statement: render(tokens) };
    }
    if (topLevelIndex(tokens, i, 'TRUNCATE') >= 0) {
      return { kind: 'alter-drop', object: 'PARTITION', target: table, severity: 'destructive', statement: render(tokens) };
    }
  }

  // `DO $$ … $$` (PostgreSQL) runs its body: read it as SQL too.
  if (first.text === 'DO') {
    const body = tokens.find((t) => t.kind === 'string');
    if (body) return destructiveSqlOperations(body.text)[0] ?? null;
  }
  return null;
}

/**
 * A cheap first test: every destructive operation starts with one of these words, written in the text itself (a `DO`
 * body is a piece of the text too). Most SQL an agent runs (`SELECT …`, `\dt`) is out before it is scanned.
 */
const MAY_BE_DESTRUCTIVE = /drop|truncate|delete|update|alter/i;

/** Every destructive operation in the SQL text, in order. `SELECT 'drop table x'` and `-- DROP TABLE x` find none. */
export function destructiveSqlOperations(text: string): SqlOperation[] {
  const found: SqlOperation[] = [];
  if (!MAY_BE_DESTRUCTIVE.test(text)) return found;
  const seen = new Set<string>();
  for (const backslashEscapes of [false, true]) {
    // Read with backslash escapes, text without a backslash scans the same: once is enough.
    if (backslashEscapes && !text.includes('\\')) continue;
    for (const statement of scan(text, backslashEscapes)) {
      const op = operationOf(statement);
      if (!op) continue;
      const key = `${op.kind}\u0000${op.statement}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(op);
    }
  }
  return found;
}
