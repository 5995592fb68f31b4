// "Agent Guard: Scan for Credentials": scans every folder now (with progress), then says what was found and where it
// is hidden, with a way to see the list (masked) and the Problems panel.
import * as vscode from 'vscode';
import type { CredentialShield } from './credential-shield';

export function scanCredentials(shield: CredentialShield, output: vscode.OutputChannel): () => Promise<void> {
  return async () => {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('Agent Guard: open a folder first; there is nothing to scan.');
      return;
    }
    const summary = await shield.scanAll({ progress: 'always' });
    if (summary.hiddenFiles === 0) {
      void vscode.window.showInformationMessage('Agent Guard found no credentials in this workspace.');
      return;
    }
    output.appendLine('Credentials found (previews are masked):');
    for (const f of shield.findings()) output.appendLine(`  ${f.folder.name}/${f.path}${f.line ? `:${f.line}` : ''}  ${f.detector}  ${f.preview}`);
    const details = 'Show List';
    const problems = 'Open Problems';
    const choice = await vscode.window.showWarningMessage(
      `Agent Guard found credentials in ${summary.hiddenFiles} file${summary.hiddenFiles === 1 ? '' : 's'} and keeps them out of AI agents' reach (.cursorignore, Claude Code deny rules, …). Secrets inside source files are listed in Problems: move them to .env.`,
      details,
      problems,
    );
    if (choice === details) output.show(true);
    else if (choice === problems) await vscode.commands.executeCommand('workbench.actions.view.problems');
  };
}
