// The editor's channel server: the vscode-free ChannelServerCore (src/core/channel/server.ts) fed with this window's
// environment provider, modal confirmer and activity log. Agent hooks and the terminal gate reach the person here.
import * as os from 'node:os';
import * as vscode from 'vscode';
import { createChannelHandlers, type EditorSide } from '../../core/channel/handlers';
import { channelDirectory } from '../../core/channel/protocol';
import { ChannelServerCore } from '../../core/channel/server';
import type { Environment } from '../../core/config';
import type { ActivityEntry, ActivitySink, Confirmer, EnvironmentProvider } from '../services';

export interface ChannelServerInit {
  environment: EnvironmentProvider & { onDidChange?: vscode.Event<unknown> };
  confirmer: Confirmer;
  activity: ActivitySink;
  output?: vscode.OutputChannel;
  /** Whether an agent may not read a file: the credential shield's findings (path and content), when it runs. */
  isCredentialFile?: (absolutePath: string) => boolean;
}

function folderPaths(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
}

export class ChannelServer implements vscode.Disposable {
  private readonly core: ChannelServerCore;
  private readonly disposables: vscode.Disposable[] = [];

  private constructor(private readonly init: ChannelServerInit) {
    const editor: EditorSide = {
      folders: folderPaths,
      resolve: (fsPath) => {
        const r = init.environment.resolve(fsPath);
        return { folder: r.folder, folderName: r.folderName, environment: r.resolution.environment, config: r.config };
      },
      confirm: (request) => init.confirmer.confirm(request),
      record: (activity) => {
        const source = 'agent' in activity ? activity.agent : activity.source;
        const entry: ActivityEntry = { kind: activity.kind, source, command: activity.command, path: activity.path, decision: activity.decision, rules: activity.rules, detail: activity.detail, environment: activity.environment, flagged: activity.flagged };
        if ('exitCode' in activity && activity.exitCode !== undefined) entry.exitCode = activity.exitCode;
        init.activity.record(entry);
      },
      home: os.homedir(),
      isCredentialFile: init.isCredentialFile,
    };
    this.core = new ChannelServerCore({
      directory: channelDirectory(),
      workspaceFolders: folderPaths(),
      environments: this.environments(),
      handlers: createChannelHandlers(editor),
      log: (m) => init.output?.appendLine(m),
    });
  }

  /** Starts the server and keeps its discovery record current; failures are logged, never thrown at activation. */
  static async start(init: ChannelServerInit): Promise<ChannelServer | undefined> {
    const server = new ChannelServer(init);
    try {
      const record = await server.core.start();
      init.output?.appendLine(`Agent Guard channel listening on 127.0.0.1:${record.port} (${server.core.recordFile}).`);
    } catch (err) {
      init.output?.appendLine(`Agent Guard channel could not start: ${(err as Error).message}. Agent hooks will decide without the editor.`);
      return undefined;
    }
    const republish = (): void => server.core.update(folderPaths(), server.environments());
    server.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(republish));
    if (init.environment.onDidChange) server.disposables.push(init.environment.onDidChange(republish));
    return server;
  }

  private environments(): Record<string, Environment> {
    const out: Record<string, Environment> = {};
    for (const folder of folderPaths()) out[folder] = this.init.environment.resolve(folder).resolution.environment;
    return out;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    void this.core.dispose();
  }
}
