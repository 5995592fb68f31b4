// Guard configuration as the engine sees it, and the one place that turns untrusted settings JSON into it.
import type { Category, Severity } from './rules/types';

export type Environment = 'production' | 'staging' | 'development';
export type Actor = 'agent' | 'human';
export type DecisionKind = 'allow' | 'ask' | 'deny';
/** Per-rule override: `default` keeps the policy table; `off` disables the rule; the rest force a decision. */
export type RuleSetting = 'default' | 'off' | 'allow' | 'ask' | 'deny';

export const ENVIRONMENTS: readonly Environment[] = ['production', 'staging', 'development'];

/** How strict each environment is, for "the strictest of several folders": production > staging > development. */
export const ENVIRONMENT_RANK: Readonly<Record<Environment, number>> = { development: 0, staging: 1, production: 2 };

/** How strong each decision is, for "the strongest of several decisions": deny > ask > allow. */
export const DECISION_STRENGTH: Readonly<Record<DecisionKind, number>> = { allow: 0, ask: 1, deny: 2 };

export interface CustomRule {
  /** Shown in decisions; prefixed `custom/` if it is not already. */
  id: string;
  /** A JavaScript regular expression tested against each simple command's words joined by spaces. */
  pattern: string;
  severity: Severity;
  category: Category;
  why: string;
  saferAlternative?: string;
}

export interface GuardConfig {
  rules: Record<string, RuleSetting>;
  customRules: CustomRule[];
  /** Glob patterns (minimatch, relative to the workspace root or absolute) that no command may delete or overwrite
   * without asking. */
  protectedPaths: string[];
}

export const DEFAULT_CONFIG: GuardConfig = { rules: {}, customRules: [], protectedPaths: [] };

const RULE_SETTINGS: readonly RuleSetting[] = ['default', 'off', 'allow', 'ask', 'deny'];
const SEVERITIES: readonly Severity[] = ['catastrophic', 'destructive', 'caution'];

export function isEnvironment(value: unknown): value is Environment {
  return typeof value === 'string' && (ENVIRONMENTS as readonly string[]).includes(value);
}

/**
 * Reads `agentGuard.rules`, `agentGuard.customRules` and `agentGuard.protectedPaths` from a settings object
 * (flat keys as in settings.json, or nested). Invalid entries are dropped with an error message each; valid ones are
 * kept, so one typo never disables the rest.
 */
export function readGuardConfig(settings: Record<string, unknown>): { config: GuardConfig; errors: string[] } {
  const errors: string[] = [];
  const get = (key: string): unknown => {
    if (`agentGuard.${key}` in settings) return settings[`agentGuard.${key}`];
    const nested = settings['agentGuard'];
    return nested && typeof nested === 'object' ? (nested as Record<string, unknown>)[key] : undefined;
  };

  const rules: Record<string, RuleSetting> = {};
  const rawRules = get('rules');
  if (rawRules !== undefined) {
    if (rawRules && typeof rawRules === 'object' && !Array.isArray(rawRules)) {
      for (const [id, value] of Object.entries(rawRules)) {
        if ((RULE_SETTINGS as readonly unknown[]).includes(value)) rules[id] = value as RuleSetting;
        else errors.push(`agentGuard.rules["${id}"] must be one of ${RULE_SETTINGS.join(', ')}; ignored.`);
      }
    } else errors.push('agentGuard.rules must be an object of rule id → setting; ignored.');
  }

  const customRules: CustomRule[] = [];
  const rawCustom = get('customRules');
  if (rawCustom !== undefined) {
    if (Array.isArray(rawCustom)) {
      rawCustom.forEach((entry, index) => {
        const rule = readCustomRule(entry);
        if (typeof rule === 'string') errors.push(`agentGuard.customRules[${index}]: ${rule}; ignored.`);
        else customRules.push(rule);
      });
    } else errors.push('agentGuard.customRules must be an array; ignored.');
  }

  const protectedPaths: string[] = [];
  const rawPaths = get('protectedPaths');
  if (rawPaths !== undefined) {
    if (Array.isArray(rawPaths) && rawPaths.every((p) => typeof p === 'string')) protectedPaths.push(...rawPaths);
    else errors.push('agentGuard.protectedPaths must be an array of glob strings; ignored.');
  }
  return { config: { rules, customRules, protectedPaths }, errors };
}

function readCustomRule(entry: unknown): CustomRule | string {
  if (!entry || typeof entry !== 'object') return 'must be an object';
  const e = entry as Record<string, unknown>;
  if (typeof e.id !== 'string' || !e.id) return '"id" is required';
  if (typeof e.pattern !== 'string' || !e.pattern) return '"pattern" is required';
  try {
    new RegExp(e.pattern);
  } catch (err) {
    return `"pattern" is not a valid regular expression (${(err as Error).message})`;
  }
  const severity = e.severity ?? 'destructive';
  if (!(SEVERITIES as readonly unknown[]).includes(severity)) return `"severity" must be one of ${SEVERITIES.join(', ')}`;
  const category = e.category ?? 'destructive';
  if (category !== 'destructive' && category !== 'credential') return '"category" must be destructive or credential';
  return {
    id: e.id.startsWith('custom/') ? e.id : `custom/${e.id}`,
    pattern: e.pattern,
    severity: severity as Severity,
    category: category as Category,
    why: typeof e.why === 'string' && e.why ? e.why : 'Matches a rule your team added in agentGuard.customRules.',
    saferAlternative: typeof e.saferAlternative === 'string' ? e.saferAlternative : undefined,
  };
}
