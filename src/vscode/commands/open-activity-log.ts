// "Agent Guard: Open Activity Log": opens the JSONL log (in the extension's global storage) in an editor.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EditorCore } from '../editor-core';

export function openActivityLog(core: EditorCore): () => Promise<void> {
  return async () => {
    await core.activity.flush();
    const file = core.activity.logFile;
    if (!fs.existsSync(file)) {
      await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await fs.promises.writeFile(file, '', { mode: 0o600, flag: 'a' });
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document, { preview: false });
  };
}
