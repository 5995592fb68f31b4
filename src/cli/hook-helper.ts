// The hook helper: when no editor is running, the first cold hook call starts this small background process (the
// editor's runtime on dist/cli.js, `hook --serve`). It answers later hook calls on the local channel exactly as the
// cold path would (workspace settings from disk, no modal: production/staging deny, development lets the agent ask),
// so they cost a few milliseconds instead of a Node start each. It exits after IDLE_MS without a request. Editors
// are always asked first (their discovery files sort before the helper's), so a running editor wins.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listWindows } from '../core/channel/client';
import { channelDirectory } from '../core/channel/protocol';
import { ChannelServerCore } from '../core/channel/server';
import { ADAPTERS, handleHook } from '../core/hooks/handle';
import type { HookAgent } from '../core/hooks/types';
import { workspaceFromDisk } from '../core/hooks/workspace-from-disk';
import { readScriptFile } from '../core/script-files';

export const HELPER_PREFIX = 'window-helper-';
const IDLE_MS = 10 * 60 * 1000;

/** True when a live helper already serves `dir`. */
export function helperRunning(dir: string): boolean {
  try {
    return fs.readdirSync(dir).some((f) => f.startsWith(HELPER_PREFIX)) && listWindows(dir).some((r) => r.workspaceFolders.length === 0);
  } catch {
    return false;
  }
}

/** Starts the helper in the background (detached, no output) unless one runs or the environment forbids it. */
export function startHelper(env: NodeJS.ProcessEnv): void {
  if (env.AGENT_GUARD_NO_HELPER) return;
  const dir = channelDirectory(env);
  if (helperRunning(dir)) return;
  const cli = process.argv[1];
  // Only from the CLI bundle itself (never from a test runner or another host that imported runHook).
  if (!cli || path.basename(cli) !== 'cli.js' || !fs.existsSync(cli)) return;
  const child = spawn(process.execPath, [cli, 'hook', '--serve'], { detached: true, stdio: 'ignore', env: { ...env, ELECTRON_RUN_AS_NODE: '1' }, cwd: os.homedir() });
  child.unref();
}

/** Runs the helper until it has been idle for IDLE_MS. */
export async function serveHelper(env: NodeJS.ProcessEnv): Promise<number> {
  const dir = channelDirectory(env);
  if (helperRunning(dir)) return 0;
  let timer: NodeJS.Timeout | undefined;
  const server = new ChannelServerCore({
    directory: dir,
    workspaceFolders: [],
    environments: {},
    recordName: `${HELPER_PREFIX}${process.pid}.json`,
    handlers: {
      checkCommand: async () => ({ error: 'no editor: the hook helper only answers hook calls' }),
      checkFile: async () => ({ error: 'no editor: the hook helper only answers hook calls' }),
      activity: () => ({}),
      hook: async (agent: HookAgent, text: string) => {
        idle();
        let place;
        try {
          place = ADAPTERS[agent].parse(JSON.parse(text)).place;
        } catch {
          return 'not-mine';
        }
        // Without a place the launcher's own working directory decides: let the cold path handle it.
        if (!place.cwd && place.workspaceRoots.length === 0) return 'not-mine';
        const fallback = place.cwd ?? place.workspaceRoots[0];
        return handleHook(agent, text, { workspace: (at) => workspaceFromDisk(at, fallback, env), home: env.HOME ?? os.homedir(), readFile: readScriptFile });
      },
    },
  });
  const stop = (): void => {
    void server.dispose().then(() => process.exit(0));
  };
  const idle = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(stop, IDLE_MS);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  await server.start();
  idle();
  await new Promise<void>(() => undefined);
  return 0;
}

export function helperRecords(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((f) => f.startsWith(HELPER_PREFIX)).map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}
