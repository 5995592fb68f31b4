// Reads a workspace's `.vscode/settings.json` (JSONC) from disk, for the CLI and hooks that run outside the editor.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { isEnvironment, readGuardConfig, type Environment, type GuardConfig } from './config';

export interface WorkspaceSettings {
  /** The folder holding `.vscode/settings.json`, or undefined when none was found. */
  root: string | undefined;
  settings: Record<string, unknown>;
  errors: string[];
}

/** Parses settings JSONC text; syntax errors are reported (with line numbers) and the result is empty, never partial. */
export function parseSettingsText(text: string, file: string): { settings: Record<string, unknown>; errors: string[] } {
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
  errors: string[];
}

/** The policy inputs a workspace's settings give: its declared environment and the guard config. */
export function readWorkspacePolicy(start: string): WorkspacePolicyInputs {
  const ws = readWorkspaceSettings(start);
  const { config, errors } = readGuardConfig(ws.settings);
  const raw = ws.settings['agentGuard.environment'];
  const allErrors = [...ws.errors, ...errors];
  if (raw !== undefined && raw !== 'auto' && !isEnvironment(raw)) {
    allErrors.push(`agentGuard.environment must be production, staging, development or auto (found ${JSON.stringify(raw)}).`);
  }
  return { root: ws.root, environment: isEnvironment(raw) ? raw : undefined, config, errors: allErrors };
}
