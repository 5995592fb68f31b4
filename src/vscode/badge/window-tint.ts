// Tints the title bar and status bar of a production (and, if chosen, staging) window through the workspace's
// `workbench.colorCustomizations`, and restores the person's colours exactly when it is no longer wanted. What we
// replaced is kept in the workspace's extension state, not in the settings file.
import * as vscode from 'vscode';
import type { Environment } from '../../core/config';
import { applyTint, restoreTint, tintFor, tintIsShowing, type SavedTint, type TintSetting } from '../../core/environment/tint';

const SAVED_KEY = 'agentGuard.tint.saved';
const SETTING = 'workbench.colorCustomizations';

export class WindowTint implements vscode.Disposable {
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly workspaceState: vscode.Memento, private readonly output: vscode.OutputChannel) {}

  /** Applies or removes the tint for this environment and setting. Serialised: calls never overlap. */
  sync(environment: Environment, setting: TintSetting): Promise<void> {
    this.chain = this.chain.then(() => this.apply(tintFor(environment, setting))).catch((err: Error) => {
      this.output.appendLine(`Agent Guard could not update the window tint: ${err.message}`);
    });
    return this.chain;
  }

  private async apply(colors: Record<string, string> | undefined): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return;
    const config = vscode.workspace.getConfiguration();
    const current = config.inspect(SETTING)?.workspaceValue;
    const saved = this.workspaceState.get<SavedTint>(SAVED_KEY);
    if (!colors) {
      if (!saved) return;
      const restored = restoreTint(current, saved);
      if (restored !== 'unchanged') await config.update(SETTING, restored.value, vscode.ConfigurationTarget.Workspace);
      await this.workspaceState.update(SAVED_KEY, undefined);
      return;
    }
    if (tintIsShowing(current, saved, colors)) return;
    const applied = applyTint(current, colors, saved);
    if (applied === 'unchanged') return;
    // Save what we replace before touching the setting, so a crash in between can still restore it.
    await this.workspaceState.update(SAVED_KEY, applied.saved);
    await config.update(SETTING, applied.value, vscode.ConfigurationTarget.Workspace);
  }

  dispose(): void {
    // The tint stays while the window is production; it is removed by sync() when that changes.
  }
}
