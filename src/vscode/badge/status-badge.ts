// The status bar badge: always visible on the left, `$(shield) PRODUCTION` on the error background, `STAGING` on the
// warning background, `DEV` plain. Other parts report their state with update() (hooks installed, credential files
// hidden, last decision); the text and tooltip come from the pure badgeView().
import * as vscode from 'vscode';
import { badgeView, type BadgeState, type BadgeView } from '../models/badge-model';

export interface StatusBadgeInit {
  /** Command run on click (the environment quick pick). */
  command: string;
}

const BACKGROUND: Record<BadgeView['level'], vscode.ThemeColor | undefined> = {
  error: new vscode.ThemeColor('statusBarItem.errorBackground'),
  warning: new vscode.ThemeColor('statusBarItem.warningBackground'),
  none: undefined,
};
const FOREGROUND: Record<BadgeView['level'], vscode.ThemeColor | undefined> = {
  error: new vscode.ThemeColor('statusBarItem.errorForeground'),
  warning: new vscode.ThemeColor('statusBarItem.warningForeground'),
  none: undefined,
};

export class StatusBadge implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private current: BadgeState = { folders: [], terminalGate: { enabled: true }, hooks: {} };
  /** What the item shows now: most updates (the hook status re-read on every activity entry) change nothing. */
  private shown: BadgeView | undefined;

  constructor(init: StatusBadgeInit) {
    this.item = vscode.window.createStatusBarItem('agentGuard.environment', vscode.StatusBarAlignment.Left, 10000);
    this.item.name = 'Agent Guard environment';
    this.item.command = init.command;
    this.apply();
    this.item.show();
  }

  get state(): Readonly<BadgeState> {
    return this.current;
  }

  /** Merges `patch` into the state and redraws. `hooks` is merged key by key. */
  update(patch: Partial<BadgeState>): void {
    this.current = { ...this.current, ...patch, hooks: { ...this.current.hooks, ...(patch.hooks ?? {}) } };
    this.apply();
  }

  private apply(): void {
    const view = badgeView(this.current);
    const shown = this.shown;
    if (shown && shown.text === view.text && shown.tooltip === view.tooltip && shown.level === view.level && shown.accessibilityLabel === view.accessibilityLabel) return;
    this.shown = view;
    this.item.text = view.text;
    const tooltip = new vscode.MarkdownString(view.tooltip, true);
    this.item.tooltip = tooltip;
    this.item.backgroundColor = BACKGROUND[view.level];
    this.item.color = FOREGROUND[view.level];
    this.item.accessibilityInformation = { label: view.accessibilityLabel, role: 'button' };
  }

  dispose(): void {
    this.item.dispose();
  }
}
