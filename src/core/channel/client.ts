// The Node end of the local channel: finds the running editor windows (discovery files) and sends one request.
// Used by `agent-guard hook` when it is started directly, by the CLI and by tests; the launcher script has a bash twin.
import * as fs from 'node:fs';
import type * as Net from 'node:net';
import * as path from 'node:path';
import type { HookAgent, HookReply } from '../hooks/types';
import { checkPrivateDirectory } from './private-dir';
import { folderContains, processPidSpace, PROTOCOL_VERSION, type ChannelRequest, type ChannelResponse, type HookResponseHeader, type WindowRecord } from './protocol';

/** node:net, loaded when a window is there to connect to: a hook call with no editor running never needs it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const net = (): typeof Net => require('node:net') as typeof Net;

/** True when a process with this id exists (EPERM: it exists but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isRecord(value: unknown): value is WindowRecord {
  const r = value as WindowRecord;
  return !!r && r.version === PROTOCOL_VERSION && Number.isInteger(r.port) && typeof r.secret === 'string' && Array.isArray(r.workspaceFolders);
}

/** Live editor windows with a discovery file in `dir`; none when the directory is missing or not private. */
export function listWindows(dir: string): WindowRecord[] {
  try {
    checkPrivateDirectory(dir);
  } catch {
    return [];
  }
  const records: WindowRecord[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (!/^window-.*\.json$/.test(name)) continue;
    const file = path.join(dir, name);
    try {
      const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (!isRecord(value)) continue;
      if (isAlive(value.pid)) records.push(value);
      // An editor that crashed never removed its record, and every hook would read it again: remove it for it. Only
      // when the pid is from this pid space, so a dead-looking record of a container sharing the directory stays.
      else if (value.pidSpace === processPidSpace()) fs.rmSync(file, { force: true });
    } catch {
      // Half-written or foreign file: skip it.
    }
  }
  return records;
}

/** Windows ordered by how well they hold `target`: the longest containing folder first, then the rest. */
export function orderWindows(records: WindowRecord[], target: string | undefined): WindowRecord[] {
  const score = (r: WindowRecord): number =>
    target ? Math.max(-1, ...r.workspaceFolders.filter((f) => folderContains(f, target)).map((f) => f.length)) : -1;
  return [...records].sort((a, b) => score(b) - score(a));
}

/** Sends `header` (+ optional raw body) and resolves with every byte the server sent before closing. */
function exchange(port: number, header: object, body: string | undefined, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net().connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('the editor did not answer in time'));
    }, timeoutMs);
    socket.on('connect', () => socket.write(`${JSON.stringify(header)}\n${body ?? ''}`));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
  });
}

/** A request as a client writes it: the record supplies `secret` and `v`. */
export type UnsignedRequest<T = Exclude<ChannelRequest, { type: 'hook' }>> = T extends unknown ? Omit<T, 'secret' | 'v'> : never;

/** One JSON request (check-command, check-file, activity). `secret` and `v` are filled from the record. */
export async function requestJson(record: WindowRecord, request: UnsignedRequest, timeoutMs: number): Promise<ChannelResponse> {
  const text = await exchange(record.port, { v: PROTOCOL_VERSION, secret: record.secret, ...request }, undefined, timeoutMs);
  const line = text.split('\n')[0];
  try {
    return JSON.parse(line) as ChannelResponse;
  } catch {
    return { error: `malformed answer from the editor: ${line.slice(0, 100)}` };
  }
}

export type HookExchange = { status: 'reply'; reply: HookReply } | { status: 'not-mine' } | { status: 'error'; error: string };

/** Runs one hook call in the editor window `record`. */
export async function requestHook(record: WindowRecord, agent: HookAgent, text: string, timeoutMs: number): Promise<HookExchange> {
  const header = { v: PROTOCOL_VERSION, secret: record.secret, type: 'hook', agent, length: Buffer.byteLength(text, 'utf8') };
  const answer = await exchange(record.port, header, text, timeoutMs);
  const [head, stdout = '', stderr = ''] = answer.split('\n');
  let parsed: HookResponseHeader;
  try {
    parsed = JSON.parse(head) as HookResponseHeader;
  } catch {
    return { status: 'error', error: 'malformed answer from the editor' };
  }
  if (parsed.notMine) return { status: 'not-mine' };
  if (typeof parsed.exitCode !== 'number') return { status: 'error', error: parsed.error ?? 'no exit code in the answer' };
  return { status: 'reply', reply: { exitCode: parsed.exitCode, stdout: stdout ? `${stdout}\n` : '', stderr: stderr ? `${stderr}\n` : '' } };
}

/**
 * Asks the editor windows (best match for `cwd` first) to run a hook call; undefined when no window takes it (none
 * running, none holds the workspace, or none answers), so the caller falls back to deciding without the editor.
 */
export async function hookThroughEditor(agent: HookAgent, text: string, dir: string, cwd: string | undefined, timeoutMs: number): Promise<HookReply | undefined> {
  for (const record of orderWindows(listWindows(dir), cwd)) {
    try {
      const result = await requestHook(record, agent, text, timeoutMs);
      if (result.status === 'reply') return result.reply;
    } catch {
      // Stale record or closed window: try the next one.
    }
  }
  return undefined;
}
