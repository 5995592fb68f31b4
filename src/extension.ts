// Entry point: wires the editor parts together. Logic lives in src/core (pure) and src/vscode (editor glue).
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Wired by the editor-core work.
}

export function deactivate(): void {
  // Disposables registered on the context are disposed by VS Code.
}
