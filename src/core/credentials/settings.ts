// The credential shield's settings (`agentGuard.credentials.*`): one reader that turns untrusted settings JSON into a
// typed object with safe defaults, for the extension and the CLI alike. Invalid values are reported and replaced by
// their default, so one typo never switches the shield off.
import { OPTIONAL_IGNORE_FILES, type HideTargets } from './hide';
import { DEFAULT_MAX_FILE_BYTES } from './scanner';

export interface CredentialSettings {
  /** Globs not to scan (`agentGuard.credentials.exclude`). */
  exclude: string[];
  /** Extra globs that are credential files (`agentGuard.credentials.extraPaths`). */
  extraPaths: string[];
  /** From `agentGuard.credentials.maxFileSizeKb`. */
  maxFileBytes: number;
  /** Keep agents' exclusion files in sync with the findings (`agentGuard.credentials.hide`). */
  hide: boolean;
  targets: HideTargets;
}

export const CREDENTIAL_SETTING_DEFAULTS: CredentialSettings = {
  exclude: [],
  extraPaths: [],
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  hide: true,
  targets: { ignoreFiles: [], claudeCode: true, chatAutoApprove: true, explorerExclude: false },
};

export function readCredentialSettings(settings: Record<string, unknown>): { value: CredentialSettings; errors: string[] } {
  const errors: string[] = [];
  const get = (key: string): unknown => {
    if (`agentGuard.credentials.${key}` in settings) return settings[`agentGuard.credentials.${key}`];
    const guard = settings['agentGuard'];
    const nested = guard && typeof guard === 'object' ? (guard as Record<string, unknown>)['credentials'] : undefined;
    return nested && typeof nested === 'object' ? (nested as Record<string, unknown>)[key] : undefined;
  };
  const strings = (key: string, fallback: string[]): string[] => {
    const v = get(key);
    if (v === undefined) return fallback;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    errors.push(`agentGuard.credentials.${key} must be a list of strings; using the default.`);
    return fallback;
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const v = get(key);
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    errors.push(`agentGuard.credentials.${key} must be true or false; using ${fallback}.`);
    return fallback;
  };
  const d = CREDENTIAL_SETTING_DEFAULTS;
  let maxFileBytes = d.maxFileBytes;
  const kb = get('maxFileSizeKb');
  if (kb !== undefined) {
    if (typeof kb === 'number' && kb > 0 && Number.isFinite(kb)) maxFileBytes = Math.round(kb * 1024);
    else errors.push('agentGuard.credentials.maxFileSizeKb must be a positive number; using 1024.');
  }
  const ignoreFiles = strings('ignoreFiles', d.targets.ignoreFiles as string[]);
  const unknown = ignoreFiles.filter((f) => !OPTIONAL_IGNORE_FILES.includes(f) && f !== '.cursorignore');
  if (unknown.length) errors.push(`agentGuard.credentials.ignoreFiles: ${unknown.join(', ')} not known; known files are ${OPTIONAL_IGNORE_FILES.join(', ')}.`);
  return {
    value: {
      exclude: strings('exclude', d.exclude),
      extraPaths: strings('extraPaths', d.extraPaths),
      maxFileBytes,
      hide: bool('hide', d.hide),
      targets: {
        ignoreFiles: ignoreFiles.filter((f) => OPTIONAL_IGNORE_FILES.includes(f)),
        claudeCode: bool('claudeCode', d.targets.claudeCode),
        chatAutoApprove: bool('chatAutoApprove', d.targets.chatAutoApprove),
        explorerExclude: bool('hideInExplorer', d.targets.explorerExclude),
      },
    },
    errors,
  };
}
