// Entry point: wires the editor parts together. Logic lives in src/core (pure) and src/vscode (editor glue).
import * as vscode from 'vscode';
import { createEditorCore, type EditorCore } from './vscode/editor-core';
import { AgentHooks } from './vscode/agent-hooks/agent-hooks';
import { ChannelServer } from './vscode/channel/channel-server';
import { HOOK_COMMANDS } from './vscode/commands/ids';
import { installAgentHooks } from './vscode/commands/install-agent-hooks';
import { uninstallAgentHooks } from './vscode/commands/uninstall-agent-hooks';
import { registerCredentialShield } from './vscode/credentials/register';
import { hookStatusFrom } from './vscode/models/badge-model';
import { registerTerminalGate } from './vscode/terminal-gate/register';

/** What activate() returns: the editor core's services, for other extensions' tests and integrations. */
export type AgentGuardApi = Pick<EditorCore, 'environment' | 'confirmer' | 'activity' | 'badge'>;

export function activate(context: vscode.ExtensionContext): AgentGuardApi {
  const started = performance.now();
  const timings: string[] = [];
  let mark = started;
  const lap = (part: string): void => {
    const now = performance.now();
    timings.push(`${part} ${(now - mark).toFixed(1)}`);
    mark = now;
  };
  const core = createEditorCore(context);
  lap('core');
  const services = { environment: core.environment, confirmer: core.confirmer, activity: core.activity, output: core.output };
  const hooks = new AgentHooks({ context, ...services });
  // The badge shows which agents' hooks are installed (AgentHooks records them in workspaceState).
  const reportHooks = (): void => core.badge.update({ hooks: hookStatusFrom(hooks.installedTargets()) });
  const thenReport = (run: () => Promise<unknown> | unknown) => async () => {
    await run();
    reportHooks();
  };
  context.subscriptions.push(
    hooks,
    vscode.commands.registerCommand(HOOK_COMMANDS.installAgentHooks, thenReport(installAgentHooks(hooks))),
    vscode.commands.registerCommand(HOOK_COMMANDS.uninstallAgentHooks, thenReport(uninstallAgentHooks(hooks))),
  );
  // Installs can also happen from AgentHooks' own offer; any recorded activity is a cheap moment to re-read them.
  context.subscriptions.push(core.activity.onDidRecord(reportHooks));
  lap('hooks');
  const shield = registerCredentialShield({ context, output: core.output, activity: core.activity, onHiddenCount: (n) => core.badge.update({ hiddenCredentialFiles: n }) });
  lap('credentials');
  // Agents' file reads are judged by what the shield found (a token inside scripts/domains.sh), not the path alone.
  void ChannelServer.start({ ...services, isCredentialFile: (file) => shield.isHiddenFile(file) }).then((server) => server && context.subscriptions.push(server));
  void hooks.start().then(reportHooks);
  lap('channel and hook start');
  registerTerminalGate(context, core);
  lap('terminal gate');
  core.output.appendLine(`Agent Guard activated in ${(performance.now() - started).toFixed(1)} ms (${timings.join(', ')} ms).`);
  return { environment: core.environment, confirmer: core.confirmer, activity: core.activity, badge: core.badge };
}

export function deactivate(): void {
  // Disposables registered on the context are disposed by VS Code.
}
