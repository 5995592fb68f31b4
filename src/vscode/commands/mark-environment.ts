// "Agent Guard: Mark Workspace as Production / Staging / Development" and "Use Automatic Detection": write
// agentGuard.environment into the folder's .vscode/settings.json (comments and other keys kept).
import * as vscode from 'vscode';
import type { Environment } from '../../core/config';
import type { EditorCore } from '../editor-core';
import { pickFolder } from './pick-folder';

export function markEnvironment(core: EditorCore, value: Environment | 'auto'): () => Promise<void> {
  return async () => {
    const label = value === 'auto' ? 'automatic detection' : value;
    const folder = await pickFolder(`Mark as ${label}`);
    if (!folder) return;
    const result = await core.environment.setEnvironment(folder, value);
    if (!result.ok) {
      void vscode.window.showErrorMessage(`Agent Guard could not mark "${folder.name}" as ${label}. ${result.error}`);
      return;
    }
    const now = core.environment.resolve(folder.uri.fsPath).resolution.environment;
    void vscode.window.showInformationMessage(
      value === 'auto'
        ? `Agent Guard: "${folder.name}" now uses automatic detection (currently ${now}).`
        : `Agent Guard: "${folder.name}" is marked as ${value}${result.changed ? ' in .vscode/settings.json' : ' (it already was)'}.`,
    );
  };
}
