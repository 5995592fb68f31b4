// Builds the editor core (environment, modal confirmer, activity, badge, tint, shell watcher) and connects them.
// extension.ts calls createEditorCore() and hands the returned services to the other parts (channel server,
// terminal gate, credential shield). Everything created here is disposed through context.subscriptions.
import * as vscode from 'vscode';
import { ActivityService } from './activity/activity-service';
import { ActivityTree } from './activity/activity-tree';
import { FileActivityWatcher } from './activity/file-watcher';
import { ShellExecutionWatcher } from './activity/shell-watcher';
import { StatusBadge } from './badge/status-badge';
import { WindowTint } from './badge/window-tint';
import { COMMANDS } from './commands/ids';
import { registerCommands } from './commands/register';
import { readWindowConfig } from './config';
import { ModalConfirmer } from './confirm/modal-confirmer';
import { EnvironmentService } from './environment/environment-service';
import { ModalQueue } from './modal-queue';
import { strongestEnvironment } from './models/badge-model';
import type { WindowConfig } from './models/extension-config';

export interface EditorCore {
  /** EnvironmentProvider: resolve(fsPath) → folder, environment (+ why), guard config. */
  environment: EnvironmentService;
  /** Confirmer: the one modal. */
  confirmer: ModalConfirmer;
  /** ActivitySink: the activity view + JSONL log. */
  activity: ActivityService;
  /** The status bar badge; other parts report hooks / hidden credential files / last decision with update(). */
  badge: StatusBadge;
  /** Shell-integration watcher; the terminal gate calls markGated(commandLine) for commands it checked. */
  shellWatcher: ShellExecutionWatcher;
  /** The queue every modal goes through (use it for any other modal so they never stack). */
  modals: ModalQueue;
  /** The current window-level settings (re-read after every agentGuard change). */
  windowConfig(): WindowConfig;
  output: vscode.OutputChannel;
}

export function createEditorCore(context: vscode.ExtensionContext): EditorCore {
  const subscriptions = context.subscriptions;
  let windowConfig = readWindowConfig();
  const output = vscode.window.createOutputChannel('Agent Guard');
  const modals = new ModalQueue();
  const activity = new ActivityService({ storageDir: context.globalStorageUri.fsPath, maxLogBytes: () => windowConfig.activity.maxLogSizeKB * 1024, output });
  const confirmer = new ModalConfirmer({ modals, activity, getConfig: () => windowConfig });
  const environment = new EnvironmentService({ memento: context.globalState, modals, activity });
  const badge = new StatusBadge({ command: COMMANDS.showMenu });
  const tint = new WindowTint(context.workspaceState, output);
  const shellWatcher = new ShellExecutionWatcher({ environment, activity, getConfig: () => windowConfig, showActivityCommand: COMMANDS.showActivity });
  subscriptions.push(output, activity, confirmer, environment, badge, tint, shellWatcher, new ActivityTree(activity), new FileActivityWatcher(activity, () => windowConfig.activity.recordFileChanges));

  const core: EditorCore = { environment, confirmer, activity, badge, shellWatcher, modals, windowConfig: () => windowConfig, output };

  const render = (): void => {
    const folders = environment.folders().map((f) => ({ name: f.folder.name, resolution: f.effective, pendingDowngradeTo: f.pendingDowngradeTo }));
    badge.update({ folders, terminalGate: { ...badge.state.terminalGate, enabled: windowConfig.terminalGate.enabled } });
    void tint.sync(strongestEnvironment(folders), windowConfig.tint);
  };
  subscriptions.push(
    environment.onDidChange(render),
    activity.onDidRecord((entry) => {
      if (entry.kind === 'decision' && entry.command && entry.decision) {
        badge.update({ lastDecision: { command: entry.command, decision: entry.decision, source: entry.source, time: entry.time ?? new Date().toISOString(), rules: entry.rules } });
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('agentGuard')) return;
      windowConfig = readWindowConfig();
      render();
    }),
    ...registerCommands(core),
  );
  environment.start();
  void activity.restore();
  return core;
}
