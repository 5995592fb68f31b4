// The extension's settings as one typed object, normalised with safe defaults. Pure (no `vscode` import): the editor
// passes a getter over its configuration, tests pass a plain object. Adding a setting: see docs/adding-a-setting.md.
import { isEnvironment, readGuardConfig, type Environment, type GuardConfig } from '../../core/config';
import { unknownRuleIdWarnings } from '../../core/rule-ids';
import { detectionOptionsFrom, type DetectionOptions } from '../../core/environment/detect';
import type { TintSetting } from '../../core/environment/tint';

/** Settings that can differ per workspace folder (scope `resource`). */
export interface FolderConfig {
  /** `auto` means: detect from the signals in `detection`. */
  environment: Environment | 'auto';
  detection: DetectionOptions;
  guard: GuardConfig;
  /** Problems found while reading (bad values are replaced by defaults, never fatal). */
  errors: string[];
}

/** Settings for the whole window. */
export interface WindowConfig {
  tint: TintSetting;
  confirmation: {
    /** A modal nobody answers within this time is denied. */
    timeoutSeconds: number;
    /** In production, catastrophic and destructive commands need the workspace name typed to confirm. */
    typeNameInProduction: boolean;
  };
  activity: {
    maxLogSizeKB: number;
    recordFileChanges: boolean;
    warnUngatedCommands: boolean;
  };
  terminalGate: { enabled: boolean };
  /** `auto` installs the agent hooks silently, `prompt` offers once per workspace, `off` never installs them. */
  hooks: { install: 'auto' | 'prompt' | 'off' };
}

/** Reads `agentGuard.<key>` (the getter is given keys without the `agentGuard.` prefix). */
export type SettingGetter = (key: string) => unknown;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function clampedNumber(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

export function parseFolderConfig(get: SettingGetter): FolderConfig {
  const errors: string[] = [];
  const rawEnv = get('environment');
  let environment: Environment | 'auto' = 'auto';
  if (rawEnv === 'auto' || isEnvironment(rawEnv)) environment = rawEnv;
  else if (rawEnv !== undefined) errors.push(`agentGuard.environment must be production, staging, development or auto (found ${JSON.stringify(rawEnv)}); using auto.`);
  const guard = readGuardConfig({ 'agentGuard.rules': get('rules'), 'agentGuard.customRules': get('customRules'), 'agentGuard.protectedPaths': get('protectedPaths') });
  errors.push(...guard.errors, ...unknownRuleIdWarnings(guard.config));
  return { environment, detection: detectionOptionsFrom(get('detection')), guard: guard.config, errors };
}

export function parseWindowConfig(get: SettingGetter): WindowConfig {
  return {
    tint: oneOf(get('tint'), ['production', 'productionAndStaging', 'off'] as const, 'production'),
    confirmation: {
      timeoutSeconds: clampedNumber(get('confirmation.timeoutSeconds'), 120, 10, 3600),
      typeNameInProduction: bool(get('confirmation.typeNameInProduction'), true),
    },
    activity: {
      maxLogSizeKB: clampedNumber(get('activity.maxLogSizeKB'), 1024, 16, 102400),
      recordFileChanges: bool(get('activity.recordFileChanges'), true),
      warnUngatedCommands: bool(get('activity.warnUngatedCommands'), true),
    },
    terminalGate: { enabled: bool(get('terminalGate.enabled'), true) },
    hooks: { install: oneOf(get('hooks.install'), ['auto', 'prompt', 'off'] as const, 'prompt') },
  };
}
