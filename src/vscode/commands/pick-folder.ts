// Which workspace folder a command acts on: the only one or the person's pick (pickFolder), or, for commands that
// only read, the active editor's (activeFolderPath).
import * as vscode from 'vscode';

/** The workspace folder of the file in the active editor, if any. */
export function activeFolderPath(): string | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return active ? vscode.workspace.getWorkspaceFolder(active)?.uri.fsPath : undefined;
}

export async function pickFolder(purpose: string): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(`Agent Guard: open a folder first — ${purpose} applies to a workspace folder.`);
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: `${purpose}: which folder?`, ignoreFocusOut: true });
}
