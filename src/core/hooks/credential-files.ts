// Which file paths hold credentials, for agent read/write checks. A conservative built-in list; the editor may pass
// a richer detector (the credential shield) to the hook handler instead.
import * as path from 'node:path';

const NAMES = [
  /^\.env(\..+)?$/i, /^\.envrc$/i, /^\.netrc$/i, /^\.npmrc$/i, /^\.pypirc$/i, /^\.pgpass$/i, /^\.git-credentials$/i,
  /^id_(rsa|dsa|ecdsa|ed25519)$/i, /\.(pem|key|p12|pfx|jks|keystore|ppk|asc|gpg)$/i, /^credentials(\.json)?$/i,
  /^secrets?\.(json|ya?ml|toml|env)$/i, /^service[-_]?account.*\.json$/i, /^terraform\.tfvars(\.json)?$/i,
  /\.tfstate(\.backup)?$/i, /^kubeconfig$/i, /^\.dockercfg$/i, /^htpasswd$/i,
];
const EXAMPLES = /\.(example|sample|template|dist|defaults?)$|^\.env\.(example|sample|template)$/i;
const DIRS = [/(^|\/)\.aws\/(credentials|config)$/, /(^|\/)\.ssh\/[^/]+$/, /(^|\/)\.kube\/config$/, /(^|\/)\.docker\/config\.json$/, /(^|\/)\.config\/gcloud\//, /(^|\/)\.azure\//, /(^|\/)\.gnupg\//];

/** True when `file` (absolute or relative) names a file that usually holds secrets; `*.example` files do not. */
export function isCredentialPath(file: string): boolean {
  const normal = file.replace(/\\/g, '/');
  const base = path.posix.basename(normal);
  if (EXAMPLES.test(base)) return false;
  if (/(^|\/)\.ssh\/(known_hosts|config|[^/]+\.pub)$/.test(normal)) return false;
  return NAMES.some((re) => re.test(base)) || DIRS.some((re) => re.test(normal));
}
