// Small, defensive readers for agent hook payloads (untrusted JSON): nothing here throws on odd shapes.
import type { HookAction, HookPlace } from './types';

export type Json = Record<string, unknown>;

export function asObject(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

export function str(obj: Json | undefined, ...keys: string[]): string | undefined {
  if (!obj) return undefined;
  for (const key of keys) {
    const value = obj[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return undefined;
}

export function num(obj: Json | undefined, ...keys: string[]): number | undefined {
  if (!obj) return undefined;
  for (const key of keys) {
    const value = obj[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
}

/** Tool input may arrive as an object or as a JSON string (Cursor's beforeMCPExecution sends a string). */
export function toolInput(value: unknown): Json {
  if (typeof value === 'string') {
    try {
      return asObject(JSON.parse(value)) ?? { value };
    } catch {
      return { value };
    }
  }
  return asObject(value) ?? {};
}

export function place(cwd: string | undefined, roots: string[]): HookPlace {
  return { cwd, workspaceRoots: roots };
}

const COMMAND_KEYS = /^(command|cmd|commands|script|shell|shell_command|bash)$/i;
const SQL_KEYS = /^(query|sql|statement|statements|queries)$/i;

/**
 * What an MCP (or unknown) tool call would do: shell commands and SQL found anywhere in its input (nested objects
 * and arrays included, to a bounded depth), so `{"query":"DROP TABLE users"}` is classified like the SQL it is.
 */
export function mcpAction(toolName: string, input: unknown): HookAction {
  const commands: string[] = [];
  const sql: string[] = [];
  const visit = (value: unknown, key: string, depth: number): void => {
    if (depth > 6) return;
    if (typeof value === 'string') {
      if (COMMAND_KEYS.test(key)) commands.push(value);
      else if (SQL_KEYS.test(key)) sql.push(value);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 100)) visit(item, key, depth + 1);
      return;
    }
    const obj = asObject(value);
    if (obj) for (const [k, v] of Object.entries(obj).slice(0, 200)) visit(v, k, depth + 1);
  };
  visit(toolInput(input), '', 0);
  return { kind: 'mcp', toolName, commands, sql };
}
