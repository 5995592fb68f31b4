// Which files are credential files by their path (and, where the name alone is ambiguous, a glance at their text).
// The one list of credential path patterns lives in src/core/rules/credential-access/credential-paths.ts and serves the
// terminal rules (`cat .env`) too; this module extends it for the scanner: stable detector ids, content vetoes for
// names that are usually harmless (`.npmrc` without a token, a `.pem` holding only certificates), content-only
// credential files (service-account JSON, Docker logins, kubeconfigs under any name) and user globs (minimatch).
import { Minimatch } from 'minimatch';
import { CREDENTIAL_PATH_PATTERNS, normaliseCredentialPath } from '../rules/credential-access/credential-paths';

export interface PathRuleMatch {
  /** Stable id, e.g. `environment-file`, `private-key`, `gcp-service-account`. */
  detector: string;
  /** For people: "an environment file". */
  kind: string;
  /** True when the file was recognised by its text rather than its name (a service-account key named `prod.json`). */
  byContent?: boolean;
}

/** "an environment file" → "environment-file"; "Terraform state (it stores …)" → "terraform-state". */
export function detectorIdForKind(kind: string): string {
  return kind
    .replace(/\(.*\)/g, '')
    .replace(/^(an?|the)\s+/i, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** True when the file's text shows the name lied: nothing secret is in it. Only consulted when text is available. */
function contentClearsPath(basename: string, normalisedPath: string, text: string): boolean {
  const lower = basename.toLowerCase();
  if (lower === '.npmrc' || lower === '.yarnrc') return !/(_auth(Token)?|_password|:_authToken|\/\/[^\s=]+:(_auth|_password|username))\s*=/i.test(text);
  if (/\.(pem|crt|cer)$/.test(lower)) return !/PRIVATE KEY/.test(text) && /-----BEGIN (CERTIFICATE|PUBLIC KEY|X509 CRL|TRUSTED CERTIFICATE)/.test(text);
  if (normalisedPath.endsWith('.docker/config.json')) return !hasDockerAuth(text);
  // Apple Keynote documents are `.key` zip archives.
  if (lower.endsWith('.key')) return text.startsWith('PK\u0003\u0004');
  return false;
}

function hasDockerAuth(text: string): boolean {
  return /"auths"\s*:/.test(text) && /"(auth|identitytoken|registrytoken)"\s*:\s*"[^"]{8,}"/.test(text);
}

/** Credential files recognised by their text whatever their name. */
const CONTENT_FILE_RULES: readonly { detector: string; kind: string; applies: (basename: string) => boolean; test: (text: string) => boolean }[] = [
  {
    detector: 'gcp-service-account',
    kind: 'a cloud service-account key',
    applies: (b) => b.endsWith('.json'),
    test: (t) => /"type"\s*:\s*"service_account"/.test(t) && /"private_key"\s*:\s*"-----BEGIN/.test(t),
  },
  { detector: 'docker-registry-login', kind: 'a Docker registry login', applies: (b) => b.endsWith('.json'), test: hasDockerAuth },
  {
    detector: 'kubeconfig',
    kind: 'a Kubernetes kubeconfig',
    applies: (b) => /\.(ya?ml|conf|config)$|^config$/i.test(b),
    test: (t) => /^kind:\s*Config\s*$/m.test(t) && /^\s*(client-key-data|token|password):\s*\S{8,}/m.test(t),
  },
];

export interface PathRuleOptions {
  /** Extra credential globs (minimatch, relative to the scanned root), from `agentGuard.credentials.extraPaths`. */
  extraPatterns?: readonly string[];
}

/** Compiled user globs; build once per scan. */
export class ExtraPathPatterns {
  private readonly matchers: Minimatch[];
  constructor(patterns: readonly string[] = []) {
    this.matchers = patterns.filter((p) => p.trim()).map((p) => new Minimatch(p.trim(), { dot: true, matchBase: !p.includes('/') }));
  }
  matches(relativePath: string): boolean {
    return this.matchers.some((m) => m.match(relativePath));
  }
}

/**
 * The credential-file rule a path matches, or undefined. `text` (when given) lets content vetoes and content-only
 * rules decide; without it the path alone decides (what a terminal rule or a read hook knows).
 */
export function matchCredentialPath(relativePath: string, text?: string, extra?: ExtraPathPatterns): PathRuleMatch | undefined {
  const normalised = normaliseCredentialPath(relativePath).replace(/^\.\//, '');
  const basename = normalised.slice(normalised.lastIndexOf('/') + 1);
  const pattern = CREDENTIAL_PATH_PATTERNS.find((p) => p.test(normalised, basename));
  if (pattern && !(text !== undefined && contentClearsPath(basename, normalised, text))) {
    return { detector: detectorIdForKind(pattern.kind), kind: pattern.kind };
  }
  if (extra?.matches(normalised)) return { detector: 'configured-path', kind: 'a file listed in agentGuard.credentials.extraPaths' };
  if (text !== undefined) {
    const lowerBase = basename.toLowerCase();
    const rule = CONTENT_FILE_RULES.find((r) => r.applies(lowerBase) && r.test(text));
    if (rule) return { detector: rule.detector, kind: rule.kind, byContent: true };
  }
  return undefined;
}
