// Writes one agentGuard setting into a folder's `.vscode/settings.json`, keeping comments and every other key
// (src/core/environment/settings-edit.ts). Invalid JSON is never overwritten: the caller gets the error to show.
import * as vscode from 'vscode';
import { setJsoncValue } from '../../core/environment/settings-edit';

export type WriteResult = { ok: true; file: vscode.Uri; changed: boolean } | { ok: false; error: string };

export async function writeFolderSetting(folder: vscode.Uri, key: string, value: unknown): Promise<WriteResult> {
  const dir = vscode.Uri.joinPath(folder, '.vscode');
  const file = vscode.Uri.joinPath(dir, 'settings.json');
  let text = '';
  try {
    // An open, unsaved editor holds the newest text: edit that rather than the file under it.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
    text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  } catch (err) {
    if (!(err instanceof vscode.FileSystemError) || err.code !== 'FileNotFound') {
      return { ok: false, error: `Cannot read ${file.fsPath}: ${(err as Error).message}` };
    }
  }
  const edit = setJsoncValue(text, [key], value, file.fsPath);
  if (!edit.ok) return edit;
  if (!edit.changed) return { ok: true, file, changed: false };
  try {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
    if (open && open.isDirty) {
      const whole = new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length));
      const we = new vscode.WorkspaceEdit();
      we.replace(file, whole, edit.text);
      await vscode.workspace.applyEdit(we);
      await open.save();
    } else {
      await vscode.workspace.fs.createDirectory(dir);
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(edit.text));
    }
  } catch (err) {
    return { ok: false, error: `Cannot write ${file.fsPath}: ${(err as Error).message}` };
  }
  return { ok: true, file, changed: true };
}
