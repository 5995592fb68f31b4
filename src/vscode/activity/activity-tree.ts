// The "Activity" view: recent decisions, commands, agent events and file changes, newest first.
import * as vscode from 'vscode';
import { activityItemView } from '../models/activity-model';
import type { ActivityEntry } from '../services';
import type { ActivityService } from './activity-service';

export const ACTIVITY_VIEW_ID = 'agentGuard.activity';

class ActivityTreeProvider implements vscode.TreeDataProvider<ActivityEntry> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly activity: ActivityService) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(element?: ActivityEntry): ActivityEntry[] {
    return element ? [] : [...this.activity.recent()];
  }

  getTreeItem(entry: ActivityEntry): vscode.TreeItem {
    const view = activityItemView(entry);
    const item = new vscode.TreeItem(view.label, vscode.TreeItemCollapsibleState.None);
    item.description = view.description;
    item.tooltip = view.tooltip;
    item.iconPath = new vscode.ThemeIcon(view.icon, view.color ? new vscode.ThemeColor(view.color) : undefined);
    item.contextValue = `agentGuard.${entry.kind}`;
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Registers the view; refreshes it (coalesced) whenever something is recorded. */
export class ActivityTree implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private pending: NodeJS.Timeout | undefined;

  constructor(activity: ActivityService) {
    const provider = new ActivityTreeProvider(activity);
    const view = vscode.window.createTreeView(ACTIVITY_VIEW_ID, { treeDataProvider: provider });
    this.disposables.push(provider, view, activity.onDidChange(() => {
      if (this.pending) return;
      this.pending = setTimeout(() => {
        this.pending = undefined;
        provider.refresh();
      }, 150);
    }));
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    for (const d of this.disposables) d.dispose();
  }
}
