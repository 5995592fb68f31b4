// Reads a workspace's `.vscode/settings.json` (JSONC) from disk, for the CLI and hooks that run outside the editor.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ParseError } from 'jsonc-parser';
import { isEnvironment, readGuardConfig, type Environment, type GuardConfig } from './config';
import { unknownRuleIdWarnings } from './rule-ids';
import { detectEnvironment, detectionOptionsFrom } from './environment/detect';
import { readEnvironmentFacts } from './environment/read-facts';

export interface WorkspaceSettings {
  /** The folder holding `.vscode/settings.json`, or undefined when none was found. */
  root: string | undefined;
  settings: Record<string, unknown>;
  errors: string[];
}

/** Parses settings JSONC text; syntax errors are reported (with line numbers) and the result is empty, never partial. */
export function parseSettingsText(text: string, file: string): { settings: Record<string, unknown>; errors: string[] } {
  // Loaded here, not at the top: most CLI and hook starts find no settings file, and jsonc-parser's set-up is half a
  // millisecond of a cold start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parse, printParseErrorCode } = require('jsonc-parser') as typeof import('jsonc-parser');
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0];
    const line = text.slice(0, first.offset).split('\n').length;
    return { settings: {}, errors: [`${file}:${line}: ${printParseErrorCode(first.error)} — the file is not valid JSON with comments.`] };
  }
  if (value === undefined) return { settings: {}, errors: [] };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { settings: {}, errors: [`${file}: settings must be a JSON object.`] };
  return { settings: value as Record<string, unknown>, errors: [] };
}

/** Walks up from `start` to the nearest folder with `.vscode/settings.json` and reads it. */
export function readWorkspaceSettings(start: string): WorkspaceSettings {
  let dir = path.resolve(start);
  for (;;) {
    const file = path.join(dir, '.vscode', 'settings.json');
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return { root: dir, settings: {}, errors: [`${file}: cannot be read (${code}).`] };
    }
    if (text !== undefined) return { root: dir, ...parseSettingsText(text, file) };
    const parent = path.dirname(dir);
    if (parent === dir) return { root: undefined, settings: {}, errors: [] };
    dir = parent;
  }
}

export interface WorkspacePolicyInputs {
  root: string | undefined;
  /** The environment written in settings; undefined when `auto` or absent (the caller decides how to detect). */
  environment: Environment | undefined;
  config: GuardConfig;
  /** The settings as read (empty when there are none or they cannot be read), for the sections read elsewhere. */
  settings: Record<string, unknown>;
  errors: string[];
}

/** The policy inputs a workspace's settings give: its declared environment and the guard config. */
export function readWorkspacePolicy(start: string): WorkspacePolicyInputs {
  const ws = readWorkspaceSettings(start);
  const { config, errors } = readGuardConfig(ws.settings);
  const raw = ws.settings['agentGuard.environment'];
  const allErrors = [...ws.errors, ...errors, ...unknownRuleIdWarnings(config)];
  if (raw !== undefined && raw !== 'auto' && !isEnvironment(raw)) {
    allErrors.push(`agentGuard.environment must be production, staging, development or auto (found ${JSON.stringify(raw)}).`);
  }
  return { root: ws.root, environment: isEnvironment(raw) ? raw : undefined, config, settings: ws.settings, errors: allErrors };
}

/** A settings section as one object, whether written as flat keys (`agentGuard.detection.branch`) or nested. */
export function settingsSection(settings: Record<string, unknown>, section: string): Record<string, unknown> {
  const [head, ...rest] = section.split('.');
  let nested: unknown = settings[head];
  for (const key of rest) nested = nested && typeof nested === 'object' ? (nested as Record<string, unknown>)[key] : undefined;
  const out: Record<string, unknown> = nested && typeof nested === 'object' && !Array.isArray(nested) ? { ...(nested as Record<string, unknown>) } : {};
  const prefix = `${section}.`;
  for (const [key, value] of Object.entries(settings)) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = value;
  return out;
}

export interface WorkspaceEnvironment {
  root: string | undefined;
  environment: Environment;
  /** Where the environment came from, for people. */
  origin: string;
  config: GuardConfig;
  /** Problems reading the settings (for stderr). */
  warnings: string[];
}

/**
 * The environment of the workspace around `start` when no editor can be asked (CLI, hooks): the setting when it names
 * one; production when the settings exist but cannot be read (fail safe, never guess development); otherwise what
 * `auto` detection finds on disk (branch, env files, folder, remotes, kube context, terraform workspace), as the editor
 * would; development when nothing says otherwise.
 */
export function resolveWorkspaceEnvironment(start: string, env: NodeJS.ProcessEnv, home: string): WorkspaceEnvironment {
  const policy = readWorkspacePolicy(start);
  const base = { root: policy.root, config: policy.config, warnings: policy.errors };
  if (policy.environment) {
    return { ...base, environment: policy.environment, origin: `agentGuard.environment in ${path.join(policy.root ?? start, '.vscode', 'settings.json')}` };
  }
  if (policy.errors.some((e) => e.includes('settings.json'))) {
    return { ...base, environment: 'production', origin: 'unreadable workspace settings (treated as production)' };
  }
  const detection = detectEnvironment(readEnvironmentFacts(policy.root ?? start, home, env), detectionOptionsFrom(settingsSection(policy.settings, 'agentGuard.detection')));
  if (detection.reasons.length > 0) return { ...base, environment: detection.environment, origin: `detected: ${detection.reasons.join('; ')}` };
  return { ...base, environment: 'development', origin: 'default (no agentGuard.environment and nothing detected)' };
}
