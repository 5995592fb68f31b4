// Reads the HTTP request an HTTP client command line would send: method, URLs, inline bodies and body files, for
// curl, wget, HTTPie (`http`, `https`), xh, `gh api` and PowerShell's Invoke-RestMethod / Invoke-WebRequest.
// The http rules judge that request; they never look at the raw words themselves.
import { normalizeDashes } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import { readOnce } from '../read-once';

export interface HttpRequest {
  /** `curl`, `wget`, `http`, `xh`, `gh api`, `Invoke-RestMethod`, … */
  tool: string;
  /** The method as sent (upper case): explicit, overridden by a method-override header, or implied by a body. */
  method: string;
  /** True when the method was written on the command line (or in an override header), not implied. */
  explicitMethod: boolean;
  urls: string[];
  /** Inline body texts: `-d '…'`, `--json '…'`, form field values, HTTPie `key=value` values, `gh api -f` values. */
  bodies: string[];
  /** Files sent as the body or a field (`-d @file`, `-F f=@file`, HTTPie `@file`, `gh api --input file`); names only. */
  bodyFiles: string[];
  /** Named fields (`-F name=value`, `--data-urlencode name=value`, HTTPie `name=value`, `gh api -f name=value`); their
   * values are in `bodies` too. */
  fields: { name: string; value: string }[];
  /** Where the response is saved, as written: `-o f`, `--output f`, `-O` (the URL's file name), wget's default name and
   * `-P dir`, HTTPie's `--download`, `-OutFile f`. `-` is stdout; empty when the response goes to stdout. */
  outputs: string[];
}

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', 'PURGE']);

/** `name=value` → value; `value` → value. Used for form fields and `gh api -f`. */
function fieldValue(word: string): string {
  const eq = word.indexOf('=');
  return eq < 0 ? word : word.slice(eq + 1);
}

/** Records `name=value` as a field (when it has a name) and its value as a body. */
function addField(word: string, bodies: string[], fields: { name: string; value: string }[]): void {
  const eq = word.indexOf('=');
  bodies.push(eq < 0 ? word : word.slice(eq + 1));
  if (eq > 0) fields.push({ name: word.slice(0, eq), value: word.slice(eq + 1) });
}

/** `X-HTTP-Method-Override: DELETE` (and the X-Method-Override / X-HTTP-Method spellings) → DELETE. */
function methodOverride(header: string): string | undefined {
  const m = /^\s*x-(?:http-)?method(?:-override)?\s*:\s*([a-z]+)\s*$/i.exec(header);
  return m ? m[1].toUpperCase() : undefined;
}

function finish(tool: string, method: string | undefined, urls: string[], bodies: string[], bodyFiles: string[], fields: { name: string; value: string }[] = [], outputs: string[] = []): HttpRequest {
  const explicitMethod = method !== undefined;
  const implied = bodies.length > 0 || bodyFiles.length > 0 ? 'POST' : 'GET';
  return { tool, method: (method ?? implied).toUpperCase(), explicitMethod, urls, bodies, bodyFiles, fields, outputs };
}

/** The file name a download of this URL is saved under by `curl -O` or wget: `https://x.io/a/i.sh?v=2` → `i.sh`;
 * '' when the URL names no file. */
export function urlFileName(url: string): string {
  const p = urlPath(url);
  return p.slice(p.lastIndexOf('/') + 1);
}

/** `dir` + `file`, unless `file` is absolute or stdout. */
function inDirectory(dir: string | undefined, file: string): string {
  return dir === undefined || file === '-' || file.startsWith('/') ? file : `${dir.replace(/\/+$/, '')}/${file}`;
}

/** curl's short options that take a value (the rest are switches that may be clustered: `-sSfX DELETE`). */
const CURL_SHORT_WITH_VALUE = new Set([...'dFHXouAebcTxKEwmrCDYyzQtUP']);
const CURL_LONG_WITH_VALUE = new Set([
  '--request', '--data', '--data-raw', '--data-binary', '--data-ascii', '--data-urlencode', '--json', '--form', '--form-string',
  '--url', '--header', '--output', '--user', '--user-agent', '--referer', '--cookie', '--cookie-jar', '--upload-file', '--proxy',
  '--config', '--cert', '--key', '--write-out', '--max-time', '--connect-timeout', '--retry', '--range', '--resolve', '--cacert',
  '--oauth2-bearer', '--variable', '--proxy-user', '--dump-header', '--interface', '--limit-rate', '--max-filesize', '--netrc-file',
  '--request-target', '--aws-sigv4', '--unix-socket', '--connect-to', '--local-port', '--retry-delay', '--retry-max-time',
  '--output-dir',
]);

function readCurl(argv: readonly string[]): HttpRequest {
  let method: string | undefined;
  let override: string | undefined;
  let get = false;
  const urls: string[] = [];
  const bodies: string[] = [];
  const bodyFiles: string[] = [];
  const fields: { name: string; value: string }[] = [];
  const outputs: string[] = [];
  let remoteName = false;
  let outputDir: string | undefined;
  const take = (option: string, value: string | undefined) => {
    if (value === undefined) return;
    switch (option) {
      case '-X': case '--request': method = value; break;
      case '-o': case '--output': outputs.push(value); break;
      case '--output-dir': outputDir = value; break;
      case '-H': case '--header': override = methodOverride(value) ?? override; break;
      case '--url': urls.push(value); break;
      case '-T': case '--upload-file': bodyFiles.push(value); break;
      case '-d': case '--data': case '--data-binary': case '--data-ascii': case '--json':
        if (value.startsWith('@') && value !== '@-') bodyFiles.push(value.slice(1));
        else if (value !== '@-') bodies.push(value);
        break;
      case '--data-raw': bodies.push(value); break;
      case '--data-urlencode': {
        // `content`, `=content`, `name=content`, `@file`, `name@file`.
        const at = /^[^=]*@(.+)$/.exec(value);
        if (at && !value.includes('=')) bodyFiles.push(at[1]);
        else addField(value, bodies, fields);
        break;
      }
      case '-F': case '--form': {
        const v = fieldValue(value);
        if (/^[@<]/.test(v)) bodyFiles.push(v.slice(1).split(';')[0]);
        else addField(value, bodies, fields);
        break;
      }
      case '--form-string': addField(value, bodies, fields); break;
      default: break;
    }
  };
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const word = normalizeDashes(args[i]);
    if (word === '--') { urls.push(...args.slice(i + 1)); break; }
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = eq < 0 ? word : word.slice(0, eq);
      if (name === '--get') get = true;
      if (name === '--head') method = method ?? 'HEAD';
      if (name === '--remote-name' || name === '--remote-name-all' || name === '--remote-header-name') remoteName = true;
      if (CURL_LONG_WITH_VALUE.has(name)) take(name, eq < 0 ? args[++i] : word.slice(eq + 1));
      continue;
    }
    if (word.startsWith('-') && word.length > 1) {
      for (let j = 1; j < word.length; j++) {
        const letter = word[j];
        if (letter === 'G') get = true;
        if (letter === 'I') method = method ?? 'HEAD';
        if (letter === 'O' || letter === 'J') remoteName = true;
        if (CURL_SHORT_WITH_VALUE.has(letter)) {
          take(`-${letter}`, j + 1 < word.length ? word.slice(j + 1) : args[++i]);
          break;
        }
      }
      continue;
    }
    urls.push(args[i]);
  }
  // `-O` pairs with the URLs in order, like `-o`; every URL's name is kept, as the pairing matters little here.
  if (remoteName) outputs.push(...urls.map(urlFileName).filter(Boolean));
  const saved = outputs.map((o) => inDirectory(outputDir, o));
  // `-G` moves the data into the query string of a GET.
  if (get && method === undefined && override === undefined) return finish('curl', 'GET', urls, bodies, bodyFiles, fields, saved);
  return finish('curl', override ?? method, urls, bodies, bodyFiles, fields, saved);
}

const WGET_SHORT_WITH_VALUE = new Set([...'OoaeUPtTwQlARDIXiB']);

function readWget(argv: readonly string[]): HttpRequest {
  let method: string | undefined;
  let override: string | undefined;
  const urls: string[] = [];
  const bodies: string[] = [];
  const bodyFiles: string[] = [];
  let document: string | undefined;
  let prefix: string | undefined;
  let spider = false;
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const word = normalizeDashes(args[i]);
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = eq < 0 ? word : word.slice(0, eq);
      if (name === '--spider') spider = true;
      const valued = ['--method', '--body-data', '--post-data', '--body-file', '--post-file', '--header', '--output-document', '--directory-prefix', '--output-file'].includes(name);
      const value = eq >= 0 ? word.slice(eq + 1) : valued ? args[++i] : undefined;
      if (value === undefined) continue;
      if (name === '--method') method = value;
      else if (name === '--output-document') document = value;
      else if (name === '--directory-prefix') prefix = value;
      else if (name === '--body-data' || name === '--post-data') bodies.push(value);
      else if (name === '--body-file' || name === '--post-file') bodyFiles.push(value);
      else if (name === '--header') override = methodOverride(value) ?? override;
      continue;
    }
    if (word.startsWith('-') && word.length > 1) {
      // A cluster ends at the first letter that takes a value: `-qO-`, `-qO file`, `-P/tmp`.
      for (let j = 1; j < word.length; j++) {
        if (!WGET_SHORT_WITH_VALUE.has(word[j])) continue;
        const value = j + 1 < word.length ? word.slice(j + 1) : args[++i];
        if (word[j] === 'O') document = value;
        else if (word[j] === 'P') prefix = value;
        break;
      }
      continue;
    }
    urls.push(args[i]);
  }
  // `-O` names one file for everything (and ignores `-P`); otherwise each URL is saved under its own name.
  const outputs = spider ? [] : document !== undefined ? [document] : urls.map((u) => inDirectory(prefix, urlFileName(u) || 'index.html'));
  return finish('wget', override ?? method, urls, bodies, bodyFiles, [], outputs);
}

const HTTPIE_WITH_VALUE = new Set([
  '--auth', '-a', '--auth-type', '-A', '--output', '-o', '--session', '--session-read-only', '--verify', '--cert', '--cert-key',
  '--timeout', '--proxy', '--print', '-p', '--pretty', '--style', '-s', '--format-options', '--max-redirects', '--default-scheme',
  '--boundary', '--raw', '--ssl', '--ciphers', '--unsorted', '--response-charset', '--response-mime', '--bearer', '--http-version',
]);

/** HTTPie / xh: `http [options] [METHOD] URL [ITEM …]`, items `k=v`, `k:=json`, `k==query`, `Header:v`, `k@file`, `k=@file`. */
function readHttpie(tool: string, argv: readonly string[]): HttpRequest | null {
  const positional: string[] = [];
  const bodies: string[] = [];
  const bodyFiles: string[] = [];
  let offline = false;
  let download = false;
  const outputs: string[] = [];
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const word = normalizeDashes(args[i]);
    if (word.startsWith('-') && word.length > 1 && positional.length === 0) {
      const eq = word.indexOf('=');
      const name = eq < 0 ? word : word.slice(0, eq);
      if (name === '--offline') offline = true;
      if (name === '--download' || name === '-d') download = true;
      const value = eq >= 0 ? word.slice(eq + 1) : HTTPIE_WITH_VALUE.has(name) ? args[++i] : undefined;
      if (name === '--raw' && value !== undefined) bodies.push(value);
      if ((name === '--output' || name === '-o') && value !== undefined) outputs.push(value);
      continue;
    }
    positional.push(args[i]);
  }
  // `--offline` only prints the request it would send.
  if (offline || positional.length === 0) return null;
  let method: string | undefined;
  if (positional.length > 1 && HTTP_METHODS.has(positional[0].toUpperCase()) && /^[A-Za-z]+$/.test(positional[0])) {
    method = positional.shift();
  }
  const url = positional.shift() ?? '';
  let override: string | undefined;
  const fields: { name: string; value: string }[] = [];
  for (const item of positional) {
    const sep = /(==|:=@|=@|:=|=|@|:)/.exec(item);
    if (!sep) continue;
    const value = item.slice(sep.index + sep[0].length);
    switch (sep[0]) {
      case '=': case ':=':
        bodies.push(value);
        fields.push({ name: item.slice(0, sep.index), value });
        break;
      case '=@': case ':=@': case '@': bodyFiles.push(value); break;
      case ':': override = methodOverride(item) ?? override; break;
      default: break;
    }
  }
  // `--download` saves under the URL's file name unless `--output` names one.
  if (download && outputs.length === 0 && urlFileName(url)) outputs.push(urlFileName(url));
  return finish(tool, override ?? method, [url], bodies, bodyFiles, fields, outputs);
}

/** `gh api [flags] <endpoint>` and GitLab's `glab api`, which takes the same flags: -X/--method, -f/--raw-field and
 * -F/--field `key=value` (`@file` reads a file), --input. */
/** Options of `gh api` / `glab api` that take the next word as their value. */
const FORGE_API_VALUED = new Set(['-X', '--method', '-f', '--raw-field', '-F', '--field', '--input', '-H', '--header', '-q', '--jq', '-t', '--template', '--hostname', '--cache', '-p', '--preview']);

function readForgeApi(tool: 'gh' | 'glab', argv: readonly string[]): HttpRequest | null {
  const args = argv.slice(1);
  const apiAt = args.findIndex((w) => !w.startsWith('-'));
  if (apiAt < 0 || args[apiAt] !== 'api') return null;
  let method: string | undefined;
  let override: string | undefined;
  const urls: string[] = [];
  const bodies: string[] = [];
  const bodyFiles: string[] = [];
  const fields: { name: string; value: string }[] = [];
  const rest = args.slice(apiAt + 1);
  for (let i = 0; i < rest.length; i++) {
    const word = normalizeDashes(rest[i]);
    if (word.startsWith('-') && word.length > 1) {
      const eq = word.startsWith('--') ? word.indexOf('=') : -1;
      let name = eq < 0 ? word : word.slice(0, eq);
      let value: string | undefined;
      if (eq >= 0) value = word.slice(eq + 1);
      else if (!word.startsWith('--') && word.length > 2) { name = word.slice(0, 2); value = rest[i].slice(2); }
      else if (FORGE_API_VALUED.has(name)) value = rest[++i];
      if (value === undefined) continue;
      if (name === '-X' || name === '--method') method = value;
      else if (name === '-f' || name === '--raw-field') addField(value, bodies, fields);
      else if (name === '-F' || name === '--field') {
        const v = fieldValue(value);
        if (v.startsWith('@')) bodyFiles.push(v.slice(1));
        else addField(value, bodies, fields);
      } else if (name === '--input') bodyFiles.push(value);
      else if (name === '-H' || name === '--header') override = methodOverride(value) ?? override;
      continue;
    }
    urls.push(rest[i]);
  }
  return finish(`${tool} api`, override ?? method, urls, bodies, bodyFiles, fields);
}

/** PowerShell: `Invoke-RestMethod -Method Delete -Uri …`, `irm`, `iwr`, `Invoke-WebRequest`, `-Body`, `-InFile`. */
function readPowerShell(tool: string, argv: readonly string[]): HttpRequest {
  let method: string | undefined;
  const urls: string[] = [];
  const bodies: string[] = [];
  const bodyFiles: string[] = [];
  const outputs: string[] = [];
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const param = /^-([A-Za-z]+):?(.*)$/.exec(word);
    if (!param) { urls.push(word); continue; }
    const name = param[1].toLowerCase();
    const value = param[2] || (['method', 'uri', 'body', 'infile', 'headers', 'contenttype', 'outfile'].includes(name) ? args[++i] : undefined);
    if (value === undefined) continue;
    if (name === 'method') method = value;
    else if (name === 'uri') urls.push(value);
    else if (name === 'body') bodies.push(value);
    else if (name === 'infile') bodyFiles.push(value);
    else if (name === 'outfile') outputs.push(value);
  }
  return finish(tool, method, urls, bodies, bodyFiles, [], outputs);
}

/** The command names readHttpRequest reads. */
export const HTTP_CLIENT_COMMANDS: readonly string[] = ['curl', 'wget', 'http', 'https', 'xh', 'xhs', 'gh', 'glab', 'invoke-restmethod', 'irm', 'invoke-webrequest', 'iwr'];

/** The request this command sends, or null if it is not an HTTP client call. Read once per command: the http rules
 * and credential-access/read-credential-file read the same request. */
export const readHttpRequest = readOnce(readRequest, HTTP_CLIENT_COMMANDS);

function readRequest(command: SimpleCommand): HttpRequest | null {
  const { name } = command;
  switch (name) {
    case 'curl': return readCurl(command.argv);
    case 'wget': return readWget(command.argv);
    case 'http': case 'https': case 'xh': case 'xhs': return readHttpie(name, command.argv);
    case 'gh': return readForgeApi('gh', command.argv);
    case 'glab': return readForgeApi('glab', command.argv);
    case 'invoke-restmethod': case 'irm': case 'invoke-webrequest': case 'iwr': return readPowerShell(command.name, command.argv);
    default: return null;
  }
}

/** The path of a URL or API endpoint, without scheme, host, query or fragment: `https://x.io/v1/a/b?c` → `/v1/a/b`. */
export function urlPath(url: string): string {
  // indexOf, not split(/[?#]/): every URL of every request comes through here.
  const query = url.indexOf('?');
  const fragment = url.indexOf('#');
  const end = query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
  const noQuery = end < 0 ? url : url.slice(0, end);
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(noQuery);
  if (m) return m[1] ?? '/';
  // `localhost:9200/index`, `api.example.com/x`, or a gh endpoint `repos/o/r`.
  if (/^[^/]+\.[^/]+\//.test(noQuery) || /^[^/]+:\d+(\/|$)/.test(noQuery)) return noQuery.slice(noQuery.indexOf('/')) || '/';
  return noQuery.startsWith('/') ? noQuery : `/${noQuery}`;
}

/** Splits an identifier into lower-case words: `volumeDelete` → volume, delete; `DELETE_DB` → delete, db. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Verbs that, as an API operation, destroy data. */
export const DESTRUCTIVE_VERBS = new Set(['delete', 'deletes', 'del', 'drop', 'destroy', 'purge', 'wipe', 'remove', 'truncate', 'erase', 'nuke', 'reset']);

/** Things whose deletion takes everything inside with them: deleting one is catastrophic. */
const CRITICAL_NOUNS = new Set([
  'volume', 'volumes', 'database', 'databases', 'db', 'dbs', 'project', 'projects', 'environment', 'environments', 'env', 'envs',
  'backup', 'backups', 'snapshot', 'snapshots', 'cluster', 'clusters', 'bucket', 'buckets', 'repository', 'repositories', 'repo',
  'repos', 'organization', 'organizations', 'org', 'orgs', 'account', 'accounts', 'workspace', 'workspaces', 'keyspace', 'keyspaces',
]);

export function isCriticalNoun(word: string): boolean {
  return CRITICAL_NOUNS.has(word.toLowerCase());
}

/** The destructive verb of an operation name (`volumeDelete` → delete), or undefined. `resetPassword` is not one. */
export function destructiveVerbOf(name: string): string | undefined {
  const words = identifierWords(name);
  const verb = words.find((w) => DESTRUCTIVE_VERBS.has(w));
  if (verb === 'reset' && words.some((w) => ['password', 'passwords', 'pin', 'filter', 'filters', 'view'].includes(w))) return undefined;
  return verb;
}
