// Which environment variable names hold secrets (`GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`, `DATABASE_URL`, `DB_PWD`)
// and which merely look close (`PWD`, `SSH_AUTH_SOCK`, `AWS_ACCESS_KEY_ID`, `NEXT_PUBLIC_STRIPE_KEY`, `KEY_FILE`).

/** Name parts that mark a secret on their own. */
const SECRET_PARTS = new Set([
  'TOKEN', 'TOKENS', 'SECRET', 'SECRETS', 'PASSWORD', 'PASSWORDS', 'PASSWD', 'PASS', 'PASSPHRASE', 'PWD', 'KEY', 'KEYS', 'APIKEY',
  'PRIVATE', 'CREDENTIAL', 'CREDENTIALS', 'CREDS', 'AUTH', 'COOKIE', 'DSN', 'PAT', 'JWT', 'BEARER', 'SIGNATURE', 'SALT',
]);
/** Parts that say the value is a pointer or a public value, not the secret itself. */
const NOT_SECRET_PARTS = new Set(['PUBLIC', 'PUBLISHABLE', 'PUB', 'PATH', 'FILE', 'DIR', 'ID', 'SOCK', 'SOCKET', 'URL_PATH', 'TYPE', 'METHOD', 'REGION', 'NAME', 'ENABLED', 'EXPIRY', 'EXPIRES', 'TTL', 'LENGTH', 'HEADER', 'DOMAIN', 'ENDPOINT']);
/** Connection URLs carry a password: `DATABASE_URL`, `REDIS_URL`, `MONGODB_URI`, `PG_URL`. */
const CONNECTION_SERVICES = new Set(['DATABASE', 'DB', 'POSTGRES', 'POSTGRESQL', 'PG', 'MYSQL', 'MARIADB', 'MONGO', 'MONGODB', 'REDIS', 'AMQP', 'RABBITMQ', 'KAFKA', 'SQL', 'CONNECTION', 'CONN']);

export function isSecretVariableName(name: string): boolean {
  const upper = name.toUpperCase();
  if (upper === 'PWD' || upper === 'OLDPWD') return false;
  const parts = upper.split('_').filter(Boolean);
  if (parts.some((p) => NOT_SECRET_PARTS.has(p))) return false;
  if (parts.some((p) => SECRET_PARTS.has(p) || p.endsWith('TOKEN') || p.endsWith('SECRET') || p.endsWith('PASSWORD') || p === 'APIKEY')) return true;
  const last = parts[parts.length - 1];
  if ((last === 'URL' || last === 'URI' || last === 'STRING') && parts.some((p) => CONNECTION_SERVICES.has(p))) return true;
  return false;
}

/** Variables a word expands so that their value is printed: `$TOKEN`, `${TOKEN}`, `${TOKEN:0:4}`; not `${#TOKEN}`
 * (its length) or `${TOKEN:+set}` (a fixed word when set). */
export function expandedVariables(word: string): string[] {
  const names: string[] = [];
  // exec in a loop, not matchAll: V8's matchAll costs about a microsecond a call, exec a tenth of that.
  const variable = /\$(?:\{(#?)([A-Za-z_][A-Za-z0-9_]*)([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;
  for (let m = variable.exec(word); m; m = variable.exec(word)) {
    if (m[1] === '#' || (m[3] ?? '').startsWith(':+') || (m[3] ?? '').startsWith('+')) continue;
    names.push(m[2] ?? m[4]);
  }
  return names;
}
