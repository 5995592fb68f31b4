// http/destructive-body: an HTTP request whose body asks the API to delete — a JSON `"action": "delete"` (or `op`,
// `operation`, `_method`…), SQL such as `DROP TABLE` sent to an HTTP SQL endpoint (ClickHouse, Databricks, Hasura
// run_sql, …), or a body file whose name says it deletes (`-d @delete-volume.json`; only the name is read).
import { destructiveSqlOperations } from '../sql/sql-statements';
import type { Rule, RuleMatch } from '../types';
import { graphqlDocumentsIn, mutationFields } from './graphql-operations';
import { destructiveVerbOf, HTTP_CLIENT_COMMANDS, identifierWords, isCriticalNoun, readHttpRequest } from './http-request';

/** JSON keys whose value names the operation an API should perform. */
const OPERATION_KEYS = new Set(['action', 'op', 'operation', 'command', 'cmd', 'method', 'verb', 'intent', 'task', 'type', 'mode']);
/** JSON keys (and URL query parameters) whose value is SQL to run. */
const SQL_KEYS = new Set(['sql', 'query', 'statement', 'stmt', 'q', 'command', 'cmd']);

const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface BodyFinding {
  verb?: string;
  sql?: { statement: string; severity: RuleMatch['severity'] };
}

function inspectJson(value: unknown, found: BodyFinding): void {
  if (Array.isArray(value)) {
    for (const item of value) inspectJson(item, found);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [rawKey, inner] of Object.entries(value)) {
    const key = rawKey.replace(/^_+/, '').toLowerCase();
    if (typeof inner === 'string') {
      if (OPERATION_KEYS.has(key) && !found.verb) found.verb = destructiveVerbOf(inner.split(/\s+/)[0]);
      if (SQL_KEYS.has(key)) inspectSql(inner, found);
    } else inspectJson(inner, found);
  }
}

/** Cheap gate before the SQL scanner, so a body such as `delete-me-later` is not read as a `DELETE` statement. */
const LOOKS_LIKE_SQL = /\b(DROP\s+[A-Z]|TRUNCATE\b|DELETE\s+FROM\b|UPDATE\s+\S+\s+SET\b|ALTER\s+TABLE\b)/i;

function inspectSql(text: string, found: BodyFinding): void {
  if (!LOOKS_LIKE_SQL.test(text)) return;
  const worst = destructiveSqlOperations(text).sort((a, b) => rank(b.severity) - rank(a.severity))[0];
  if (worst && (!found.sql || rank(worst.severity) > rank(found.sql.severity))) found.sql = { statement: worst.statement, severity: worst.severity };
}

const rank = (s: RuleMatch['severity']): number => (s === 'catastrophic' ? 3 : s === 'destructive' ? 2 : s === 'caution' ? 1 : 0);

function inspectBody(body: string, found: BodyFinding): void {
  const trimmed = body.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      inspectJson(JSON.parse(trimmed), found);
      return;
    } catch {
      // Not JSON: read it as text below.
    }
  }
  // A GraphQL document is judged by http/graphql-delete-mutation.
  if (/^(mutation|query|subscription)\b/.test(trimmed) || graphqlDocumentsIn(trimmed).some((d) => mutationFields(d).length > 0)) return;
  inspectSql(trimmed, found);
  // `action=delete&id=4` form bodies.
  for (const pair of trimmed.split('&')) {
    const [k, v] = pair.split('=');
    if (v !== undefined && OPERATION_KEYS.has(k.replace(/^_+/, '').toLowerCase()) && !found.verb) found.verb = destructiveVerbOf(decodeURIComponent(v.replace(/\+/g, ' ')).split(/\s+/)[0]);
  }
}

export const rule: Rule = {
  meta: {
    id: 'http/destructive-body',
    title: 'HTTP request that asks to delete',
    severity: 'destructive',
    category: 'destructive',
    why: 'The request body tells the service to delete or drop something; it runs on the live service the moment it arrives.',
    saferAlternative: 'Run the change through the service\'s own console or CLI, which confirm first, and take a backup before anything is dropped.',
    messages: {
      operation: 'This request asks {{url}} to "{{verb}}".',
      sql: 'This request sends SQL that runs {{statement}} on {{url}}.',
      bodyFile: 'This request sends the file {{file}}, whose name says it will {{verb}} something.',
    },
  },
  commands: HTTP_CLIENT_COMMANDS,
  match(command): RuleMatch | null {
    const request = readHttpRequest(command);
    if (!request) return null;
    const url = request.urls[0] ?? 'the service';
    const found: BodyFinding = {};
    for (const body of request.bodies) inspectBody(body, found);
    for (const field of request.fields) {
      const key = field.name.replace(/^_+/, '').toLowerCase();
      if (OPERATION_KEYS.has(key) && !found.verb) found.verb = destructiveVerbOf(field.value.split(/\s+/)[0]);
      if (SQL_KEYS.has(key)) inspectSql(field.value, found);
    }
    // ClickHouse-style `POST /?query=DROP TABLE t` (a GET there is read-only, and `?q=` is usually a search).
    for (const target of READ_ONLY_METHODS.has(request.method) ? [] : request.urls) {
      const query = target.split('?')[1];
      if (!query) continue;
      for (const [key, value] of new URLSearchParams(query)) if (key === 'query' || key === 'sql') inspectSql(value, found);
    }
    if (found.sql) return { messageId: 'sql', data: { statement: found.sql.statement, url }, severity: found.sql.severity };
    if (found.verb) return { messageId: 'operation', data: { verb: found.verb, url } };
    for (const file of request.bodyFiles) {
      const name = file.split(/[\\/]/).pop() ?? file;
      const verb = destructiveVerbOf(name.replace(/\.[A-Za-z0-9]+$/, ''));
      if (!verb) continue;
      const critical = identifierWords(name).some(isCriticalNoun);
      return { messageId: 'bodyFile', data: { file, verb }, severity: critical ? 'catastrophic' : 'destructive' };
    }
    return null;
  },
};
