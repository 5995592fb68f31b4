// The credential shield in the editor: scans each workspace folder (first scan in the background, with a progress
// notification when it is slow), keeps the results current from a FileSystemWatcher (debounced), keeps agents'
// exclusion files in sync (core applyHide), shows secrets inside source files in the Problems panel, and remembers
// findings the person marked "Not a secret". Other parts read `summary` or listen to onDidChangeFindings (the badge).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { applyHide, type HideRecord } from '../../core/credentials/hide';
import { isCredentialFile, scanDirectory, scanFolderUnder, scanSingleFile, type CredentialFinding } from '../../core/credentials/scanner';
import { readCredentialSettings, type CredentialSettings } from '../../core/credentials/settings';
import type { ActivitySink } from '../services';

export const CREDENTIAL_SOURCE = 'Agent Guard';
const DEBOUNCE_MS = 500;
/** A background scan still running after this long gets a progress notification. */
const PROGRESS_AFTER_MS = 1500;
const NOT_SECRET_KEY = 'agentGuard.credentials.notSecrets';
const RECORD_KEY = 'agentGuard.credentials.hideRecord';

export interface CredentialShieldInit {
  workspaceState: vscode.Memento;
  output: vscode.OutputChannel;
  activity?: ActivitySink;
}

export interface CredentialSummary {
  /** Files kept out of agents' reach (credential files and files with a secret inside), over all folders. */
  hiddenFiles: number;
  findings: number;
  /** False until every folder's first scan has finished. */
  scanned: boolean;
}

/** A finding the editor shows, with its folder and the identity "Not a secret" remembers (a hash, never the secret). */
export interface ShownFinding extends CredentialFinding {
  folder: vscode.WorkspaceFolder;
  uri: vscode.Uri;
  /** Set for secrets inside a file: folder-relative path + hash of the secret. */
  key?: string;
}

interface FolderState {
  folder: vscode.WorkspaceFolder;
  settings: CredentialSettings;
  /** Relative path → findings (with keys). */
  files: Map<string, ShownFinding[]>;
  scanned: boolean;
}

function readSettings(folder: vscode.WorkspaceFolder): { value: CredentialSettings; errors: string[] } {
  const section = vscode.workspace.getConfiguration('agentGuard.credentials', folder.uri);
  const flat: Record<string, unknown> = {};
  for (const key of ['exclude', 'extraPaths', 'maxFileSizeKb', 'hide', 'ignoreFiles', 'claudeCode', 'chatAutoApprove', 'hideInExplorer']) {
    const value = section.get(key);
    if (value !== undefined) flat[`agentGuard.credentials.${key}`] = value;
  }
  return readCredentialSettings(flat);
}

function isFolder(p: string): boolean {
  try {
    return fs.lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}

function secretKey(rel: string, secret: string): string {
  return `${rel}#${createHash('sha256').update(secret).digest('hex').slice(0, 16)}`;
}

export class CredentialShield implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CredentialSummary>();
  /** Fires after every scan or update that may change the findings (the badge shows `hiddenFiles`). */
  readonly onDidChangeFindings = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('agent-guard-credentials');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  private readonly folders = new Map<string, FolderState>();
  private readonly pending = new Map<string, Set<string>>();
  private timer: NodeJS.Timeout | undefined;
  /** Every scan and update runs after the previous one: no two writers of the same file. */
  private queue: Promise<void> = Promise.resolve();
  private readonly reportedErrors = new Set<string>();

  constructor(private readonly init: CredentialShieldInit) {}

  /** Starts watching and runs the first scan of every folder in the background. */
  start(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const onEvent = (uri: vscode.Uri) => this.fileChanged(uri);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(onEvent),
      watcher.onDidChange(onEvent),
      watcher.onDidDelete(onEvent),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scanAll({ progress: 'auto' })),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('agentGuard.credentials')) void this.scanAll({ progress: 'auto' });
      }),
    );
    void this.scanAll({ progress: 'auto' });
  }

  get summary(): CredentialSummary {
    let hiddenFiles = 0;
    let findings = 0;
    for (const state of this.folders.values()) {
      for (const list of state.files.values()) {
        const shown = list.filter((f) => !this.isDismissed(f));
        findings += shown.length;
        if (shown.length) hiddenFiles++;
      }
    }
    return { hiddenFiles, findings, scanned: [...this.folders.values()].every((s) => s.scanned) && this.folders.size > 0 };
  }

  /** Every current finding (not dismissed), for the scan command's report. */
  findings(): ShownFinding[] {
    return [...this.folders.values()].flatMap((s) => [...s.files.values()].flat()).filter((f) => !this.isDismissed(f));
  }

  /**
   * True when agents must not read this file: the last scan found a credential in it (by name or inside, and not
   * marked "Not a secret"), or, for a file the scan has not seen, its name says so. For read hooks
   * (HookDeps.isCredentialFile).
   */
  isHiddenFile(absolutePath: string): boolean {
    const uri = vscode.Uri.file(absolutePath);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const state = folder && this.folders.get(folder.uri.toString());
    if (!folder || !state) return isCredentialFile(absolutePath);
    const rel = path.relative(folder.uri.fsPath, absolutePath).split(path.sep).join('/');
    const list = state.files.get(rel);
    if (list) return list.some((f) => !this.isDismissed(f));
    return isCredentialFile(rel);
  }

  /** The finding a diagnostic at this place came from (for quick fixes). */
  findingAt(uri: vscode.Uri, line: number, column: number): ShownFinding | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const state = folder && this.folders.get(folder.uri.toString());
    if (!state) return undefined;
    const rel = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
    return state.files.get(rel)?.find((f) => f.line === line + 1 && f.column === column);
  }

  /** Scans every folder again. `always` shows progress at once (the command); `auto` only when it is slow. */
  scanAll(options: { progress: 'auto' | 'always' }): Promise<CredentialSummary> {
    const run = async () => {
      const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
      for (const key of [...this.folders.keys()]) if (!folders.some((f) => f.uri.toString() === key)) this.forgetFolder(key);
      for (const folder of folders) await this.scanFolder(folder, options.progress);
      this.changed.fire(this.summary);
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch((err: Error) => this.init.output.appendLine(`Agent Guard credential scan failed: ${err.message}`));
    return next.then(() => this.summary);
  }

  private async scanFolder(folder: vscode.WorkspaceFolder, progress: 'auto' | 'always'): Promise<void> {
    const settings = readSettings(folder);
    this.reportErrors(settings.errors.map((e) => `${folder.name}: ${e}`));
    const previous = this.folders.get(folder.uri.toString());
    let cancelled = false;
    let seen = 0;
    const started = Date.now();
    const scan = scanDirectory(folder.uri.fsPath, {
      excludes: settings.value.exclude,
      extraPaths: settings.value.extraPaths,
      maxFileBytes: settings.value.maxFileBytes,
      isCancelled: () => cancelled,
      onProgress: (n) => (seen = n),
    });
    const showProgress = () =>
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Agent Guard: looking for credentials in ${folder.name}`, cancellable: true },
        async (report, token) => {
          token.onCancellationRequested(() => (cancelled = true));
          const tick = setInterval(() => report.report({ message: `${seen} files looked at` }), 250);
          try {
            await scan;
          } finally {
            clearInterval(tick);
          }
        },
      );
    // A quick scan shows no progress at all (it would only flicker); the command's wait is shorter than the background's.
    const slowTimer = setTimeout(() => void showProgress(), progress === 'always' ? 300 : PROGRESS_AFTER_MS);
    const result = await scan.finally(() => clearTimeout(slowTimer));
    this.init.output.appendLine(`Agent Guard: ${folder.name}: ${result.filesSeen} files scanned for credentials in ${Date.now() - started} ms${result.cancelled ? ' (stopped)' : ''}; ${result.findings.length} findings.`);
    for (const e of result.errors) this.init.output.appendLine(`  ${e}`);
    if (result.cancelled && previous) return;

    const state: FolderState = { folder, settings: settings.value, files: new Map(), scanned: !result.cancelled };
    for (const f of result.findings) {
      const list = state.files.get(f.path) ?? [];
      list.push(this.shown(folder, f));
      state.files.set(f.path, list);
    }
    this.keyContentFindings(state, [...state.files.keys()]);
    const before = previous ? new Set(previous.files.keys()) : undefined;
    this.folders.set(folder.uri.toString(), state);
    this.sync(state, undefined);
    if (!before) {
      const n = [...state.files.values()].filter((l) => l.some((f) => !this.isDismissed(f))).length;
      if (n) this.init.activity?.record({ kind: 'credentials', source: 'editor', path: folder.uri.fsPath, detail: `${n} credential file${n === 1 ? '' : 's'} found in ${folder.name}; hidden from agents.`, flagged: true });
    } else {
      for (const rel of state.files.keys()) if (!before.has(rel)) this.recordNew(state, rel);
    }
  }

  private shown(folder: vscode.WorkspaceFolder, f: CredentialFinding): ShownFinding {
    return { ...f, folder, uri: vscode.Uri.joinPath(folder.uri, ...f.path.split('/')) };
  }

  /** Reads the files with secrets inside once more, to key each finding by a hash of its secret. */
  private keyContentFindings(state: FolderState, rels: string[]): void {
    for (const rel of rels) {
      const list = state.files.get(rel) ?? [];
      if (!list.some((f) => f.line !== undefined)) continue;
      let lines: string[];
      try {
        lines = fs.readFileSync(path.join(state.folder.uri.fsPath, rel), 'utf8').split('\n');
      } catch {
        continue;
      }
      for (const f of list) {
        if (f.line === undefined || f.column === undefined || f.length === undefined) continue;
        f.key = secretKey(rel, (lines[f.line - 1] ?? '').slice(f.column, f.column + f.length));
      }
    }
  }

  private fileChanged(uri: vscode.Uri): void {
    if (uri.scheme !== 'file') return;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || !this.folders.has(folder.uri.toString())) return;
    const rel = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
    if (!rel || rel.startsWith('..') || /(^|\/)(node_modules|\.git)(\/|$)/.test(rel)) return;
    const set = this.pending.get(folder.uri.toString()) ?? new Set<string>();
    set.add(rel);
    this.pending.set(folder.uri.toString(), set);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  private flush(): void {
    const batch = new Map(this.pending);
    this.pending.clear();
    this.queue = this.queue.then(async () => {
      for (const [key, rels] of batch) {
        const state = this.folders.get(key);
        if (!state) continue;
        const root = state.folder.uri.fsPath;
        const options = { excludes: state.settings.exclude, extraPaths: state.settings.extraPaths, maxFileBytes: state.settings.maxFileBytes };
        const touched = new Set(rels);
        for (const rel of rels) {
          // A deleted folder arrives as one event: drop everything under it that is gone.
          for (const known of [...state.files.keys()]) {
            if (known.startsWith(`${rel}/`) && !fs.existsSync(path.join(root, known))) (state.files.delete(known), touched.add(known));
          }
          if (isFolder(path.join(root, rel))) {
            // A folder that appeared (moved in, or filled before the watcher saw inside it) may be the only event: scan
            // what is in it.
            const { findings } = await scanFolderUnder(root, rel, options);
            const found = new Map<string, ShownFinding[]>();
            for (const f of findings) found.set(f.path, [...(found.get(f.path) ?? []), this.shown(state.folder, f)]);
            for (const known of [...state.files.keys()]) if (known.startsWith(`${rel}/`) && !found.has(known)) (state.files.delete(known), touched.add(known));
            for (const [file, list] of found) this.update(state, file, list, touched);
            continue;
          }
          this.update(state, rel, scanSingleFile(root, rel, options).findings.map((f) => this.shown(state.folder, f)), touched);
        }
        this.sync(state, [...touched]);
      }
      this.changed.fire(this.summary);
    }).catch((err: Error) => this.init.output.appendLine(`Agent Guard: updating credential findings failed: ${err.message}`));
  }

  /** Puts one file's new findings in place (none: it leaves the list), and records a newly found one. */
  private update(state: FolderState, rel: string, findings: ShownFinding[], touched: Set<string>): void {
    const hadIt = state.files.has(rel);
    if (findings.length) state.files.set(rel, findings);
    else state.files.delete(rel);
    this.keyContentFindings(state, [rel]);
    touched.add(rel);
    if (!hadIt && findings.length) this.recordNew(state, rel);
  }

  private recordNew(state: FolderState, rel: string): void {
    const f = state.files.get(rel)?.[0];
    if (!f || this.isDismissed(f)) return;
    this.init.activity?.record({ kind: 'credentials', source: 'editor', path: path.join(state.folder.uri.fsPath, rel), detail: `${rel}: ${f.description} — hidden from agents.`, flagged: true });
  }

  private isDismissed(f: ShownFinding): boolean {
    return f.key !== undefined && this.init.workspaceState.get<string[]>(NOT_SECRET_KEY, []).includes(f.key);
  }

  /** Remembers "Not a secret" for this finding and updates everything. */
  async dismiss(finding: ShownFinding): Promise<void> {
    if (!finding.key) return;
    const keys = new Set(this.init.workspaceState.get<string[]>(NOT_SECRET_KEY, []));
    keys.add(finding.key);
    await this.init.workspaceState.update(NOT_SECRET_KEY, [...keys]);
    const state = this.folders.get(finding.folder.uri.toString());
    if (state) this.sync(state, [finding.path]);
    this.changed.fire(this.summary);
  }

  /** Re-scans one file now (after a quick fix edited it). */
  rescanFile(uri: vscode.Uri): void {
    this.fileChanged(uri);
  }

  /** Hide entries and diagnostics for a folder; `rels` limits the diagnostics refresh to those files. */
  private sync(state: FolderState, rels: string[] | undefined): void {
    const hidden = [...state.files.entries()].filter(([, list]) => list.some((f) => !this.isDismissed(f))).map(([rel]) => rel);
    if (state.settings.hide || this.init.workspaceState.get<HideRecord>(this.recordKey(state))) {
      const record = this.init.workspaceState.get<HideRecord>(this.recordKey(state), {});
      const outcome = applyHide(state.folder.uri.fsPath, state.settings.hide ? hidden : [], state.settings.targets, record);
      void this.init.workspaceState.update(this.recordKey(state), Object.keys(outcome.record).length ? outcome.record : undefined);
      if (outcome.changed.length) this.init.output.appendLine(`Agent Guard: kept ${outcome.changed.join(', ')} in sync with ${hidden.length} credential file${hidden.length === 1 ? '' : 's'} in ${state.folder.name}.`);
      this.reportErrors(outcome.errors.map((e) => `${state.folder.name}: ${e}`));
    }
    const refresh = rels ?? [...new Set([...state.files.keys(), ...this.diagnosedFiles(state)])];
    for (const rel of refresh) {
      const uri = vscode.Uri.joinPath(state.folder.uri, ...rel.split('/'));
      const list = (state.files.get(rel) ?? []).filter((f) => f.kind === 'content' && f.line !== undefined && !this.isDismissed(f));
      this.diagnostics.set(uri, list.map(toDiagnostic));
    }
  }

  private diagnosedFiles(state: FolderState): string[] {
    const out: string[] = [];
    this.diagnostics.forEach((uri) => {
      const rel = path.relative(state.folder.uri.fsPath, uri.fsPath);
      if (!rel.startsWith('..')) out.push(rel.split(path.sep).join('/'));
    });
    return out;
  }

  private recordKey(state: FolderState): string {
    return `${RECORD_KEY}:${state.folder.uri.toString()}`;
  }

  private forgetFolder(key: string): void {
    const state = this.folders.get(key);
    if (!state) return;
    for (const rel of state.files.keys()) this.diagnostics.delete(vscode.Uri.joinPath(state.folder.uri, ...rel.split('/')));
    this.folders.delete(key);
  }

  private reportErrors(errors: string[]): void {
    for (const e of errors) {
      this.init.output.appendLine(`Agent Guard: ${e}`);
      if (this.reportedErrors.has(e)) continue;
      this.reportedErrors.add(e);
      void vscode.window.showWarningMessage(`Agent Guard: ${e}`);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

function toDiagnostic(f: ShownFinding): vscode.Diagnostic {
  const line = (f.line as number) - 1;
  const range = new vscode.Range(line, f.column ?? 0, line, (f.column ?? 0) + (f.length ?? 0));
  const d = new vscode.Diagnostic(
    range,
    `${capitalise(f.description)} is written in this file. Any AI agent that reads the file can use it. Move it to .env (kept from agents) and reference it, or mark it "Not a secret".`,
    vscode.DiagnosticSeverity.Warning,
  );
  d.source = CREDENTIAL_SOURCE;
  d.code = f.detector;
  return d;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
