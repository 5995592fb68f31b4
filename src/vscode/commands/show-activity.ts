// "Agent Guard: Show Activity": reveals the activity view.
import * as vscode from 'vscode';
import { ACTIVITY_VIEW_ID } from '../activity/activity-tree';

export function showActivity(): () => Promise<void> {
  return async () => {
    await vscode.commands.executeCommand(`${ACTIVITY_VIEW_ID}.focus`);
  };
}
