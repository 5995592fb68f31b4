// Entry point: wires the editor parts together. Logic lives in src/core (pure) and src/vscode (editor glue).
import * as vscode from 'vscode';
import { createEditorCore, type EditorCore } from './vscode/editor-core';

/** What activate() returns: the editor core's services, for other extensions' tests and integrations. */
export type AgentGuardApi = Pick<EditorCore, 'environment' | 'confirmer' | 'activity' | 'badge'>;

export function activate(context: vscode.ExtensionContext): AgentGuardApi {
  const started = performance.now();
  const core = createEditorCore(context);
  core.output.appendLine(`Agent Guard activated in ${(performance.now() - started).toFixed(1)} ms.`);
  return { environment: core.environment, confirmer: core.confirmer, activity: core.activity, badge: core.badge };
}

export function deactivate(): void {
  // Disposables registered on the context are disposed by VS Code.
}
