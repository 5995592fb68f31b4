// Wires the terminal gate into activation: one call from extension.ts.
import type * as vscode from 'vscode';
import type { EditorCore } from '../editor-core';
import { TerminalGate } from './terminal-gate';

export function registerTerminalGate(context: vscode.ExtensionContext, core: EditorCore): TerminalGate {
  const gate = new TerminalGate({
    context,
    environment: core.environment,
    windowConfig: () => core.windowConfig(),
    badge: core.badge,
    markGated: (commandLine) => core.shellWatcher.markGated(commandLine),
    activity: core.activity,
    output: core.output,
  });
  context.subscriptions.push(gate);
  return gate;
}
