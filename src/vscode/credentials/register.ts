// Builds the credential shield and registers its command, quick fixes and internal commands. extension.ts calls
// registerCredentialShield() once and passes the returned shield's events to the badge.
import * as vscode from 'vscode';
import type { ActivitySink } from '../services';
import { CredentialShield } from './credential-shield';
import { CREDENTIAL_COMMANDS, CredentialQuickFixes, moveToEnv, notASecret } from './quick-fixes';
import { scanCredentials } from './scan-command';

export interface CredentialShieldDeps {
  context: vscode.ExtensionContext;
  output: vscode.OutputChannel;
  activity?: ActivitySink;
  /** Called with the number of files hidden from agents after every change (the badge's tooltip). */
  onHiddenCount?: (hiddenFiles: number) => void;
}

export function registerCredentialShield(deps: CredentialShieldDeps): CredentialShield {
  const shield = new CredentialShield({ workspaceState: deps.context.workspaceState, output: deps.output, activity: deps.activity });
  deps.context.subscriptions.push(
    shield,
    vscode.commands.registerCommand(CREDENTIAL_COMMANDS.scan, scanCredentials(shield, deps.output)),
    vscode.commands.registerCommand(CREDENTIAL_COMMANDS.moveToEnv, moveToEnv(shield)),
    vscode.commands.registerCommand(CREDENTIAL_COMMANDS.notASecret, notASecret(shield)),
    vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, new CredentialQuickFixes(shield), { providedCodeActionKinds: CredentialQuickFixes.kinds }),
  );
  if (deps.onHiddenCount) {
    const report = deps.onHiddenCount;
    deps.context.subscriptions.push(shield.onDidChangeFindings((s) => report(s.hiddenFiles)));
  }
  shield.start();
  return shield;
}
