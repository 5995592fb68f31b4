// Watches what runs in the integrated terminals through shell integration (VS Code 1.93+): each command is classified
// with the engine, recorded in the activity log with its exit code, and a destructive command that ran without
// passing the terminal gate raises a warning. The terminal gate calls markGated() for the commands it checked.
import * as vscode from 'vscode';
import * as os from 'node:os';
import { decide, type Decision } from '../../core/policy';
import type { WindowConfig } from '../models/extension-config';
import type { ActivitySink, EnvironmentProvider } from '../services';
import { readScriptFile } from '../../core/script-files';

/** How long a gate mark waits for its execution to start. */
const GATE_MARK_TTL_MS = 2 * 60 * 1000;

export interface ShellExecutionWatcherInit {
  environment: EnvironmentProvider;
  activity: ActivitySink;
  getConfig: () => WindowConfig;
  /** Command run by the notification's "Open Activity" button. */
  showActivityCommand: string;
}

interface Running {
  decision: Decision;
  gated: boolean;
  cwd?: string;
}

export class ShellExecutionWatcher implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly running = new WeakMap<vscode.TerminalShellExecution, Running>();
  private readonly gateMarks: { command: string; at: number }[] = [];

  constructor(private readonly init: ShellExecutionWatcherInit) {
    this.disposables.push(
      vscode.window.onDidStartTerminalShellExecution((e) => this.onStart(e)),
      vscode.window.onDidEndTerminalShellExecution((e) => this.onEnd(e)),
    );
  }

  /** The terminal gate checked this command line (and the person allowed it, or it was safe): it is not "ungated". */
  markGated(commandLine: string): void {
    this.gateMarks.push({ command: commandLine.trim(), at: Date.now() });
    if (this.gateMarks.length > 50) this.gateMarks.shift();
  }

  private consumeGateMark(commandLine: string): boolean {
    const now = Date.now();
    const index = this.gateMarks.findIndex((m) => m.command === commandLine.trim() && now - m.at < GATE_MARK_TTL_MS);
    if (index < 0) return false;
    this.gateMarks.splice(index, 1);
    return true;
  }

  private onStart(e: vscode.TerminalShellExecutionStartEvent): void {
    const commandLine = e.execution.commandLine.value;
    if (!commandLine.trim()) return;
    const cwd = e.execution.cwd?.fsPath ?? e.shellIntegration.cwd?.fsPath;
    const target = this.init.environment.resolve(cwd);
    const decision = decide({
      command: commandLine,
      environment: target.resolution.environment,
      actor: 'human',
      context: { cwd, workspaceRoot: target.folder, home: os.homedir(), readFile: readScriptFile },
      config: target.config,
    });
    const config = this.init.getConfig();
    const gated = config.terminalGate.enabled && this.consumeGateMark(commandLine);
    this.running.set(e.execution, { decision, gated, cwd });
    if (decision.decision === 'allow' || gated) return;
    this.init.activity.record({
      kind: 'command-ran',
      source: 'terminal',
      command: commandLine,
      decision: decision.decision,
      rules: decision.rules,
      environment: decision.environment,
      path: cwd,
      flagged: true,
      detail: `Ran in the terminal without passing Agent Guard's gate. ${decision.reason}`,
    });
    if (!config.activity.warnUngatedCommands) return;
    const open: vscode.MessageItem = { title: 'Open Activity' };
    void vscode.window
      .showWarningMessage(
        `"${commandLine.length > 120 ? `${commandLine.slice(0, 120)}…` : commandLine}" ran in a terminal of ${target.folderName} (${decision.environment}) without passing Agent Guard. ${decision.rules.length ? `It matches ${decision.rules.join(', ')}. ` : ''}Check what it changed.`,
        open,
      )
      .then((picked) => (picked === open ? vscode.commands.executeCommand(this.init.showActivityCommand) : undefined));
  }

  private onEnd(e: vscode.TerminalShellExecutionEndEvent): void {
    const run = this.running.get(e.execution);
    const commandLine = e.execution.commandLine.value;
    if (!commandLine.trim()) return;
    this.running.delete(e.execution);
    this.init.activity.record({
      kind: 'command-ran',
      source: 'terminal',
      command: commandLine,
      decision: run?.decision.decision,
      rules: run?.decision.rules,
      environment: run?.decision.environment,
      exitCode: e.exitCode,
      path: run?.cwd,
      flagged: run ? run.decision.decision !== 'allow' && !run.gated : undefined,
      detail: run?.gated ? 'Passed the terminal gate.' : undefined,
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
