// Content detectors: find secrets inside file text (token formats with a known shape, private key blocks, database
// URLs with a password, and high-entropy or UUID values assigned to secret-like names such as RAILWAY_TOKEN).
// Pure: text in, offsets out. Placeholders, documented example keys, public keys and look-alikes are not reported.

export interface SecretHit {
  /** Stable id, e.g. `github-token`, `secret-assignment`. */
  detector: string;
  /** For people: "a GitHub token". */
  description: string;
  /** Offset of the secret in the text and its length (the range a diagnostic underlines and a quick fix replaces). */
  index: number;
  length: number;
  /** How many leading characters are safe to show (a format prefix such as `ghp_`, never the random part). */
  visiblePrefix: number;
  /** The name the secret is assigned to, when it is (`RAILWAY_TOKEN`), for "Move to .env". */
  name?: string;
}

interface TokenDetector {
  id: string;
  description: string;
  /** Global, with the `d` flag; group 1 (when present) is the secret, else the whole match. */
  regex: RegExp;
  visiblePrefix: (secret: string) => number;
  /** Extra check on the secret (and the match) beyond its shape. */
  accept?: (secret: string, match: RegExpExecArray) => boolean;
  /** Literal strings one of which the text must contain for the regex to be worth running (a fast pre-check). */
  hints: readonly string[];
  /** Skip the placeholder check (the match is not itself secret text, e.g. a private key header). */
  notAValue?: boolean;
}

const fixed = (n: number) => () => n;

const TOKEN_DETECTORS: readonly TokenDetector[] = [
  {
    id: 'aws-access-key-id',
    hints: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
    description: 'an AWS access key id',
    regex: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/dg,
    visiblePrefix: fixed(4),
    accept: (s) => entropy(s.slice(4)) >= 2.5,
  },
  {
    id: 'aws-secret-access-key',
    hints: ['aws_secret', 'AWS_SECRET', 'awsSecret', 'AwsSecret', 'awssecret', 'AWSSECRET', 'aws-secret', 'Aws_Secret'],
    description: 'an AWS secret access key',
    regex: /aws_?secret_?(?:access_?)?key["']?\s*(?:=>|:=|[:=])\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
    visiblePrefix: fixed(0),
    accept: (s) => entropy(s) >= 3.5,
  },
  {
    id: 'github-token',
    hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    description: 'a GitHub token',
    regex: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,247})(?![A-Za-z0-9_])/dg,
    visiblePrefix: (s) => (s.startsWith('github_pat_') ? 11 : 4),
    accept: (s) => entropy(s.slice(4)) >= 3,
  },
  {
    id: 'gitlab-token',
    hints: ['glpat-'],
    description: 'a GitLab personal access token',
    regex: /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}/dg,
    visiblePrefix: fixed(6),
    accept: (s) => entropy(s.slice(6)) >= 3,
  },
  {
    id: 'stripe-live-key',
    hints: ['_live_'],
    description: 'a Stripe live secret or restricted key',
    regex: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{16,}/dg,
    visiblePrefix: fixed(8),
    accept: (s) => entropy(s.slice(8)) >= 3,
  },
  {
    id: 'slack-token',
    hints: ['xox'],
    description: 'a Slack token',
    regex: /(?<![A-Za-z0-9_-])xox[baprs]-[A-Za-z0-9-]{10,}/dg,
    visiblePrefix: fixed(5),
    accept: (s) => /\d/.test(s) && entropy(s.slice(5)) >= 3,
  },
  {
    id: 'slack-webhook',
    hints: ['hooks.slack.com'],
    description: 'a Slack incoming-webhook URL',
    regex: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{20,}/dg,
    visiblePrefix: fixed('https://hooks.slack.com/services/'.length),
  },
  {
    id: 'anthropic-key',
    hints: ['sk-ant-'],
    description: 'an Anthropic API key',
    regex: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,}/dg,
    visiblePrefix: fixed(7),
    accept: (s) => entropy(s.slice(7)) >= 3.5,
  },
  {
    id: 'openai-key',
    hints: ['sk-'],
    description: 'an OpenAI API key',
    regex: /(?<![A-Za-z0-9_-])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/dg,
    visiblePrefix: (s) => /^sk-(proj|svcacct|admin)-/.exec(s)?.[0].length ?? 3,
    accept: (s) => /\d/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s) && entropy(s) >= 3.5,
  },
  {
    id: 'npm-token',
    hints: ['npm_'],
    description: 'an npm access token',
    regex: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/dg,
    visiblePrefix: fixed(4),
    accept: (s) => entropy(s.slice(4)) >= 3,
  },
  {
    id: 'pypi-token',
    hints: ['pypi-'],
    description: 'a PyPI API token',
    regex: /(?<![A-Za-z0-9_-])pypi-[A-Za-z0-9_-]{50,}/dg,
    visiblePrefix: fixed(5),
    accept: (s) => entropy(s.slice(5)) >= 3.5,
  },
  {
    id: 'google-api-key',
    hints: ['AIza'],
    description: 'a Google API key',
    regex: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/dg,
    visiblePrefix: fixed(4),
    accept: (s) => entropy(s.slice(4)) >= 3.5,
  },
  {
    id: 'private-key',
    hints: ['PRIVATE KEY'],
    description: 'a private key',
    regex: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/dg,
    visiblePrefix: (s) => s.length,
    notAValue: true,
    // A real key has a body; a parser or a doc mentioning the header does not.
    accept: (_s, m) => /[A-Za-z0-9+/=]{60,}/.test(m.input.slice(m.index, m.index + 600).replace(/\\n|\\r|\r?\n|["'+\s]/g, '')),
  },
  {
    id: 'supabase-service-role',
    hints: ['eyJ'],
    description: 'a Supabase service-role key (a JWT that bypasses row-level security)',
    regex: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/dg,
    visiblePrefix: fixed(3),
    accept: (s) => jwtPayload(s)?.role === 'service_role',
  },
  {
    id: 'database-url',
    hints: ['://'],
    description: 'a database URL with a password in it',
    regex: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb)(?:\+[a-z0-9]+)?:\/\/[^\s:@/'"`]*:([^\s@/'"`]+)@([^\s/:'"`?#,;]+)/dgi,
    visiblePrefix: fixed(0),
    accept: (s, m) => s.length >= 4 && !isLocalHost(m[2]) && !/^(password|pass|postgres|root|admin|secret|mysql|user|guest)$/i.test(s),
  },
];

function isLocalHost(host: string): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal)$/i.test(host);
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  if (!s) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

export function jwtPayload(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const PLACEHOLDER_WORDS = [
  'changeme', 'change_me', 'change-me', 'your_', 'your-', 'yourapi', 'yourtoken', 'yoursecret', 'replace', 'placeholder',
  'example', 'dummy', 'sample', 'redacted', 'insert', 'fixme', '***', '...', '\u2022', 'process.env',
  'os.environ', 'getenv', 'secrets.', 'env.', 'vault:', 'ssm:', 'arn:aws', '0123456', '1234567', 'abcdefg',
];
/** Short placeholder words that random keys also contain by chance (`sk-ant-…3XXXEFA…` in about one key in 700,
 * `AKIAHERE…`): they count only next to a separator or an end of the value (`AKIAXXXXXXXX`, `key_here`), or as a long
 * run of x. */
const SHORT_PLACEHOLDER = /(?:^|[^a-z0-9])(?:x{3,}|here|todo|fake)|(?:x{3,}|here|todo|fake)(?:$|[^a-z0-9])|x{6,}/i;

/** True for `<your-token>`, `${VAR}`, `${{ secrets.X }}`, `process.env.X`, `xxxx`, `changeme`, `your_api_key_here`, … */
export function isPlaceholder(value: string): boolean {
  const v = value.toLowerCase();
  if (/^\$\{?[a-z_][a-z0-9_]*\}?$/i.test(value)) return true;
  if (/\$\{|\{\{|\}\}|<[^>]*>|%\([a-z_]+\)s|%[a-z_]+%|\$\(/i.test(value)) return true;
  if (/^(.)\1*$/.test(value)) return true;
  return PLACEHOLDER_WORDS.some((w) => v.includes(w)) || SHORT_PLACEHOLDER.test(value);
}

type NameFamily = 'password' | 'secret' | 'key';

const EXCLUDED_NAME_WORDS = new Set(
  ('PUBLIC PUBLISHABLE PUB ANON NAME NAMES FILE FILENAME PATH DIR URL URI ENDPOINT HOST HEADER FIELD PREFIX SUFFIX LENGTH LEN ' +
    'SIZE TYPE EXPIRY EXPIRES EXPIRATION TTL TIMEOUT COUNT INDEX ID IDS VAR ENV REF HASH HASHED DIGEST MIN MAX POLICY REGEX ' +
    'PATTERN LABEL HINT RESET CONFIRM CONFIRMATION PLACEHOLDER FORMAT ALGORITHM ALG CSRF XSRF EVENT CACHE SORT PRIMARY ' +
    'FOREIGN PARTITION ROUTING UNIQUE STORAGE COOKIE PARAM QUERY KIND MODE STRATEGY SOURCE PROVIDER ISSUER AUDIENCE SCOPE ' +
    'SCOPES VERSION ENABLED REQUIRED RULES LIMIT LOCATION ARN PROMPT INPUT LABELS FINGERPRINT').split(' '),
);

/** Names repeat across a workspace; remembering the answer for a bounded number of them saves most of the work. */
const familyMemo = new Map<string, NameFamily | null>();

/** Which kind of secret a variable name announces, if any: `RAILWAY_TOKEN` → secret, `DB_PASSWORD` → password. */
export function secretNameFamily(name: string): NameFamily | undefined {
  const known = familyMemo.get(name);
  if (known !== undefined) return known ?? undefined;
  const family = nameFamilyUncached(name);
  if (familyMemo.size > 20_000) familyMemo.clear();
  familyMemo.set(name, family ?? null);
  return family;
}

function nameFamilyUncached(name: string): NameFamily | undefined {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  if (words.length === 0 || words.some((w) => EXCLUDED_NAME_WORDS.has(w))) return undefined;
  if (words.some((w) => ['PASSWORD', 'PASSWD', 'PWD', 'PASS', 'PASSPHRASE', 'PASSWORDS'].includes(w))) return 'password';
  if (words.some((w) => /^(TOKENS?|SECRETS?|APIKEY|CREDENTIALS?|AUTHTOKEN|ACCESSTOKEN|PRIVATEKEY|SECRETKEY)$/.test(w))) return 'secret';
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if ((last === 'KEY' || last === 'KEYS') && (before === 'API' || before === 'PRIVATE' || before === 'SECRET')) return 'secret';
  if ((last === 'KEY' || last === 'KEYS') && words.length >= 2) return 'key';
  if (/^(API|ACCESS|SECRET|PRIVATE|MASTER|LICENSE|SIGNING|ENCRYPTION|AUTH|CLIENT|APP|SERVICE|ADMIN)KEYS?$/.test(last)) return 'key';
  return undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEV_PASSWORDS = new Set(['password', 'postgres', 'mysql', 'admin123', 'password1', 'password123', 'qwerty123', 'letmein1', 'secret123']);

function charClasses(v: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
}

/** Whether a value assigned to a secret-like name looks like a real secret of that family. */
export function looksLikeSecretValue(value: string, family: NameFamily): boolean {
  if (/\s/.test(value) || isPlaceholder(value)) return false;
  if (UUID.test(value)) return true;
  if (family === 'password') return value.length >= 8 && charClasses(value) >= 2 && !DEV_PASSWORDS.has(value.toLowerCase());
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  if (/^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(value)) return jwtPayload(value)?.role !== 'anon';
  // Hex keys (many APIs issue 32 hex digits) have 16 symbols, so their measured entropy runs lower than base62's: at
  // 3.5, one random 32-digit hex key in five was missed. These thresholds miss about 1 in 1,000 at the shortest length.
  const hex = HEX.test(value);
  if (family === 'secret') return value.length >= 16 && entropy(value) >= (hex ? 2.5 : 3.2);
  return value.length >= 20 && entropy(value) >= (hex ? 2.7 : 3.5);
}
const HEX = /^[0-9a-f]+$/i;

const NAME_KEYWORD = /token|secret|passw|passphrase|pwd|key|credential/gi;
function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === 45;
}

/** After a name: closing quotes/brackets, spaces, then `=`, `:`, `:=`, `=>` or `?=` (not `==`, `::`). Returns where
 * the value starts, or -1. Hand-written: it runs for every keyword hit, which is often. */
function valueStartAfterName(text: string, end: number): number {
  let i = end;
  while (i < text.length && (text[i] === '"' || text[i] === "'" || text[i] === ']')) i++;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const c = text[i];
  const next = text[i + 1];
  if (c === '=') {
    if (next === '=') return -1;
    i += next === '>' ? 2 : 1;
  } else if (c === ':') {
    if (next === ':') return -1;
    i += next === '=' ? 2 : 1;
  } else if (c === '?' && next === '=') i += 2;
  else return -1;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}
const UNQUOTED_VALUE = /^[^\s'"`,;)}\]#]+/;

/** `NAME = "value"`, `NAME: value`, `"NAME": "value"`, `export NAME=value`, `name="value"` keyword arguments. */
function findAssignments(text: string, out: SecretHit[]): void {
  const specific = out.length;
  const overlapping = (index: number, length: number): SecretHit | undefined => {
    for (let i = 0; i < specific; i++) if (index < out[i].index + out[i].length && out[i].index < index + length) return out[i];
    return undefined;
  };
  NAME_KEYWORD.lastIndex = 0;
  let lastNameEnd = -1;
  for (let m = NAME_KEYWORD.exec(text); m; m = NAME_KEYWORD.exec(text)) {
    let start = m.index;
    while (start > 0 && isNameChar(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
    if (end <= lastNameEnd) continue;
    lastNameEnd = end;
    NAME_KEYWORD.lastIndex = end;
    let valueStart = valueStartAfterName(text, end);
    if (valueStart === -1) continue;
    const rawName = text.slice(start, end);
    const name = rawName.slice(rawName.lastIndexOf('.') + 1).replace(/^-+/, '');
    const validName = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : undefined;
    // A specific detector already found it (GITHUB_TOKEN=ghp_…, AWS_ACCESS_KEY_ID=AKIA…): just name the variable.
    const known = overlapping(valueStart + (/["'`]/.test(text[valueStart]) ? 1 : 0), 1);
    if (known) {
      known.name ??= validName;
      continue;
    }
    const family = secretNameFamily(name);
    if (!family) continue;
    let value: string;
    const quote = text[valueStart];
    if (quote === '"' || quote === "'" || quote === '`') {
      const close = text.indexOf(quote, valueStart + 1);
      if (close < 0) continue;
      value = text.slice(valueStart + 1, close);
      if (value.includes('\n')) continue;
      valueStart += 1;
    } else {
      const v = UNQUOTED_VALUE.exec(text.slice(valueStart, valueStart + 400));
      if (!v) continue;
      value = v[0];
      const after = text[valueStart + value.length];
      const memberAccess = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/.test(value) && !value.startsWith('eyJ');
      if (after === '(' || memberAccess || /^(true|false|null|none|nil|undefined)$/i.test(value)) continue;
    }
    if (!looksLikeSecretValue(value, family)) continue;
    out.push({
      detector: 'secret-assignment',
      description: `a secret assigned to ${name}`,
      index: valueStart,
      length: value.length,
      visiblePrefix: 0,
      name: validName,
    });
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** One pass over the text finds which detectors' hints occur (cheaper than one `includes` per hint). */
// Longest first, so a hint that starts another (`sk-` and `sk-ant-`) never hides it.
const ANY_HINT = new RegExp([...new Set(TOKEN_DETECTORS.flatMap((d) => d.hints))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
const DETECTORS_BY_HINT = new Map<string, TokenDetector[]>();
for (const d of TOKEN_DETECTORS) for (const h of d.hints) DETECTORS_BY_HINT.set(h, [...(DETECTORS_BY_HINT.get(h) ?? []), d]);

function detectorsWorthRunning(text: string): Set<TokenDetector> {
  const out = new Set<TokenDetector>();
  ANY_HINT.lastIndex = 0;
  for (let m = ANY_HINT.exec(text); m; m = ANY_HINT.exec(text)) {
    for (const d of DETECTORS_BY_HINT.get(m[0]) ?? []) out.add(d);
    if (out.size === TOKEN_DETECTORS.length) break;
  }
  return out;
}

/** Every secret in `text`, in order of position. */
export function findSecrets(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  const worth = detectorsWorthRunning(text);
  for (const detector of TOKEN_DETECTORS) {
    if (!worth.has(detector)) continue;
    detector.regex.lastIndex = 0;
    for (let m = detector.regex.exec(text); m; m = detector.regex.exec(text)) {
      const secret = m[1] ?? m[0];
      const index = m.indices?.[1]?.[0] ?? m.index;
      if (!detector.notAValue && isPlaceholder(secret)) continue;
      if (detector.accept && !detector.accept(secret, m)) continue;
      hits.push({ detector: detector.id, description: detector.description, index, length: secret.length, visiblePrefix: detector.visiblePrefix(secret) });
    }
  }
  findAssignments(text, hits);
  return hits.sort((a, b) => a.index - b.index);
}

/** A secret shown safely: its format prefix (`ghp_`, never the random part), then `…` and its length. */
export function maskSecret(secret: string, visiblePrefix = 0): string {
  const shown = Math.min(visiblePrefix, secret.length >= 8 ? secret.length : 0);
  if (shown >= secret.length) return secret;
  return `${secret.slice(0, shown)}…(${secret.length} chars)`;
}
