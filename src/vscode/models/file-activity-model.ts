// Which workspace file events the activity view shows, and which deserve attention. Pure (paths in, label out).

/** Folders whose churn is noise (dependencies, build output, VCS internals). */
const IGNORED_SEGMENTS = new Set(['node_modules', '.git', 'dist', 'out', 'build', '.next', '.nuxt', 'target', '.venv', 'venv', '__pycache__', '.cache', '.turbo', 'coverage', '.terraform']);

/** Credential-looking files (a light check for flagging; the credential scanner does the thorough work). */
const CREDENTIAL_FILE = /(^|\/)(\.env(\.(?!example$|sample$|template$|defaults?$)[^/]*)?|\.npmrc|\.pypirc|\.netrc|\.git-credentials|\.pgpass|credentials(\.json)?|id_(rsa|dsa|ecdsa|ed25519)|[^/]*\.(pem|key|p12|pfx|jks|keystore)|terraform\.tfstate(\.backup)?|master\.key|service-account[^/]*\.json)$/i;

/** Files that configure Agent Guard or the agents' hooks and permissions. */
const GUARD_CONFIG = /(^|\/)(\.vscode\/settings\.json|[^/]*\.code-workspace|\.cursor\/hooks\.json|\.cursorignore|\.claude\/settings(\.local)?\.json|\.github\/hooks\/[^/]+\.json)$/i;

export type WorkspacePathKind = 'ignored' | 'credential' | 'guard-config' | 'plain';

/** `relative` is a workspace-relative path with `/` separators (a folder-name prefix in multi-root is fine). */
export function classifyWorkspacePath(relative: string): WorkspacePathKind {
  const posix = relative.replace(/\\/g, '/');
  if (posix.split('/').some((segment) => IGNORED_SEGMENTS.has(segment))) return 'ignored';
  if (GUARD_CONFIG.test(posix)) return 'guard-config';
  if (CREDENTIAL_FILE.test(posix)) return 'credential';
  return 'plain';
}
