// What a CLI command may touch: its streams, environment and working directory, passed in so tests can drive it.
import * as fs from 'node:fs';
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of stdin (resolves '' when stdin is a TTY or closed). */
  readStdin: () => Promise<string>;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * The user's home directory, as os.homedir() finds it, without loading node:os on POSIX, where $HOME is what it reads
 * first: one module fewer for every cold start.
 */
export function homeDirectory(env: NodeJS.ProcessEnv): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (process.platform !== 'win32' && env.HOME) || (require('node:os') as typeof import('node:os')).homedir();
}

/** Thrown for bad usage; the dispatcher prints the message and exits 2. */
export class UsageError extends Error {}

export type CliCommand = (args: string[], io: CliIO) => Promise<number>;

/**
 * Writes all of `text` to a file descriptor (1 or 2) at once, without creating process.stdout: that stream costs a cold
 * start a few milliseconds of module loading, and the CLI only ever writes whole answers. Waits while a non-blocking pipe
 * is full. False when the reader has gone (`agent-guard check … | head -1`): there is no one left to answer.
 */
export function writeAllSync(fd: number, text: string): boolean {
  let rest = Buffer.from(text, 'utf8');
  while (rest.length > 0) {
    try {
      rest = rest.subarray(fs.writeSync(fd, rest));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return false;
      if (code !== 'EAGAIN') throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
  return true;
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

/**
 * All of a file descriptor's input (0: stdin) until its end, read directly: process.stdin would cost a cold start a few
 * milliseconds of stream modules, and a hook payload is read whole anyway. '' for a terminal. Waits while a
 * non-blocking pipe is empty, so nothing is lost whatever the writer set on its end. A character device (a terminal,
 * /dev/null) gives '': fstat tells that without node:tty, whose net and stream modules would cost another 3 ms.
 */
export function readAllSync(fd: number): string {
  if (isCharacterDevice(fd)) return '';
  const chunks: Buffer[] = [];
  const buffer = Buffer.allocUnsafe(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(fd, buffer, 0, buffer.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        continue;
      }
      if (code === 'EOF' || code === 'EBADF') break;
      throw err;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}
