// What the editor answers on the channel, free of `vscode`: the extension passes its environment provider, modal and
// activity log in as plain functions; the benchmark and tests pass stand-ins. One place for the request logic.
import { decide, type Decision } from '../policy';
import { readScriptFile } from '../script-files';
import { ADAPTERS, decideActions, handleHook, type ActivityDetails, type HookActivity, type HookConfirmation, type HookWorkspace } from '../hooks/handle';
import type { HookAgent, HookPlace } from '../hooks/types';
import type { ChannelHandlers } from './server';
import { folderContains, type ActivityRequest, type ChannelResponse, type CheckCommandRequest, type CheckFileRequest, type RequestSource } from './protocol';

export interface EditorSide {
  /** The window's workspace folders (absolute). */
  folders(): string[];
  /** Environment and config for a path (the folder containing it, or the first folder). */
  resolve(fsPath: string | undefined): HookWorkspace;
  /** Shows the modal and records the answer in the activity log; dismissing it means deny. */
  confirm(request: { decision: Decision; source: RequestSource; folderName: string; cwd?: string }): Promise<HookConfirmation>;
  record(activity: HookActivity | (ActivityDetails & { kind: 'decision' | 'hook-event'; source: RequestSource })): void;
  isCredentialFile?: (file: string) => boolean;
  home?: string;
}

/** True when this window holds the agent's workspace (a root or its cwd lies inside one of our folders). */
export function ownsPlace(folders: string[], place: HookPlace): boolean {
  const targets = [...place.workspaceRoots, ...(place.cwd ? [place.cwd] : [])];
  return targets.some((t) => folders.some((f) => folderContains(f, t) || folderContains(t, f)));
}

function placeOf(agent: HookAgent, text: string): HookPlace | undefined {
  try {
    const parsed = ADAPTERS[agent].parse(JSON.parse(text));
    return parsed.place;
  } catch {
    return undefined;
  }
}

export function createChannelHandlers(editor: EditorSide): ChannelHandlers {
  const workspace = (place: HookPlace): HookWorkspace => editor.resolve(place.workspaceRoots[0] ?? place.cwd);
  const settle = async (decision: Decision, source: RequestSource, folderName: string, cwd: string | undefined): Promise<ChannelResponse> => {
    const base = { rules: decision.rules, environment: decision.environment };
    if (decision.decision !== 'ask') {
      if (decision.decision === 'deny') editor.record({ kind: 'decision', source, command: decision.command, decision: 'deny', rules: decision.rules, environment: decision.environment, flagged: true });
      return { ...base, decision: decision.decision, reason: decision.reason };
    }
    const answer = await editor.confirm({ decision, source, folderName, cwd });
    return { ...base, decision: answer.allowed ? 'allow' : 'deny', reason: answer.allowed ? 'A person confirmed it in the editor.' : `Not confirmed (${answer.answeredBy}). ${decision.reason}` };
  };
  return {
    async checkCommand(request: CheckCommandRequest): Promise<ChannelResponse> {
      const r = editor.resolve(request.cwd);
      const decision = decide({ command: request.command, environment: r.environment, actor: request.actor === 'human' ? 'human' : 'agent', config: r.config, context: { cwd: request.cwd, workspaceRoot: r.folder, home: editor.home, readFile: readScriptFile } });
      return settle(decision, request.source, r.folderName, request.cwd);
    },
    async checkFile(request: CheckFileRequest): Promise<ChannelResponse> {
      const ws = editor.resolve(request.cwd || request.path);
      const place = { cwd: request.cwd, workspaceRoots: ws.folder ? [ws.folder] : [] };
      const [decision] = decideActions({ agent: 'cursor', event: 'check-file', place, actions: [{ kind: 'file', operation: request.operation, path: request.path }] }, ws, { workspace: () => ws, isCredentialFile: editor.isCredentialFile, home: editor.home, readFile: readScriptFile });
      return settle(decision, request.source, ws.folderName, request.cwd);
    },
    activity(request: ActivityRequest): ChannelResponse {
      const e = request.event;
      editor.record({ kind: 'hook-event', source: request.source, command: typeof e.command === 'string' ? e.command : undefined, path: typeof e.path === 'string' ? e.path : undefined, detail: typeof e.detail === 'string' ? e.detail : undefined });
      return {};
    },
    async hook(agent: HookAgent, text: string) {
      const place = placeOf(agent, text);
      // Input we cannot read is answered here (safely) rather than bounced: every window would refuse it the same way.
      if (place && (place.cwd || place.workspaceRoots.length > 0) && !ownsPlace(editor.folders(), place)) return 'not-mine';
      return handleHook(agent, text, {
        workspace,
        confirm: ({ decision, agent: a, folderName, cwd }) => editor.confirm({ decision, source: ADAPTERS[a].source, folderName, cwd }),
        record: (activity) => editor.record(activity),
        isCredentialFile: editor.isCredentialFile,
        home: editor.home,
        readFile: readScriptFile,
      });
    },
  };
}
