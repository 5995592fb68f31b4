// The local channel between the running editor and its clients (agent hooks, the terminal gate, the CLI).
//
// Transport: TCP on 127.0.0.1 (so a bash client can use /dev/tcp without extra tools), one request per connection,
// newline-delimited JSON both ways. Authentication: the first request field `secret` must equal the window's secret,
// which is stored only in its discovery file (0600, inside a 0700 directory of this user). A wrong secret gets
// `{"error":"unauthorized"}` and the connection is closed.
//
// Discovery: each editor window writes `<channelDir>/window-<pid>.json` (a WindowRecord) when it starts and removes
// it when it stops. A client picks the live window whose workspace folders contain its cwd (longest match).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Actor, DecisionKind, Environment } from '../config';
import type { HookAgent } from '../hooks/types';

export const PROTOCOL_VERSION = 1;

/** Where a request came from; shown in the modal ("Cursor agent wants to run …"). */
export type RequestSource = 'terminal' | 'cursor' | 'claude' | 'copilot' | 'cli';

export const SOURCE_LABELS: Record<RequestSource, string> = {
  terminal: 'Integrated terminal',
  cursor: 'Cursor agent',
  claude: 'Claude Code',
  copilot: 'VS Code agent (Copilot)',
  cli: 'agent-guard CLI',
};

export interface WindowRecord {
  version: typeof PROTOCOL_VERSION;
  pid: number;
  port: number;
  secret: string;
  /** Absolute paths of the window's workspace folders. */
  workspaceFolders: string[];
  /** The environment of each folder as the editor last decided it (folder path → environment). */
  environments: Record<string, Environment>;
  startedAt: string;
  /** The pid space `pid` is a number in (processPidSpace); absent in records of older versions. */
  pidSpace?: string;
}

/** Ask the editor to decide (and, for `ask`, to show the modal) about a shell command. */
export interface CheckCommandRequest {
  v: typeof PROTOCOL_VERSION;
  secret: string;
  type: 'check-command';
  source: RequestSource;
  actor: Actor;
  command: string;
  cwd: string;
}

/** Ask the editor whether a file may be read/written/deleted by an agent (credential shield). */
export interface CheckFileRequest {
  v: typeof PROTOCOL_VERSION;
  secret: string;
  type: 'check-file';
  source: RequestSource;
  actor: Actor;
  operation: 'read' | 'write' | 'delete';
  path: string;
  cwd: string;
}

/** Report something that happened (after-shell, after-edit, post-tool-use) for the activity view and log. */
export interface ActivityRequest {
  v: typeof PROTOCOL_VERSION;
  secret: string;
  type: 'activity';
  source: RequestSource;
  event: Record<string, unknown>;
}

/**
 * Run one agent hook call inside the editor (the launcher's warm path, so no Node starts per call). Unlike the other
 * requests, the header line is followed by exactly `length` bytes: the agent's stdin, unparsed. The editor answers with
 * three lines: a header (`{"exitCode":N}`; `{"notMine":true}` when none of its folders holds the agent's workspace, so
 * the client tries another window; or `{"error":…}`), then the hook's stdout, then its stderr (each one line; empty when
 * nothing is to be printed). A bash client can speak this with /dev/tcp and `read`, without a JSON parser.
 */
export interface HookRequest {
  v: typeof PROTOCOL_VERSION;
  secret: string;
  type: 'hook';
  agent: HookAgent;
  length: number;
}

export interface HookResponseHeader {
  exitCode?: number;
  notMine?: boolean;
  error?: string;
}

export type ChannelRequest = CheckCommandRequest | CheckFileRequest | ActivityRequest | HookRequest;

export interface ChannelResponse {
  /** The final answer: `ask` is resolved by the person in the editor, so only allow or deny come back. */
  decision?: Exclude<DecisionKind, 'ask'>;
  /** Human-readable reason (rules, why, who answered). */
  reason?: string;
  rules?: string[];
  environment?: Environment;
  error?: string;
}

/** True when `target` is `folder` or lies inside it: what "a window's folders contain the cwd" means above. */
export function folderContains(folder: string, target: string): boolean {
  const rel = path.relative(folder, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The private directory holding discovery files: `$XDG_RUNTIME_DIR/agent-guard` when set (already per-user, 0700),
 * else `<tmpdir>/agent-guard-<uid>`. The creator must make it 0700 and check ownership before trusting it.
 */
export function channelDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AGENT_GUARD_CHANNEL_DIR) return env.AGENT_GUARD_CHANNEL_DIR;
  if (env.XDG_RUNTIME_DIR) return path.join(env.XDG_RUNTIME_DIR, 'agent-guard');
  const uid = typeof process.getuid === 'function' ? process.getuid() : os.userInfo().username;
  return path.join(os.tmpdir(), `agent-guard-${uid}`);
}

let ownPidSpace: string | undefined;

/**
 * Which pid space this process's pid is a number in: the pid namespace on Linux, the machine elsewhere. A record from
 * another space (a container sharing the directory) is never judged by whether its pid runs here.
 */
export function processPidSpace(): string {
  if (ownPidSpace === undefined) {
    try {
      ownPidSpace = fs.readlinkSync('/proc/self/ns/pid');
    } catch {
      ownPidSpace = `${process.platform}:${os.hostname()}`;
    }
  }
  return ownPidSpace;
}
