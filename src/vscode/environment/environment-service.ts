// Knows the environment of every workspace folder: `agentGuard.environment` when set, else detection from the folder's
// facts (src/core/environment/detect.ts). Guards against downgrades: a folder last confirmed as production that a
// file edit turns weaker stays production until the person answers a modal; the last confirmed value lives in the
// extension's global storage, outside the workspace an agent can edit.
import * as vscode from 'vscode';
import * as os from 'node:os';
import * as path from 'node:path';
import { ENVIRONMENT_RANK, type Environment, type GuardConfig } from '../../core/config';
import { detectEnvironment, type EnvironmentFacts } from '../../core/environment/detect';
import { downgradeStep } from '../../core/environment/downgrade';
import { readFolderConfig } from '../config';
import type { ModalQueue } from '../modal-queue';
import type { FolderConfig } from '../models/extension-config';
import type { ActivitySink, EnvironmentProvider, EnvironmentResolution } from '../services';
import { kubeConfigPath, readEnvironmentFacts } from '../../core/environment/read-facts';
import { writeFolderSetting, type WriteResult } from './settings-writer';

const CONFIRMED_KEY = 'agentGuard.confirmedEnvironments';

export interface FolderEnvironment {
  folder: vscode.WorkspaceFolder;
  config: FolderConfig;
  /** What the settings (or detection) say now. */
  declared: EnvironmentResolution;
  /** What Agent Guard enforces: `declared`, except production while a downgrade waits for the person. */
  effective: EnvironmentResolution;
  pendingDowngradeTo?: Environment;
}

export interface EnvironmentServiceInit {
  /** Extension global storage (context.globalState): holds the last confirmed environment per folder. */
  memento: vscode.Memento;
  modals: ModalQueue;
  activity: ActivitySink;
  home?: string;
  env?: NodeJS.ProcessEnv;
}

export class EnvironmentService implements EnvironmentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the environments were recomputed (settings, files, folders changed). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly facts = new Map<string, EnvironmentFacts>();
  private states: FolderEnvironment[] | undefined;
  private readonly prompting = new Set<string>();
  /** Environments the person just chose, until the settings file says so (refreshes in between must not undo them). */
  private readonly intended = new Map<string, { environment: Environment; until: number }>();
  private refreshTimer: NodeJS.Timeout | undefined;
  private readonly home: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(private readonly init: EnvironmentServiceInit) {
    this.home = init.home ?? os.homedir();
    this.env = init.env ?? process.env;
  }

  /** Starts watching settings, folders and the files detection reads, and computes the first state. */
  start(): void {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('agentGuard')) this.scheduleRefresh(false);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watchFiles();
        this.scheduleRefresh(true);
      }),
      vscode.window.onDidChangeWindowState((s) => {
        if (s.focused) this.scheduleRefresh(true);
      }),
    );
    this.watchFiles();
    this.refresh();
  }

  /** Every folder's environment, computed on first use. */
  folders(): FolderEnvironment[] {
    if (!this.states) this.refresh();
    return this.states ?? [];
  }

  resolve(fsPath: string | undefined): { folder: string | undefined; folderName: string; resolution: EnvironmentResolution; config: GuardConfig } {
    const states = this.folders();
    let best: FolderEnvironment | undefined;
    if (fsPath) {
      const target = path.resolve(fsPath);
      for (const s of states) {
        const root = s.folder.uri.fsPath;
        if ((target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) && (!best || root.length > best.folder.uri.fsPath.length)) best = s;
      }
    }
    best ??= states[0];
    if (!best) {
      return { folder: undefined, folderName: 'this window', resolution: { environment: 'development', origin: 'default', reasons: ['no workspace folder is open'] }, config: readFolderConfig(undefined).guard };
    }
    return { folder: best.folder.uri.fsPath, folderName: best.folder.name, resolution: best.effective, config: best.config.guard };
  }

  /** The person chose an environment (command, quick pick): remember it as confirmed, then write it. */
  async setEnvironment(folder: vscode.WorkspaceFolder, value: Environment | 'auto'): Promise<WriteResult> {
    const confirmed = value === 'auto' ? this.detect(folder, readFolderConfig(folder.uri), true).environment : value;
    const key = folder.uri.fsPath;
    this.intended.set(key, { environment: confirmed, until: Date.now() + 10_000 });
    await this.setConfirmed(key, confirmed);
    const result = await writeFolderSetting(folder.uri, 'agentGuard.environment', value);
    if (!result.ok || !result.changed) this.intended.delete(key);
    if (result.ok) {
      this.init.activity.record({ kind: 'environment', source: 'editor', environment: confirmed, path: result.file.fsPath, detail: `${folder.name} marked as ${value} by the person.` });
    }
    this.refresh();
    return result;
  }

  /** Recomputes now (the config change event and watchers call it through scheduleRefresh). */
  refresh(): void {
    const confirmedAll = this.confirmedAll();
    const next: FolderEnvironment[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const config = readFolderConfig(folder.uri);
      const declared = this.declared(folder, config);
      const key = folder.uri.fsPath;
      const intent = this.intended.get(key);
      if (intent && intent.until < Date.now()) this.intended.delete(key);
      const intended = intent && intent.until >= Date.now() ? intent.environment : undefined;
      if (intended !== undefined) {
        // The person's choice is being written: until the file says so, enforce the stronger of the two.
        if (intended === declared.environment) this.intended.delete(key);
        const effective = ENVIRONMENT_RANK[intended] > ENVIRONMENT_RANK[declared.environment] ? { ...declared, environment: intended } : declared;
        next.push({ folder, config, declared, effective });
        continue;
      }
      const step = downgradeStep(confirmedAll[key], declared.environment);
      let effective = declared;
      let pendingDowngradeTo: Environment | undefined;
      if (step.kind === 'record') {
        void this.setConfirmed(key, step.confirmed);
        if (confirmedAll[key] !== undefined) {
          this.init.activity.record({ kind: 'environment', source: 'editor', environment: step.confirmed, path: key, detail: `${folder.name} is now ${step.confirmed} (was ${confirmedAll[key]}): ${declared.reasons.join('; ')}` });
        }
      } else if (step.kind === 'ask') {
        pendingDowngradeTo = step.to;
        effective = {
          environment: 'production',
          origin: declared.origin,
          reasons: [`kept as production: something changed it to ${step.to} (${declared.reasons.join('; ') || 'no signal'}), waiting for your confirmation`],
        };
        if (!this.prompting.has(key)) void this.askAboutDowngrade(folder, step.to, declared);
      }
      next.push({ folder, config, declared, effective, pendingDowngradeTo });
    }
    this.states = next;
    this.changed.fire();
  }

  private scheduleRefresh(rereadFacts: boolean): void {
    if (rereadFacts) this.facts.clear();
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.refresh();
    }, 200);
  }

  private declared(folder: vscode.WorkspaceFolder, config: FolderConfig): EnvironmentResolution {
    if (config.environment !== 'auto') return { environment: config.environment, origin: 'setting', reasons: [`agentGuard.environment = "${config.environment}"`] };
    const detection = this.detect(folder, config, false);
    return detection.reasons.length > 0
      ? { environment: detection.environment, origin: 'detected', reasons: detection.reasons }
      : { environment: 'development', origin: 'default', reasons: ['no setting and no production or staging signal'] };
  }

  private detect(folder: vscode.WorkspaceFolder, config: FolderConfig, fresh: boolean) {
    const key = folder.uri.fsPath;
    let facts = fresh ? undefined : this.facts.get(key);
    if (!facts) {
      facts = folder.uri.scheme === 'file' ? readEnvironmentFacts(key, this.home, this.env) : { folderName: folder.name };
      this.facts.set(key, facts);
    }
    return detectEnvironment(facts, config.detection);
  }

  private async askAboutDowngrade(folder: vscode.WorkspaceFolder, to: Environment, declared: EnvironmentResolution): Promise<void> {
    const key = folder.uri.fsPath;
    this.prompting.add(key);
    this.init.activity.record({ kind: 'tamper', source: 'editor', environment: to, path: key, flagged: true, detail: `${folder.name} changed from production to ${to} (${declared.reasons.join('; ')}); kept as production until the person confirms.` });
    try {
      const keep: vscode.MessageItem = { title: 'Keep Production' };
      const accept: vscode.MessageItem = { title: `Change to ${to[0].toUpperCase()}${to.slice(1)}` };
      const picked = await this.init.modals.run(async () =>
        vscode.window.showWarningMessage(
          `"${folder.name}" is no longer marked as production. Keep it production?`,
          {
            modal: true,
            detail:
              `Its environment changed from production to ${to} (${declared.reasons.join('; ') || 'no signal'}). ` +
              'An AI agent or a file edit may have done this to get past Agent Guard.\n\n' +
              'Until you answer, Agent Guard keeps treating this folder as production. "Keep Production" also writes ' +
              'agentGuard.environment = "production" back into .vscode/settings.json. Only choose to change it if you made this change yourself.',
          },
          keep,
          accept,
        ),
      );
      if (picked === accept) {
        await this.setConfirmed(key, to);
        this.init.activity.record({ kind: 'environment', source: 'editor', environment: to, path: key, detail: `The person accepted the change of ${folder.name} from production to ${to}.` });
      } else {
        const result = await writeFolderSetting(folder.uri, 'agentGuard.environment', 'production');
        this.init.activity.record({ kind: 'environment', source: 'editor', environment: 'production', path: key, detail: `The person kept ${folder.name} as production${result.ok ? '; agentGuard.environment restored.' : `, but the setting could not be written: ${result.error}`}` });
        if (!result.ok) void vscode.window.showErrorMessage(`Agent Guard keeps "${folder.name}" as production for now, but could not restore the setting: ${result.error}`);
        return; // Stay in `prompting` on failure so we do not ask again in a loop; production stays enforced.
      }
    } finally {
      this.prompting.delete(key);
    }
    this.refresh();
  }

  private confirmedAll(): Record<string, Environment> {
    return this.init.memento.get<Record<string, Environment>>(CONFIRMED_KEY) ?? {};
  }

  private async setConfirmed(key: string, environment: Environment): Promise<void> {
    const all = { ...this.confirmedAll(), [key]: environment };
    await this.init.memento.update(CONFIRMED_KEY, all);
  }

  private watchFiles(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    const onFact = () => this.scheduleRefresh(true);
    const watch = (pattern: vscode.GlobPattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      this.watchers.push(watcher, watcher.onDidCreate(onFact), watcher.onDidChange(onFact), watcher.onDidDelete(onFact));
    };
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of ['.env*', '.git/HEAD', '.git/config', '.terraform/environment']) watch(new vscode.RelativePattern(folder, glob));
    }
    const kube = kubeConfigPath(this.env, this.home);
    watch(new vscode.RelativePattern(vscode.Uri.file(path.dirname(kube)), path.basename(kube)));
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
