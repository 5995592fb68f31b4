// Installs Agent Guard into the agents' hook files (Cursor, Claude Code, VS Code's agent, terminal autoApprove) and
// keeps it there: `agentGuard.hooks.install` = auto installs silently, prompt offers once per workspace, off never.
// Tamper watch: in a production or staging workspace, entries that disappear or change are restored, with a notice
// and a line in the activity log.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { applyHookFiles, findTampered, targetFile, type FileResult, type HookTarget, type InstallContext } from '../../core/hooks/install/files';
import type { HookCommandParts } from '../../core/hooks/install/hook-command';
import { HOOK_COMMANDS } from '../commands/ids';
import { readWindowConfig } from '../config';
import type { ActivitySink, EnvironmentProvider } from '../services';

const AUTO_APPROVE_KEYS = 'agentGuard.hooks.autoApproveKeys';
const INSTALLED = 'agentGuard.hooks.installedTargets';
const OFFERED = 'agentGuard.hooks.offered';

export interface AgentHooksInit {
  context: vscode.ExtensionContext;
  environment: EnvironmentProvider;
  activity: ActivitySink;
  output?: vscode.OutputChannel;
}

function findBash(): string {
  for (const candidate of ['/bin/bash', '/usr/bin/bash', '/usr/local/bin/bash', '/opt/homebrew/bin/bash']) if (fs.existsSync(candidate)) return candidate;
  return '/bin/bash';
}

export class AgentHooks implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private restoring = false;

  constructor(private readonly init: AgentHooksInit) {}

  /** Read once: every install and every tamper check (each watched file change) needs them, and findBash stats files. */
  private partsRead: HookCommandParts | undefined;

  parts(): HookCommandParts {
    const ctx = this.init.context;
    this.partsRead ??= { bash: findBash(), launcher: ctx.asAbsolutePath(path.join('media', 'bin', 'agent-guard-hook')), runtime: process.execPath, cli: ctx.asAbsolutePath(path.join('dist', 'cli.js')) };
    return this.partsRead;
  }

  private contextFor(folder: string | undefined): InstallContext {
    return { parts: this.parts(), home: os.homedir(), workspace: folder };
  }

  private folders(): (string | undefined)[] {
    const list = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
    return list.length > 0 ? list : [undefined];
  }

  /** The targets installed in this workspace, as last recorded by install/uninstall (for the badge). */
  installedTargets(): HookTarget[] {
    return this.state().get<HookTarget[]>(INSTALLED, []);
  }

  /** The targets that make sense by default: project files for every agent, Cursor's user file when Cursor is used. */
  defaultTargets(): HookTarget[] {
    const targets: HookTarget[] = ['cursor-project', 'claude-project', 'copilot-project', 'vscode-auto-approve'];
    if (vscode.env.appName.toLowerCase().includes('cursor') || fs.existsSync(path.join(os.homedir(), '.cursor'))) targets.unshift('cursor-user');
    return targets;
  }

  private state(): vscode.Memento {
    return this.init.context.workspaceState;
  }

  install(targets: readonly HookTarget[]): FileResult[] {
    const results: FileResult[] = [];
    for (const folder of this.folders()) {
      const forFolder = folder === this.folders()[0] ? targets : targets.filter((t) => t !== 'cursor-user');
      const done = applyHookFiles(forFolder, this.contextFor(folder));
      for (const r of done) {
        if (r.target === 'vscode-auto-approve' && r.added && r.added.length > 0) {
          const key = `${AUTO_APPROVE_KEYS}:${r.file}`;
          const previous = this.state().get<string[]>(key, []);
          void this.state().update(key, [...new Set([...previous, ...r.added])]);
        }
      }
      results.push(...done);
    }
    void this.state().update(INSTALLED, [...new Set([...this.installedTargets(), ...targets])]);
    this.log(results, 'installed');
    return results;
  }

  uninstall(targets: readonly HookTarget[]): FileResult[] {
    const results: FileResult[] = [];
    for (const folder of this.folders()) {
      const file = targetFile('vscode-auto-approve', { home: os.homedir(), workspace: folder });
      const owned = file ? this.state().get<string[]>(`${AUTO_APPROVE_KEYS}:${file}`) : undefined;
      results.push(...applyHookFiles(targets, this.contextFor(folder), { uninstall: true, ownedAutoApproveKeys: owned }));
      if (file) void this.state().update(`${AUTO_APPROVE_KEYS}:${file}`, undefined);
    }
    void this.state().update(INSTALLED, this.installedTargets().filter((t) => !targets.includes(t)));
    this.log(results, 'removed');
    return results;
  }

  private log(results: FileResult[], verb: string): void {
    for (const r of results) {
      if (r.status === 'error') this.init.output?.appendLine(`Agent hooks: ${r.message}`);
      else if (r.status === 'written' || r.status === 'removed') {
        this.init.output?.appendLine(`Agent hooks ${verb}: ${r.file}`);
        this.init.activity.record({ kind: 'hook-event', source: 'editor', path: r.file, detail: `Agent Guard hook entries ${verb}.` });
      }
    }
  }

  /** On activation: follow agentGuard.hooks.install, then watch our files. */
  async start(): Promise<void> {
    const mode = readWindowConfig().hooks.install;
    const installed = this.installedTargets();
    if (mode === 'auto') this.install(installed.length > 0 ? installed : this.defaultTargets());
    else if (mode === 'prompt' && !this.state().get<boolean>(OFFERED) && installed.length === 0) {
      void this.state().update(OFFERED, true);
      void vscode.window
        .showInformationMessage('Agent Guard can make Cursor, Claude Code and VS Code\'s agent ask you here before they run destructive commands or read credentials.', 'Install Agent Hooks', 'Not now')
        .then((choice) => {
          if (choice === 'Install Agent Hooks') void vscode.commands.executeCommand(HOOK_COMMANDS.installAgentHooks);
        });
    }
    this.watch();
  }

  private watch(): void {
    const patterns = ['**/.cursor/hooks.json', '**/.claude/settings.json', '**/.github/hooks/agent-guard.json', '**/.vscode/settings.json'];
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const check = (): void => this.checkTamper();
      this.disposables.push(watcher, watcher.onDidChange(check), watcher.onDidDelete(check), watcher.onDidCreate(check));
    }
    const home = path.join(os.homedir(), '.cursor');
    const userWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(home), 'hooks.json'));
    this.disposables.push(userWatcher, userWatcher.onDidChange(() => this.checkTamper()), userWatcher.onDidDelete(() => this.checkTamper()));
  }

  /** Restores our entries when they vanished or changed in a production or staging folder. */
  checkTamper(): void {
    if (this.restoring) return;
    const installed = this.installedTargets();
    if (installed.length === 0 || readWindowConfig().hooks.install === 'off') return;
    for (const folder of this.folders()) {
      const env = this.init.environment.resolve(folder).resolution.environment;
      if (env !== 'production' && env !== 'staging') continue;
      const file = targetFile('vscode-auto-approve', { home: os.homedir(), workspace: folder });
      const owned = file ? this.state().get<string[]>(`${AUTO_APPROVE_KEYS}:${file}`, []) : [];
      const tampered = findTampered(installed, this.contextFor(folder), owned);
      if (tampered.length === 0) continue;
      this.restoring = true;
      try {
        const results = applyHookFiles(tampered.map((t) => t.target), this.contextFor(folder));
        for (const t of tampered) {
          this.init.activity.record({ kind: 'tamper', source: 'editor', path: t.file, environment: env, flagged: true, detail: 'Agent Guard\'s hook entries were removed or changed in a ' + env + ' workspace; restored.' });
        }
        const failed = results.filter((r) => r.status === 'error');
        void vscode.window.showWarningMessage(
          failed.length > 0
            ? `Agent Guard's agent hooks were removed or changed in this ${env} workspace and could not be restored: ${failed[0].message}`
            : `Agent Guard's agent hooks were removed or changed in this ${env} workspace (${tampered.map((t) => path.basename(t.file)).join(', ')}). They were put back. To remove them on purpose, run "Agent Guard: Uninstall Agent Hooks".`,
        );
      } finally {
        setTimeout(() => (this.restoring = false), 500);
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
