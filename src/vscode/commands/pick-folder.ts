// Which workspace folder a command acts on: the only one, the active editor's, or the person's pick.
import * as vscode from 'vscode';

export async function pickFolder(purpose: string): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(`Agent Guard: open a folder first — ${purpose} applies to a workspace folder.`);
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: `${purpose}: which folder?`, ignoreFocusOut: true });
}
