// Installs / uninstalls / verifies our hook entries in the agents' files on disk. All text edits are the pure
// functions beside this file; here we only read, refuse what we must not touch (read-only, invalid JSON), and write.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installClaudeHooks, uninstallClaudeHooks } from './claude';
import { COPILOT_HOOKS_FILE, installCopilotHooks, uninstallCopilotHooks } from './copilot';
import { installCursorHooks, uninstallCursorHooks } from './cursor';
import type { HookCommandParts } from './hook-command';
import { HookInstallError, parseObject } from './jsonc-entries';
import { installAutoApproveDenials, missingAutoApproveDenials, uninstallAutoApproveDenials } from './terminal-auto-approve';

export type HookTarget = 'cursor-user' | 'cursor-project' | 'claude-project' | 'copilot-project' | 'vscode-auto-approve';

export const ALL_TARGETS: readonly HookTarget[] = ['cursor-user', 'cursor-project', 'claude-project', 'copilot-project', 'vscode-auto-approve'];

export interface InstallContext {
  parts: HookCommandParts;
  home: string;
  /** The workspace folder for project-level files; project targets are skipped without one. */
  workspace: string | undefined;
}

export interface FileResult {
  target: HookTarget;
  file: string;
  status: 'written' | 'unchanged' | 'removed' | 'skipped' | 'error';
  /** For people: what went wrong and what to do. */
  message?: string;
  /** vscode-auto-approve: keys we added (keep them to uninstall only ours). */
  added?: string[];
}

export function targetFile(target: HookTarget, ctx: Pick<InstallContext, 'home' | 'workspace'>): string | undefined {
  switch (target) {
    case 'cursor-user':
      return path.join(ctx.home, '.cursor', 'hooks.json');
    case 'cursor-project':
      return ctx.workspace && path.join(ctx.workspace, '.cursor', 'hooks.json');
    case 'claude-project':
      return ctx.workspace && path.join(ctx.workspace, '.claude', 'settings.json');
    case 'copilot-project':
      return ctx.workspace && path.join(ctx.workspace, COPILOT_HOOKS_FILE);
    case 'vscode-auto-approve':
      return ctx.workspace && path.join(ctx.workspace, '.vscode', 'settings.json');
  }
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw new HookInstallError(`${file} cannot be read (${(err as NodeJS.ErrnoException).code}). Nothing was written.`);
  }
}

function writeText(file: string, text: string): void {
  try {
    const st = fs.statSync(file);
    if ((st.mode & 0o200) === 0) throw new HookInstallError(`${file} is read-only. Nothing was written: make it writable, or add Agent Guard's entries yourself.`);
  } catch (err) {
    if (err instanceof HookInstallError) throw err;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function editFor(target: HookTarget, text: string, ctx: InstallContext, uninstall: boolean, ownedKeys: readonly string[] | undefined, label: string): { text: string; changed: boolean; added?: string[] } {
  switch (target) {
    case 'cursor-user':
    case 'cursor-project':
      return uninstall ? uninstallCursorHooks(text, label) : installCursorHooks(text, ctx.parts, label);
    case 'claude-project':
      return uninstall ? uninstallClaudeHooks(text, label) : installClaudeHooks(text, ctx.parts, label);
    case 'copilot-project':
      return uninstall ? uninstallCopilotHooks(text, label) : installCopilotHooks(text, ctx.parts, label);
    case 'vscode-auto-approve':
      return uninstall ? uninstallAutoApproveDenials(text, ownedKeys, label) : installAutoApproveDenials(text, label);
  }
}

/** True when a file we own outright holds nothing but empty containers after an uninstall. */
function isEmptyShell(text: string, label: string): boolean {
  const root = parseObject(text, label);
  const hooks = root.hooks as Record<string, unknown> | undefined;
  return Object.keys(root).every((k) => k === 'hooks') && (!hooks || Object.keys(hooks).length === 0);
}

/**
 * Applies install (or uninstall) to each target file. Each file is all-or-nothing: an invalid or read-only file gets
 * an `error` result with a clear message and is left exactly as it was; the other files still proceed.
 */
export function applyHookFiles(targets: readonly HookTarget[], ctx: InstallContext, options: { uninstall?: boolean; ownedAutoApproveKeys?: readonly string[] } = {}): FileResult[] {
  const results: FileResult[] = [];
  for (const target of targets) {
    const file = targetFile(target, ctx);
    if (!file) {
      results.push({ target, file: '', status: 'skipped', message: 'No workspace folder is open.' });
      continue;
    }
    try {
      const before = readText(file);
      if (options.uninstall && before === '') {
        results.push({ target, file, status: 'unchanged' });
        continue;
      }
      const result = editFor(target, before, ctx, !!options.uninstall, options.ownedAutoApproveKeys, file);
      if (!result.changed) {
        results.push({ target, file, status: 'unchanged', added: result.added });
        continue;
      }
      if (options.uninstall && target === 'copilot-project' && isEmptyShell(result.text, file)) {
        fs.unlinkSync(file);
        results.push({ target, file, status: 'removed' });
        continue;
      }
      writeText(file, result.text);
      results.push({ target, file, status: 'written', added: result.added });
    } catch (err) {
      results.push({ target, file, status: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }
  return results;
}

/** Which targets lost or changed our entries (tamper watch). `ownedAutoApproveKeys`: the keys we added earlier. */
export function findTampered(targets: readonly HookTarget[], ctx: InstallContext, ownedAutoApproveKeys: readonly string[] = []): { target: HookTarget; file: string }[] {
  const out: { target: HookTarget; file: string }[] = [];
  for (const target of targets) {
    const file = targetFile(target, ctx);
    if (!file) continue;
    try {
      const text = readText(file);
      const tampered = target === 'vscode-auto-approve' ? missingAutoApproveDenials(text, ownedAutoApproveKeys, file).length > 0 : editFor(target, text, ctx, false, undefined, file).changed;
      if (tampered) out.push({ target, file });
    } catch {
      out.push({ target, file });
    }
  }
  return out;
}
