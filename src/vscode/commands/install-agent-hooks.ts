// "Agent Guard: Install Agent Hooks": pick the agents' files, write our entries, report per file.
import * as vscode from 'vscode';
import type { AgentHooks } from '../agent-hooks/agent-hooks';
import { ALL_TARGETS, type FileResult, type HookTarget } from '../../core/hooks/install/files';

export const TARGET_LABELS: Record<HookTarget, string> = {
  'cursor-user': 'Cursor (all projects): ~/.cursor/hooks.json',
  'cursor-project': 'Cursor (this project): .cursor/hooks.json',
  'claude-project': 'Claude Code: .claude/settings.json',
  'copilot-project': 'VS Code agent: .github/hooks/agent-guard.json',
  'vscode-auto-approve': 'VS Code agent: never auto-approve destructive terminal commands (.vscode/settings.json)',
};

export async function pickTargets(hooks: AgentHooks, title: string, all: readonly HookTarget[]): Promise<HookTarget[] | undefined> {
  const defaults = new Set(hooks.defaultTargets());
  const picked = await vscode.window.showQuickPick(
    all.map((t) => ({ label: TARGET_LABELS[t], target: t, picked: defaults.has(t) })),
    { canPickMany: true, title, ignoreFocusOut: true },
  );
  return picked?.map((p) => p.target);
}

export function summarise(results: FileResult[], verb: string): void {
  const errors = results.filter((r) => r.status === 'error');
  const changed = results.filter((r) => r.status === 'written' || r.status === 'removed');
  if (errors.length > 0) {
    void vscode.window.showErrorMessage(`Agent Guard: ${errors.map((e) => e.message).join(' ')}`);
  }
  void vscode.window.showInformationMessage(changed.length > 0 ? `Agent Guard: hooks ${verb} in ${changed.length} file(s).` : `Agent Guard: nothing to change; the hook files were already up to date.`);
}

export function installAgentHooks(hooks: AgentHooks): () => Promise<void> {
  return async () => {
    const targets = await pickTargets(hooks, 'Install Agent Guard hooks into…', ALL_TARGETS);
    if (!targets || targets.length === 0) return;
    summarise(hooks.install(targets), 'installed');
  };
}
