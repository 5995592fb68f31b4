// agent-guard hook cursor|claude|copilot: the hook command agents run. Reads the agent's payload on stdin and prints
// the agent's documented reply. Asks the running editor first (so `ask` becomes the editor's modal); when no editor
// holds the workspace, decides from the workspace settings on disk. Never exits with a code an agent reads as
// "proceed" on failure: any internal error blocks (exit 2) with a line on stderr.
import * as os from 'node:os';
import { channelDirectory } from '../core/channel/protocol';
import { hookThroughEditor } from '../core/channel/client';
import { handleHook } from '../core/hooks/handle';
import { HOOK_AGENTS, type HookAgent } from '../core/hooks/types';
import { workspaceFromDisk } from '../core/hooks/workspace-from-disk';
import type { CliIO } from './io';
import { readScriptFile } from '../core/script-files';

/** The helper's module (a channel server, child_process), loaded only to serve or to start one. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const helper = (): typeof import('./hook-helper') => require('./hook-helper') as typeof import('./hook-helper');

/** How long to wait for the editor (it may be showing the modal to a person). */
const EDITOR_TIMEOUT_MS = 290_000;

export async function runHook(args: string[], io: CliIO): Promise<number> {
  const agent = args[0];
  if (agent === '--serve') return helper().serveHelper(io.env);
  if (!agent || !(HOOK_AGENTS as readonly string[]).includes(agent)) {
    io.stderr(`agent-guard hook: name the agent: agent-guard hook ${HOOK_AGENTS.join('|')} (got ${agent ? `"${agent}"` : 'nothing'}). Blocking to be safe.\n`);
    return 2;
  }
  try {
    const text = await io.readStdin();
    const place = { cwd: io.cwd, workspaceRoots: [] };
    let reply = io.env.AGENT_GUARD_NO_CHANNEL
      ? undefined
      : await hookThroughEditor(agent as HookAgent, text, channelDirectory(io.env), io.cwd, EDITOR_TIMEOUT_MS);
    if (!reply) {
      const warnings = new Set<string>();
      reply = await handleHook(agent as HookAgent, text, {
        workspace: (at) => {
          const ws = workspaceFromDisk(at, io.cwd, io.env);
          for (const w of ws.warnings) warnings.add(w);
          return ws;
        },
        home: io.env.HOME ?? os.homedir(),
        readFile: readScriptFile,
      }, place);
      for (const w of warnings) io.stderr(`agent-guard hook ${agent}: ${w}\n`);
      // Later calls are answered by a background helper instead of a Node start each (see hook-helper.ts).
      if (!io.env.AGENT_GUARD_NO_HELPER) helper().startHelper(io.env);
    }
    io.stdout(reply.stdout);
    if (reply.stderr) io.stderr(reply.stderr);
    return reply.exitCode;
  } catch (err) {
    io.stderr(`agent-guard hook ${agent}: internal error (${err instanceof Error ? err.message : String(err)}); blocking to be safe. Please report this.\n`);
    return 2;
  }
}
