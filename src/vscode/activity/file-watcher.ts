// Records files created, changed and deleted in the workspace for the activity view, flagging credential files and
// Agent Guard's own configuration (what an agent would touch to get past the guard). Build output and dependency
// folders are skipped; bursts of the same event on the same file are coalesced.
import * as vscode from 'vscode';
import { classifyWorkspacePath } from '../models/file-activity-model';
import type { ActivitySink } from '../services';

const COALESCE_MS = 2000;

export class FileActivityWatcher implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly recent = new Map<string, number>();

  constructor(private readonly activity: ActivitySink, private readonly enabled: () => boolean) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.onEvent(uri, 'created')),
      watcher.onDidChange((uri) => this.onEvent(uri, 'changed')),
      watcher.onDidDelete((uri) => this.onEvent(uri, 'deleted')),
    );
  }

  private onEvent(uri: vscode.Uri, what: 'created' | 'changed' | 'deleted'): void {
    if (!this.enabled() || uri.scheme !== 'file') return;
    const relative = vscode.workspace.asRelativePath(uri, true);
    const kind = classifyWorkspacePath(relative);
    if (kind === 'ignored') return;
    const key = `${what}:${uri.fsPath}`;
    const now = Date.now();
    if (now - (this.recent.get(key) ?? 0) < COALESCE_MS) return;
    this.recent.set(key, now);
    if (this.recent.size > 500) this.recent.clear();
    this.activity.record({
      kind: 'file-changed',
      source: 'editor',
      path: uri.fsPath,
      detail: `${relative} ${what}${kind === 'credential' ? ' — a credential file' : kind === 'guard-config' ? ' — Agent Guard or agent hook configuration' : ''}`,
      flagged: kind !== 'plain',
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
