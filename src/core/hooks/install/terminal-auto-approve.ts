// `chat.tools.terminal.autoApprove` in `.vscode/settings.json`: entries set to `false` so VS Code's agent never
// auto-approves destructive commands, whatever else the person allowed. We add only keys that are absent and remove
// only keys we added that still say `false`.
import { edit, parseObject } from './jsonc-entries';

export const AUTO_APPROVE_SETTING = 'chat.tools.terminal.autoApprove';

/** Command prefixes and /regex/ keys (VS Code's syntax) that must always be confirmed. */
export const NEVER_AUTO_APPROVE: readonly string[] = [
  'rm', 'rmdir', 'dd', 'mkfs', 'shred', 'truncate', 'kubectl delete', 'helm uninstall', 'terraform destroy', 'terraform apply',
  'pulumi destroy', 'docker system prune', 'docker volume rm', 'git push --force', 'git reset --hard', 'git clean',
  'railway down', 'vercel remove', 'fly destroy', 'heroku apps:destroy', 'aws s3 rm', 'gcloud sql instances delete',
  'dropdb', '/\\bDROP\\s+(TABLE|DATABASE|SCHEMA)\\b/i', '/\\bTRUNCATE\\b/i', '/\\bcurl\\b.*-X\\s*DELETE\\b/i', '/\\bvolumeDelete\\b/',
];

function current(text: string, fileLabel: string): Record<string, unknown> {
  const root = parseObject(text, fileLabel);
  const value = root[AUTO_APPROVE_SETTING];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Adds our `false` entries that are missing; returns the keys it added (remember them for uninstall). */
export function installAutoApproveDenials(text: string, fileLabel = '.vscode/settings.json'): { text: string; changed: boolean; added: string[] } {
  const existing = current(text, fileLabel);
  const added = NEVER_AUTO_APPROVE.filter((key) => !(key in existing));
  let out = text;
  for (const key of added) out = edit(out, [AUTO_APPROVE_SETTING, key], false);
  return { text: out, changed: out !== text, added };
}

/** Removes keys we added (default: all of ours) whose value is still `false`; drops the setting when left empty. */
export function uninstallAutoApproveDenials(text: string, ours: readonly string[] = NEVER_AUTO_APPROVE, fileLabel = '.vscode/settings.json'): { text: string; changed: boolean } {
  const existing = current(text, fileLabel);
  const remove = ours.filter((key) => existing[key] === false);
  if (remove.length === 0) return { text, changed: false };
  let out = text;
  if (remove.length === Object.keys(existing).length) out = edit(out, [AUTO_APPROVE_SETTING], undefined);
  else for (const key of remove) out = edit(out, [AUTO_APPROVE_SETTING, key], undefined);
  return { text: out, changed: out !== text };
}

/** Our keys that are gone or no longer `false` (tamper watch). */
export function missingAutoApproveDenials(text: string, ours: readonly string[], fileLabel = '.vscode/settings.json'): string[] {
  const existing = current(text, fileLabel);
  return ours.filter((key) => existing[key] !== false);
}
