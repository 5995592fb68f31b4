// Quick fixes on the credential diagnostics: "Move to .env and reference it" (JS/TS, Python, shell: where the way to
// read an environment variable is clear) and "Not a secret" (remembered in the workspace state).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { appendToEnvFile, envNameFor, gitignoreCoversEnv, importsOs, referenceEdit, referenceStyleFor } from '../../core/credentials/move-to-env';
import { CREDENTIAL_SOURCE, type CredentialShield, type ShownFinding } from './credential-shield';

export const CREDENTIAL_COMMANDS = {
  scan: 'agentGuard.scanCredentials',
  moveToEnv: 'agentGuard.credentials.moveToEnv',
  notASecret: 'agentGuard.credentials.notASecret',
} as const;

interface FindingRef {
  uri: string;
  line: number;
  column: number;
}

export class CredentialQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly shield: CredentialShield) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== CREDENTIAL_SOURCE) continue;
      const ref: FindingRef = { uri: document.uri.toString(), line: diagnostic.range.start.line, column: diagnostic.range.start.character };
      const finding = this.shield.findingAt(document.uri, ref.line, ref.column);
      if (!finding) continue;
      const style = referenceStyleFor(document.languageId);
      const lineText = document.lineAt(ref.line).text;
      if (style && referenceEdit(lineText, ref.column, finding.length ?? 0, style, envNameFor(finding.detector, finding.name))) {
        const move = new vscode.CodeAction('Move to .env and reference it', vscode.CodeActionKind.QuickFix);
        move.diagnostics = [diagnostic];
        move.isPreferred = true;
        move.command = { command: CREDENTIAL_COMMANDS.moveToEnv, title: move.title, arguments: [ref] };
        actions.push(move);
      }
      const dismiss = new vscode.CodeAction('Not a secret', vscode.CodeActionKind.QuickFix);
      dismiss.diagnostics = [diagnostic];
      dismiss.command = { command: CREDENTIAL_COMMANDS.notASecret, title: dismiss.title, arguments: [ref] };
      actions.push(dismiss);
    }
    return actions;
  }
}

/** Undefined when run without a finding (e.g. from the command palette): these commands act on a diagnostic. */
function findingFor(shield: CredentialShield, ref: FindingRef | undefined): ShownFinding | undefined {
  if (!ref || typeof ref.uri !== 'string') return undefined;
  return shield.findingAt(vscode.Uri.parse(ref.uri), ref.line, ref.column);
}

/** Moves the secret to the folder's .env, puts a reference in its place and makes sure git ignores .env. */
export function moveToEnv(shield: CredentialShield): (ref?: FindingRef) => Promise<void> {
  return async (ref) => {
    const finding = findingFor(shield, ref);
    if (!ref || !finding || finding.length === undefined) return;
    const document = await vscode.workspace.openTextDocument(finding.uri);
    const style = referenceStyleFor(document.languageId);
    const lineText = document.lineAt(ref.line).text;
    const secret = lineText.slice(ref.column, ref.column + finding.length);
    const envFile = path.join(finding.folder.uri.fsPath, '.env');
    let envText = '';
    try {
      envText = fs.readFileSync(envFile, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        void vscode.window.showErrorMessage(`Agent Guard could not read ${envFile} (${(err as NodeJS.ErrnoException).code}); the secret was left where it is.`);
        return;
      }
    }
    const appended = appendToEnvFile(envText, envNameFor(finding.detector, finding.name), secret);
    const edit = style && referenceEdit(lineText, ref.column, finding.length, style, appended.name);
    if (!edit) return;
    try {
      if (appended.text !== envText) fs.writeFileSync(envFile, appended.text);
    } catch (err) {
      void vscode.window.showErrorMessage(`Agent Guard could not write ${envFile} (${(err as NodeJS.ErrnoException).code}); the secret was left where it is.`);
      return;
    }
    const gitignore = path.join(finding.folder.uri.fsPath, '.gitignore');
    let gitignoreNote = '';
    try {
      const text = fs.readFileSync(gitignore, 'utf8');
      if (!gitignoreCoversEnv(text)) {
        fs.writeFileSync(gitignore, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}.env\n`);
        gitignoreNote = ' Added .env to .gitignore.';
      }
    } catch {
      // No .gitignore (or not writable): not ours to create.
    }
    const wasDirty = document.isDirty;
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(document.uri, new vscode.Range(ref.line, edit.start, ref.line, edit.end), edit.text);
    if (style === 'python' && !importsOs(document.getText())) {
      const first = document.lineCount > 0 && document.lineAt(0).text.startsWith('#!') ? 1 : 0;
      workspaceEdit.insert(document.uri, new vscode.Position(first, 0), 'import os\n');
    }
    if (!(await vscode.workspace.applyEdit(workspaceEdit))) return;
    if (!wasDirty) await document.save();
    shield.rescanFile(document.uri);
    void vscode.window.showInformationMessage(
      `Moved the secret to .env as ${appended.name}; .env is kept from agents.${gitignoreNote} Make sure your program loads .env (for example with dotenv) before it reads ${appended.name}.`,
    );
  };
}

export function notASecret(shield: CredentialShield): (ref?: FindingRef) => Promise<void> {
  return async (ref) => {
    const finding = findingFor(shield, ref);
    if (finding) await shield.dismiss(finding);
  };
}
