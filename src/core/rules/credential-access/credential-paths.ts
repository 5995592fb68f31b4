// Which file paths hold credentials (.env files, private keys, cloud CLI logins, package-registry tokens, Terraform
// state, …). Pure and dependency-free so both the credential-access rules and the credential file scanner
// (src/core/credentials/) can share one list. Paths are judged by their text only; nothing is read from disk.

export interface CredentialPathPattern {
  /** What kind of secret lives there, for messages: "an environment file", "an SSH private key". */
  kind: string;
  /** Tested against the normalised path (forward slashes, `~` for the home directory). */
  test: (path: string, basename: string) => boolean;
}

/** `.env` variants that hold placeholders, not secrets: `.env.example`, `.env.sample.local`, `example.env`. */
const ENV_TEMPLATE_WORDS = new Set(['example', 'examples', 'sample', 'samples', 'template', 'templates', 'tpl', 'tmpl', 'defaults', 'default', 'dist', 'schema']);

function isEnvFile(basename: string): boolean {
  const lower = basename.toLowerCase();
  // Every name that passes below holds `env`: most file names are out at once.
  if (!lower.includes('env')) return false;
  if (lower === '.envrc') return true;
  const parts = lower.split('.');
  if (parts.some((p) => ENV_TEMPLATE_WORDS.has(p))) return false;
  // `.env.d.ts`, `.env.ts`, `env.md`: code or docs about the environment, not the environment.
  if (/\.(ts|tsx|js|jsx|mjs|cjs|py|rb|go|rs|java|kt|swift|php|md|mdx|txt\.example)$/.test(lower)) return false;
  if (lower === '.env' || lower.startsWith('.env.')) return true;
  // `.env*` written as a glob.
  if (/^\.env[*?[]/.test(lower)) return true;
  // `production.env`, `app.env`: a named env file.
  return /^[a-z0-9_-]+\.env$/.test(lower) && lower !== 'venv.env';
}

/** `.pem` files are private keys unless the name says certificate, chain or public key. */
function isPrivatePem(basename: string): boolean {
  const stem = basename.toLowerCase().replace(/\.pem$/, '');
  if (/key|priv|secret/.test(stem)) return true;
  return !/cert|crt|chain|bundle|^ca$|^ca[-_.]|[-_.]ca$|pub|dhparam|trust/.test(stem);
}

const endsWithPath = (path: string, suffix: string): boolean => path === suffix || path.endsWith(`/${suffix}`);

export const CREDENTIAL_PATH_PATTERNS: readonly CredentialPathPattern[] = [
  { kind: 'an environment file', test: (_p, b) => isEnvFile(b) },
  { kind: 'an SSH private key', test: (p, b) => /^id_(rsa|dsa|ecdsa|ed25519|ecdsa_sk|ed25519_sk|[*?][^.]*)$/i.test(b) || (/(^|\/)\.ssh\/id_/.test(p) && !b.endsWith('.pub')) },
  { kind: 'a private key', test: (_p, b) => (/\.pem$/i.test(b) && isPrivatePem(b)) || /\.(key|p12|pfx|ppk|p8|jks|keystore)$/i.test(b) },
  { kind: 'AWS credentials', test: (p) => endsWithPath(p, '.aws/credentials') || endsWithPath(p, '.aws/config') || /(^|\/)\.(boto|s3cfg)$/.test(p) },
  { kind: 'a Kubernetes kubeconfig', test: (p, b) => endsWithPath(p, '.kube/config') || /^kubeconfig/i.test(b) || /\.kubeconfig$/i.test(b) },
  { kind: 'a package-registry token file', test: (_p, b) => ['.npmrc', '.pypirc'].includes(b) },
  { kind: 'saved logins', test: (p, b) => ['.netrc', '_netrc', '.git-credentials', '.pgpass', '.my.cnf', '.htpasswd', '.vault-token', '.dockercfg'].includes(b) || endsWithPath(p, '.gem/credentials') || /(^|\/)\.cargo\/credentials(\.toml)?$/.test(p) },
  { kind: 'Terraform state (it stores every secret Terraform manages)', test: (_p, b) => /\.tfstate(\.backup)?$/i.test(b) || /^terraform\.tfstate/i.test(b) },
  { kind: 'a service-account or OAuth credentials file', test: (_p, b) => /^credentials\.json$|service[-_]?account.*\.json$|[-_]sa\.json$|^client_secret.*\.json$|^application_default_credentials\.json$/i.test(b) },
  { kind: 'a secrets file', test: (_p, b) => /^secrets?\.(json|ya?ml|toml|env|txt|ini)$/i.test(b) || b === 'master.key' },
  { kind: 'a Docker registry login', test: (p) => endsWithPath(p, '.docker/config.json') },
  {
    kind: 'a CLI login token',
    test: (p) =>
      endsWithPath(p, '.config/gh/hosts.yml') ||
      endsWithPath(p, '.config/hub') ||
      /(^|\/)\.azure\/(accessTokens\.json|msal_token_cache\.[a-z]+)$/.test(p) ||
      /(^|\/)\.config\/gcloud\/(credentials\.db|access_tokens\.db|legacy_credentials\/)/.test(p) ||
      endsWithPath(p, '.railway/config.json') ||
      endsWithPath(p, '.fly/config.yml') ||
      endsWithPath(p, '.terraform.d/credentials.tfrc.json') ||
      /(^|\/)(\.composer|\.config\/composer)\/auth\.json$/.test(p) ||
      endsWithPath(p, 'com.vercel.cli/auth.json'),
  },
  { kind: 'system password hashes', test: (p) => p === '/etc/shadow' || p === '/etc/gshadow' || p === '/etc/master.passwd' },
  { kind: 'a process environment (every secret the process holds)', test: (p) => /^\/proc\/[^/]+\/environ$/.test(p) },
  { kind: 'a private keyring', test: (p) => /(^|\/)\.gnupg\/(private-keys-v1\.d|secring\.gpg)/.test(p) || /\.keychain(-db)?$/.test(p) },
];

/** Directories whose whole content is credentials (copying or archiving them copies the keys). */
const CREDENTIAL_DIRECTORIES = ['.ssh', '.aws', '.gnupg', '.kube', '.docker', '.config/gcloud', '.azure', '.password-store'];

/** Forward slashes, no surrounding quotes, `$HOME`/`${HOME}` written as `~`, no trailing slash. */
export function normaliseCredentialPath(path: string): string {
  // Every file word of a printing or copying command comes through here: each step runs only when it can change the path.
  let p = path.trim();
  if (/^['"]|['"]$/.test(p)) p = p.replace(/^['"]|['"]$/g, '');
  if (p.includes('\\')) p = p.replace(/\\/g, '/');
  if (p.startsWith('$') || p.startsWith('%')) p = p.replace(/^(\$HOME|\$\{HOME\}|%USERPROFILE%|\$env:USERPROFILE)(?=\/|$)/i, '~');
  return p.endsWith('/') ? p.replace(/\/+$/, '') : p;
}

/**
 * A cheap first test for the patterns above: each needs a dot, an underscore (`id_rsa`, `_netrc`), `env` (`.envrc`,
 * `/proc/1/environ`), `shadow` (`/etc/shadow`) or `kubeconfig` somewhere in the path, and normalising a path only
 * removes or replaces characters, so a path without any of them is no credential. Most file words of printing and
 * copying commands (`README.md` aside) are out after this one test instead of the twenty of the patterns.
 */
const MAY_BE_CREDENTIAL = /[._]|env|shadow|kubeconfig/i;

/** The kind of secret a path holds ("an environment file"), or undefined if it does not look like a credential file. */
export function credentialKind(path: string): string | undefined {
  if (!MAY_BE_CREDENTIAL.test(path)) return undefined;
  const normalised = normaliseCredentialPath(path);
  if (!normalised) return undefined;
  const basename = normalised.slice(normalised.lastIndexOf('/') + 1);
  return CREDENTIAL_PATH_PATTERNS.find((p) => p.test(normalised, basename))?.kind;
}

export function isCredentialPath(path: string): boolean {
  return credentialKind(path) !== undefined;
}

/** True for `~/.ssh`, `/home/dev/.aws/`, `.gnupg`: a directory that holds nothing but credentials. */
export function isCredentialDirectory(path: string): boolean {
  const normalised = normaliseCredentialPath(path);
  return CREDENTIAL_DIRECTORIES.some((dir) => endsWithPath(normalised, dir));
}

/** Names a shell glob such as `.en*` or `id_*` is checked against (a glob that starts with `*` is judged as written). */
const SAMPLE_CREDENTIAL_NAMES = ['.env', '.env.local', '.env.production', 'id_rsa', 'id_ed25519', 'credentials', '.npmrc', '.netrc', '.pgpass', 'terraform.tfstate', 'master.key', 'kubeconfig'];

/** `{a,b}` brace lists expanded one level: `.env{,.local}` → `.env`, `.env.local`. */
function expandBraces(word: string): string[] {
  const m = word.includes('{') ? /^(.*?)\{([^{}]*,[^{}]*)\}(.*)$/.exec(word) : null;
  return m ? m[2].split(',').map((alt) => `${m[1]}${alt}${m[3]}`) : [word];
}

/**
 * Like credentialKind, for a word written on a command line: brace lists are expanded and a glob whose name starts
 * with literal text (`.en*`, `id_*`, `~/.aws/cred*`) counts when it could match a credential file's name.
 */
export function credentialKindOfWord(word: string): string | undefined {
  // A word with no brace list and no glob is judged by credentialKind alone (most are).
  if (!/[{*?[]/.test(word)) return credentialKind(word);
  for (const candidate of expandBraces(word)) {
    const kind = credentialKind(candidate);
    if (kind) return kind;
    const normalised = normaliseCredentialPath(candidate);
    const slash = normalised.lastIndexOf('/');
    const dir = normalised.slice(0, slash + 1);
    const base = normalised.slice(slash + 1);
    if (!/[*?[]/.test(base) || /^[*?[]/.test(base)) continue;
    const glob = new RegExp(`^${base.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    const hit = SAMPLE_CREDENTIAL_NAMES.find((name) => glob.test(name) && credentialKind(`${dir}${name}`));
    if (hit) return credentialKind(`${dir}${hit}`);
  }
  return undefined;
}
