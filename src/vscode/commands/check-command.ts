// "Agent Guard: Check a Command…": asks for a command line, decides it for the current workspace as if an agent ran
// it, and shows the verdict — for `ask`, the very confirmation dialog an agent's request would get. Nothing is run.
import * as vscode from 'vscode';
import * as os from 'node:os';
import { decide } from '../../core/policy';
import type { EditorCore } from '../editor-core';
import { activeFolderPath } from './pick-folder';
import { readScriptFile } from '../../core/script-files';

export function checkCommand(core: EditorCore): (commandLine?: string) => Promise<void> {
  return async (commandLine?: string) => {
    const command =
      typeof commandLine === 'string'
        ? commandLine
        : await vscode.window.showInputBox({
            title: 'Agent Guard: Check a Command',
            prompt: 'A shell command line to check as if an AI agent ran it in this workspace. Nothing is run.',
            placeHolder: 'e.g. rm -rf data',
            ignoreFocusOut: true,
          });
    if (!command || !command.trim()) return;
    const target = core.environment.resolve(activeFolderPath());
    const decision = decide({
      command,
      environment: target.resolution.environment,
      actor: 'agent',
      context: { cwd: target.folder, workspaceRoot: target.folder, home: os.homedir(), readFile: readScriptFile },
      config: target.config,
    });
    core.badge.update({ lastDecision: { command, decision: decision.decision, source: 'editor', time: new Date().toISOString(), rules: decision.rules } });
    const where = `${target.folderName} (${decision.environment})`;
    if (decision.decision === 'allow') {
      core.activity.record({ kind: 'decision', source: 'editor', command, decision: 'allow', rules: decision.rules, environment: decision.environment, detail: `Checked: ${decision.reason}` });
      void vscode.window.showInformationMessage(`Agent Guard would allow "${command}" in ${where}. ${decision.reason} (Check only: nothing was run.)`);
      return;
    }
    if (decision.decision === 'deny') {
      core.activity.record({ kind: 'decision', source: 'editor', command, decision: 'deny', rules: decision.rules, environment: decision.environment, detail: `Checked: ${decision.reason}` });
      void vscode.window.showWarningMessage(`Agent Guard would deny "${command}" in ${where}. ${decision.reason} (Check only: nothing was run.)`);
      return;
    }
    const answer = await core.confirmer.confirm({ decision, source: 'editor', folderName: target.folderName, cwd: target.folder });
    const outcome = answer.allowed ? 'allowed it once' : answer.answeredBy === 'timeout' ? 'denied it: nobody answered in time' : 'denied it';
    void vscode.window.showInformationMessage(`Agent Guard: you ${outcome}. (Check only: nothing was run.)`);
  };
}
