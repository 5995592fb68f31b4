// The terminal gate's editor side: puts the shell integrations (media/shell) into every new integrated terminal through
// the extension's environment variable collection — no dotfile is touched — and keeps the settings file they read
// before each check (on/off, safe list, folder environments, messages) current. The checks themselves arrive on the
// local channel as `check-command` requests from source `terminal` (src/vscode/channel/channel-server.ts).
//
// bash: PROMPT_COMMAND gets a line that sources agent-guard.bash at the first prompt (after ~/.bashrc and after VS
// Code's own shell integration, which wraps PROMPT_COMMAND rather than replacing it).
// zsh: ZDOTDIR points at media/shell/zsh, whose files run the user's own from AGENT_GUARD_USER_ZDOTDIR and then load
// agent-guard.zsh; VS Code's zsh integration takes our ZDOTDIR as the user's and chains through it.
// fish (best effort): XDG_DATA_DIRS starts with media/shell/xdg, whose fish/vendor_conf.d binds Enter to the check.
// PowerShell: not injected (no startup hook reachable from the environment); see media/shell/README.md.
// Every terminal: media/shell/bin first on PATH, small wrappers that check risky CLIs run by scripts and agents.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isAlive } from '../../core/channel/client';
import { channelDirectory } from '../../core/channel/protocol';
import { ensurePrivateDirectory, writePrivateFile } from '../../core/channel/private-dir';
import { ENVIRONMENT_RANK, type Environment } from '../../core/config';
import { BASH_PROMPT_HOOK } from '../../core/terminal-gate/injection';
import { safeCommandsFor } from '../../core/terminal-gate/prefilter';
import { renderGateSettings } from '../../core/terminal-gate/settings';
import type { WindowConfig } from '../models/extension-config';
import type { ActivityEntry, EnvironmentProvider } from '../services';

/** Settings files of windows whose editor is gone are kept this long (their terminals may still be open). */
const STALE_SETTINGS_MS = 7 * 24 * 3600 * 1000;

export interface TerminalGateInit {
  context: vscode.ExtensionContext;
  environment: EnvironmentProvider & { onDidChange: vscode.Event<unknown>; folders(): { folder: vscode.WorkspaceFolder }[] };
  windowConfig(): WindowConfig;
  /** The badge's update API (StatusBadge.update). */
  badge: { update(patch: { terminalGate: { enabled: boolean; active?: boolean } }): void };
  /** Tells the shell watcher a confirmed command passed the gate (ShellExecutionWatcher.markGated). */
  markGated?: (commandLine: string) => void;
  activity?: { onDidRecord: vscode.Event<ActivityEntry> };
  output?: vscode.OutputChannel;
}


export class TerminalGate implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly directory = channelDirectory();
  readonly settingsFile = path.join(this.directory, `terminal-gate-${process.pid}.sh`);
  private readonly shellDir: string;
  private active = false;

  constructor(private readonly init: TerminalGateInit) {
    this.shellDir = path.join(init.context.extensionPath, 'media', 'shell');
    this.disposables.push(
      init.environment.onDidChange(() => this.apply()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('agentGuard')) this.apply();
      }),
      vscode.window.onDidOpenTerminal(() => {
        if (!this.active && this.init.windowConfig().terminalGate.enabled) {
          this.active = true;
          this.reportBadge();
        }
      }),
    );
    if (init.activity && init.markGated) {
      const mark = init.markGated;
      this.disposables.push(
        init.activity.onDidRecord((entry) => {
          if (entry.kind === 'decision' && entry.source === 'terminal' && entry.decision === 'allow' && entry.command) mark(entry.command);
        }),
      );
    }
    this.removeStaleSettings();
    this.apply();
  }

  /** Rewrites the settings file and the terminal environment from the current settings and environments. */
  apply(): void {
    const enabled = this.init.windowConfig().terminalGate.enabled;
    const states = this.init.environment.folders();
    const folders: Record<string, Environment> = {};
    const configs = [];
    let strongest: Environment = 'development';
    for (const s of states) {
      const r = this.init.environment.resolve(s.folder.uri.fsPath);
      folders[s.folder.uri.fsPath] = r.resolution.environment;
      configs.push(r.config);
      if (ENVIRONMENT_RANK[r.resolution.environment] > ENVIRONMENT_RANK[strongest]) strongest = r.resolution.environment;
    }
    try {
      ensurePrivateDirectory(this.directory);
      writePrivateFile(this.settingsFile, renderGateSettings({ enabled, safeCommands: safeCommandsFor(configs), folders }));
    } catch (err) {
      this.init.output?.appendLine(`Agent Guard terminal gate: cannot write ${this.settingsFile}: ${(err as Error).message}`);
    }

    const env = this.init.context.environmentVariableCollection;
    env.clear();
    if (enabled) {
      env.description = 'Agent Guard pauses destructive commands typed in this terminal until you confirm them in the editor.';
      const both = { applyAtProcessCreation: true, applyAtShellIntegration: true };
      env.replace('AGENT_GUARD_SHELL_DIR', this.shellDir, both);
      env.replace('AGENT_GUARD_GATE_SETTINGS', this.settingsFile, both);
      env.replace('AGENT_GUARD_CHANNEL_DIR', this.directory, both);
      env.replace('AGENT_GUARD_WINDOW_RECORD', path.join(this.directory, `window-${process.pid}.json`), both);
      env.replace('AGENT_GUARD_ENVIRONMENT', strongest, both);
      env.prepend('PROMPT_COMMAND', BASH_PROMPT_HOOK, both);
      // zsh: only at process creation; VS Code's zsh integration reads ZDOTDIR from the environment it starts with.
      env.replace('AGENT_GUARD_USER_ZDOTDIR', process.env.ZDOTDIR ?? '', { applyAtProcessCreation: true });
      env.replace('ZDOTDIR', path.join(this.shellDir, 'zsh'), { applyAtProcessCreation: true });
      env.prepend('PATH', `${path.join(this.shellDir, 'bin')}${path.delimiter}`, both);
      // fish reads vendor_conf.d from every XDG data folder; unset means the spec's defaults, which must stay.
      const xdg = path.join(this.shellDir, 'xdg');
      if (process.env.XDG_DATA_DIRS) env.prepend('XDG_DATA_DIRS', `${xdg}${path.delimiter}`, { applyAtProcessCreation: true });
      else env.replace('XDG_DATA_DIRS', [xdg, '/usr/local/share', '/usr/share'].join(path.delimiter), { applyAtProcessCreation: true });
    }
    this.reportBadge();
  }

  private reportBadge(): void {
    const enabled = this.init.windowConfig().terminalGate.enabled;
    this.init.badge.update({ terminalGate: { enabled, active: enabled ? this.active || vscode.window.terminals.length > 0 : undefined } });
  }

  /** Deletes settings files of editors that are gone and were last written more than a week ago. */
  private removeStaleSettings(): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.directory);
    } catch {
      return;
    }
    for (const name of names) {
      const m = /^terminal-gate-(\d+)\.sh$/.exec(name);
      if (!m || Number(m[1]) === process.pid || isAlive(Number(m[1]))) continue;
      const file = path.join(this.directory, name);
      try {
        if (Date.now() - fs.statSync(file).mtimeMs > STALE_SETTINGS_MS) fs.unlinkSync(file);
      } catch {
        // Gone already.
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    // The settings file stays: open terminals keep knowing which folders are production while the editor is gone.
  }
}
