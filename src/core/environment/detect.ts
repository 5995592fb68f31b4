// Decides which environment a workspace folder is, from facts a person can see (branch, .env files, names, kube
// context, terraform workspace). Pure: the editor reads the facts from disk and passes them in; nothing here touches
// the file system, so every signal is unit-tested with plain strings.
import type { Environment } from '../config';

/** What the extension read from disk for one workspace folder. Missing facts are simply absent. */
export interface EnvironmentFacts {
  /** The workspace folder's base name, e.g. `shop-production`. */
  folderName?: string;
  /** The checked-out git branch (undefined when detached or not a repository). */
  branch?: string;
  /** URLs of the git remotes, e.g. `git@github.com:acme/shop-prod.git`. */
  remoteUrls?: string[];
  /** `.env*` files at the folder root: base name and text (possibly truncated). */
  envFiles?: { name: string; text: string }[];
  /** `current-context` of the kube config in use. */
  kubeContext?: string;
  /** The selected terraform workspace (`.terraform/environment`). */
  terraformWorkspace?: string;
}

/** The `agentGuard.detection.*` settings, already normalised (see detectionOptionsFrom). */
export interface DetectionOptions {
  branch: boolean;
  envFiles: boolean;
  folderName: boolean;
  gitRemotes: boolean;
  kubeContext: boolean;
  terraformWorkspace: boolean;
  /** Branch names (globs with a trailing `*` allowed) that mean production / staging. */
  productionBranches: string[];
  stagingBranches: string[];
  /** Whole words that mean production / staging inside names (folder, remote, context, workspace, env values). */
  productionWords: string[];
  stagingWords: string[];
  /** Variables in .env files whose value names the environment (`NODE_ENV=production`). */
  envVariables: string[];
}

export const DEFAULT_DETECTION: DetectionOptions = {
  branch: true,
  envFiles: true,
  folderName: true,
  gitRemotes: true,
  kubeContext: true,
  terraformWorkspace: true,
  productionBranches: ['production', 'prod', 'live', 'release/*'],
  stagingBranches: ['staging', 'stage', 'preprod'],
  productionWords: ['prod', 'production', 'prd', 'live'],
  stagingWords: ['staging', 'stage', 'stg', 'preprod', 'uat'],
  envVariables: ['NODE_ENV', 'RAILS_ENV', 'RACK_ENV', 'APP_ENV', 'FLASK_ENV', 'DJANGO_ENV', 'MIX_ENV', 'ENVIRONMENT', 'DEPLOY_ENV', 'RAILWAY_ENVIRONMENT', 'RAILWAY_ENVIRONMENT_NAME', 'VERCEL_ENV', 'STAGE'],
};

export interface Detection {
  /** The strongest environment any signal pointed at; development when none did. */
  environment: Environment;
  /** One line per signal at that strength, e.g. `git branch "production"`. Empty when nothing matched. */
  reasons: string[];
}

type Signal = { environment: Exclude<Environment, 'development'>; reason: string };

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.filter((v) => v.trim() !== '') : fallback;
}

/** Normalises raw `agentGuard.detection` settings (nested object); anything malformed falls back to the default. */
export function detectionOptionsFrom(raw: unknown): DetectionOptions {
  const r = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const flag = (key: keyof DetectionOptions): boolean => (typeof r[key] === 'boolean' ? (r[key] as boolean) : (DEFAULT_DETECTION[key] as boolean));
  return {
    branch: flag('branch'),
    envFiles: flag('envFiles'),
    folderName: flag('folderName'),
    gitRemotes: flag('gitRemotes'),
    kubeContext: flag('kubeContext'),
    terraformWorkspace: flag('terraformWorkspace'),
    productionBranches: stringList(r.productionBranches, DEFAULT_DETECTION.productionBranches),
    stagingBranches: stringList(r.stagingBranches, DEFAULT_DETECTION.stagingBranches),
    productionWords: stringList(r.productionWords, DEFAULT_DETECTION.productionWords),
    stagingWords: stringList(r.stagingWords, DEFAULT_DETECTION.stagingWords),
    envVariables: stringList(r.envVariables, DEFAULT_DETECTION.envVariables),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when one of `words` appears as a whole token of `text` (`shop-prod`, `api.production.io`; not `product`). */
export function containsWord(text: string, words: string[]): string | undefined {
  for (const word of words) {
    if (new RegExp(`(^|[^a-z0-9])${escapeRegExp(word.toLowerCase())}([^a-z0-9]|$)`).test(text.toLowerCase())) return word;
  }
  return undefined;
}

/** `release/*` matches `release/1.2`; anything else must match exactly (case-insensitive). */
function branchMatches(branch: string, patterns: string[]): boolean {
  const b = branch.toLowerCase();
  return patterns.some((p) => {
    const q = p.toLowerCase();
    return q.endsWith('*') ? b.startsWith(q.slice(0, -1)) : b === q;
  });
}

function classifyName(text: string, options: DetectionOptions): Exclude<Environment, 'development'> | undefined {
  if (containsWord(text, options.productionWords)) return 'production';
  if (containsWord(text, options.stagingWords)) return 'staging';
  return undefined;
}

/** Reads `KEY=value` lines (optionally `export KEY=value`, quoted values, `#` comments) from a .env text. */
export function parseEnvAssignments(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(rawLine);
    if (!m) continue;
    let value = m[2].trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.lastIndexOf(quote) > 0) value = value.slice(1, value.lastIndexOf(quote));
    else value = value.replace(/\s+#.*$/, '');
    out.set(m[1], value);
  }
  return out;
}

/** Files like `.env.example` describe other machines; they never say what this workspace is. */
const TEMPLATE_ENV_FILE = /(^|\.)(example|sample|template|dist|defaults?)$/i;

function envFileSignals(files: { name: string; text: string }[], options: DetectionOptions): Signal[] {
  const signals: Signal[] = [];
  for (const file of files) {
    if (TEMPLATE_ENV_FILE.test(file.name)) continue;
    const suffix = file.name.replace(/^\.env\.?/, '');
    const byName = suffix ? classifyName(suffix, options) : undefined;
    if (byName) signals.push({ environment: byName, reason: `a ${file.name} file in the folder` });
    const assignments = parseEnvAssignments(file.text);
    for (const variable of options.envVariables) {
      const value = assignments.get(variable);
      if (value === undefined) continue;
      const env = classifyName(value, options);
      if (env) signals.push({ environment: env, reason: `${variable}=${value} in ${file.name}` });
    }
  }
  return signals;
}

/** Applies every enabled signal to the facts; the strongest environment wins and keeps all its reasons. */
export function detectEnvironment(facts: EnvironmentFacts, options: DetectionOptions = DEFAULT_DETECTION): Detection {
  const signals: Signal[] = [];
  if (options.branch && facts.branch) {
    if (branchMatches(facts.branch, options.productionBranches)) signals.push({ environment: 'production', reason: `git branch "${facts.branch}"` });
    else if (branchMatches(facts.branch, options.stagingBranches)) signals.push({ environment: 'staging', reason: `git branch "${facts.branch}"` });
  }
  if (options.envFiles && facts.envFiles) signals.push(...envFileSignals(facts.envFiles, options));
  if (options.folderName && facts.folderName) {
    const env = classifyName(facts.folderName, options);
    if (env) signals.push({ environment: env, reason: `folder name "${facts.folderName}"` });
  }
  if (options.gitRemotes && facts.remoteUrls) {
    for (const url of facts.remoteUrls) {
      const env = classifyName(url, options);
      if (env) signals.push({ environment: env, reason: `git remote ${url}` });
    }
  }
  if (options.kubeContext && facts.kubeContext) {
    const env = classifyName(facts.kubeContext, options);
    if (env) signals.push({ environment: env, reason: `kubectl context "${facts.kubeContext}"` });
  }
  if (options.terraformWorkspace && facts.terraformWorkspace) {
    const env = classifyName(facts.terraformWorkspace, options);
    if (env) signals.push({ environment: env, reason: `terraform workspace "${facts.terraformWorkspace}"` });
  }
  const strongest: Environment = signals.some((s) => s.environment === 'production') ? 'production' : signals.some((s) => s.environment === 'staging') ? 'staging' : 'development';
  return { environment: strongest, reasons: [...new Set(signals.filter((s) => s.environment === strongest).map((s) => s.reason))] };
}
