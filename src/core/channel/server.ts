// The editor's end of the local channel, free of `vscode` so the extension, tests and the benchmark share it: listens
// on 127.0.0.1 (random port), publishes a WindowRecord, authenticates every request with the window's secret
// (constant-time), reads one request per connection with size caps and timeouts, and answers. What a request means is
// up to the handlers the editor passes in.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import type { Environment } from '../config';
import { MAX_HOOK_INPUT_BYTES } from '../hooks/handle';
import type { HookAgent, HookReply } from '../hooks/types';
import { HOOK_AGENTS } from '../hooks/types';
import { ensurePrivateDirectory, writePrivateFile } from './private-dir';
import {
  processPidSpace,
  PROTOCOL_VERSION,
  SOURCE_LABELS,
  type ActivityRequest,
  type ChannelResponse,
  type CheckCommandRequest,
  type CheckFileRequest,
  type HookResponseHeader,
  type RequestSource,
  type WindowRecord,
} from './protocol';

/** A header line longer than this is refused (a command line is never this long; the hook body has its own cap). */
export const MAX_HEADER_BYTES = 256 * 1024;
/** A client must send its whole request within this time. */
export const REQUEST_READ_TIMEOUT_MS = 5000;

export interface ChannelHandlers {
  checkCommand(request: CheckCommandRequest): Promise<ChannelResponse>;
  checkFile(request: CheckFileRequest): Promise<ChannelResponse>;
  activity(request: ActivityRequest): Promise<ChannelResponse> | ChannelResponse;
  /** `not-mine` when the hook's workspace is not in this window. */
  hook(agent: HookAgent, text: string): Promise<HookReply | 'not-mine'>;
}

export interface ChannelServerOptions {
  /** The private directory for the discovery file (see channelDirectory()). */
  directory: string;
  workspaceFolders: string[];
  environments: Record<string, Environment>;
  handlers: ChannelHandlers;
  /** Overrides `window-<pid>.json` (tests run several servers in one process). */
  recordName?: string;
  /** Reports problems (bad requests, handler failures) to the editor's log. */
  log?: (message: string) => void;
}

/** Every source has a label, so the labels' keys are the list of sources a request may name. */
const SOURCES = Object.keys(SOURCE_LABELS) as readonly RequestSource[];

function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  // Hash both so the comparison is constant-time whatever the lengths.
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ').trim();
}

export class ChannelServerCore {
  private server: net.Server | undefined;
  private readonly secret = crypto.randomBytes(32).toString('hex');
  private readonly sockets = new Set<net.Socket>();
  private record: WindowRecord | undefined;
  readonly recordFile: string;

  constructor(private readonly options: ChannelServerOptions) {
    this.recordFile = path.join(options.directory, options.recordName ?? `window-${process.pid}.json`);
  }

  /** Starts listening and publishes the discovery file. */
  async start(): Promise<WindowRecord> {
    ensurePrivateDirectory(this.options.directory);
    const server = net.createServer((socket) => this.accept(socket));
    server.maxConnections = 64;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    server.on('error', (err) => this.options.log?.(`channel server error: ${err.message}`));
    const address = server.address() as net.AddressInfo;
    this.record = {
      version: PROTOCOL_VERSION,
      pid: process.pid,
      port: address.port,
      secret: this.secret,
      workspaceFolders: this.options.workspaceFolders,
      environments: this.options.environments,
      startedAt: new Date().toISOString(),
      pidSpace: processPidSpace(),
    };
    this.writeRecord();
    return this.record;
  }

  /** Republishes the record when folders or their environments change. */
  update(workspaceFolders: string[], environments: Record<string, Environment>): void {
    if (!this.record) return;
    this.record = { ...this.record, workspaceFolders, environments };
    this.writeRecord();
  }

  get port(): number | undefined {
    return this.record?.port;
  }

  private writeRecord(): void {
    // One field per line: the bash client reads `"port":` and `"secret":` lines without a JSON parser.
    writePrivateFile(this.recordFile, `${JSON.stringify(this.record, null, 2)}\n`);
  }

  async dispose(): Promise<void> {
    try {
      fs.unlinkSync(this.recordFile);
    } catch {
      // Already gone.
    }
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setTimeout(REQUEST_READ_TIMEOUT_MS, () => socket.destroy());
    let buffer = Buffer.alloc(0);
    let header: Record<string, unknown> | undefined;
    let done = false;
    const onData = (chunk: Buffer): void => {
      if (done) return;
      buffer = Buffer.concat([buffer, chunk]);
      if (!header) {
        const newline = buffer.indexOf(0x0a);
        if (newline < 0) {
          if (buffer.length > MAX_HEADER_BYTES) this.finish(socket, { error: 'request too large' });
          return;
        }
        try {
          const value: unknown = JSON.parse(buffer.subarray(0, newline).toString('utf8'));
          if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
          header = value as Record<string, unknown>;
        } catch {
          done = true;
          this.finish(socket, { error: 'malformed request' });
          return;
        }
        buffer = buffer.subarray(newline + 1);
        if (!sameSecret(header.secret, this.secret)) {
          done = true;
          this.finish(socket, { error: 'unauthorized' });
          return;
        }
      }
      if (header.type === 'hook') {
        const length = header.length;
        if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
          done = true;
          this.finish(socket, { error: 'hook request needs a byte length' });
          return;
        }
        const capped = Math.min(length, MAX_HOOK_INPUT_BYTES + 1);
        if (buffer.length < capped) return;
        done = true;
        socket.off('data', onData);
        socket.setTimeout(0);
        const body = length > MAX_HOOK_INPUT_BYTES ? 'x'.repeat(MAX_HOOK_INPUT_BYTES + 1) : buffer.subarray(0, length).toString('utf8');
        void this.answerHook(socket, header, body);
        return;
      }
      done = true;
      socket.off('data', onData);
      socket.setTimeout(0);
      void this.answerJson(socket, header);
    };
    socket.on('data', onData);
  }

  private finish(socket: net.Socket, response: ChannelResponse | HookResponseHeader): void {
    if (socket.destroyed) return;
    socket.end(`${JSON.stringify(response)}\n`);
  }

  private async answerHook(socket: net.Socket, header: Record<string, unknown>, body: string): Promise<void> {
    const agent = header.agent;
    if (typeof agent !== 'string' || !(HOOK_AGENTS as readonly string[]).includes(agent)) {
      this.finish(socket, { error: `unknown agent ${JSON.stringify(agent)}` });
      return;
    }
    try {
      const reply = await this.options.handlers.hook(agent as HookAgent, body);
      if (socket.destroyed) return;
      if (reply === 'not-mine') {
        socket.end(`${JSON.stringify({ notMine: true })}\n\n\n`);
        return;
      }
      socket.end(`${JSON.stringify({ exitCode: reply.exitCode })}\n${oneLine(reply.stdout)}\n${oneLine(reply.stderr)}\n`);
    } catch (err) {
      this.options.log?.(`hook ${agent} failed: ${(err as Error).stack ?? err}`);
      this.finish(socket, { error: 'internal error' });
    }
  }

  private async answerJson(socket: net.Socket, header: Record<string, unknown>): Promise<void> {
    const h = this.options.handlers;
    try {
      const source = header.source;
      if (typeof source !== 'string' || !(SOURCES as readonly string[]).includes(source)) {
        this.finish(socket, { error: 'unknown source' });
        return;
      }
      let response: ChannelResponse;
      switch (header.type) {
        case 'check-command':
          if (typeof header.command !== 'string' || typeof header.cwd !== 'string') response = { error: 'check-command needs command and cwd' };
          else response = await h.checkCommand(header as unknown as CheckCommandRequest);
          break;
        case 'check-file':
          if (typeof header.path !== 'string' || !['read', 'write', 'delete'].includes(header.operation as string)) response = { error: 'check-file needs path and operation' };
          else response = await h.checkFile(header as unknown as CheckFileRequest);
          break;
        case 'activity':
          if (!header.event || typeof header.event !== 'object') response = { error: 'activity needs an event object' };
          else response = await h.activity(header as unknown as ActivityRequest);
          break;
        default:
          response = { error: `unknown request type ${JSON.stringify(header.type)}` };
      }
      this.finish(socket, response);
    } catch (err) {
      this.options.log?.(`channel request failed: ${(err as Error).stack ?? err}`);
      this.finish(socket, { error: 'internal error' });
    }
  }
}
