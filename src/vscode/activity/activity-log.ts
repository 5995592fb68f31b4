// The activity log: JSONL in the extension's global storage (outside every workspace, out of an agent's reach).
// Appends are serialised (one write per line, in order), and the file is rotated by size, keeping a few old files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatLogLine, logFileNames, parseLogLines, shouldRotate } from '../models/activity-model';
import type { ActivityEntry } from '../services';

const KEEP_ROTATED = 3;

export class ActivityLog {
  private chain: Promise<void> = Promise.resolve();
  private size: number | undefined;
  readonly file: string;

  constructor(private readonly directory: string, private readonly maxBytes: () => number) {
    this.file = path.join(directory, logFileNames(0)[0]);
  }

  /** Queues one entry; errors are reported to `onError` and never break later appends. */
  append(entry: ActivityEntry, onError: (err: Error) => void): void {
    const line = formatLogLine(entry);
    this.chain = this.chain.then(() => this.write(line)).catch(onError);
  }

  /** Resolves once every queued append is on disk. */
  flush(): Promise<void> {
    return this.chain;
  }

  /** The last `max` entries of the current file (for the view after a restart). */
  async tail(max: number): Promise<ActivityEntry[]> {
    try {
      const handle = await fs.promises.open(this.file, 'r');
      try {
        const { size } = await handle.stat();
        const length = Math.min(size, 256 * 1024);
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, size - length);
        const text = buffer.toString('utf8');
        // Drop a partial first line when we started mid-file.
        const entries = parseLogLines(length < size ? text.slice(text.indexOf('\n') + 1) : text);
        return entries.slice(-max);
      } finally {
        await handle.close();
      }
    } catch {
      return [];
    }
  }

  private async write(line: string): Promise<void> {
    const bytes = Buffer.byteLength(line);
    if (this.size === undefined) {
      await fs.promises.mkdir(this.directory, { recursive: true, mode: 0o700 });
      this.size = await fs.promises.stat(this.file).then((s) => s.size, () => 0);
    }
    if (shouldRotate(this.size, bytes, this.maxBytes())) {
      await this.rotate();
      this.size = 0;
    }
    await fs.promises.appendFile(this.file, line, { encoding: 'utf8', mode: 0o600 });
    this.size += bytes;
  }

  private async rotate(): Promise<void> {
    const names = logFileNames(KEEP_ROTATED).map((n) => path.join(this.directory, n));
    await fs.promises.rm(names[names.length - 1], { force: true });
    for (let i = names.length - 2; i >= 0; i--) {
      await fs.promises.rename(names[i], names[i + 1]).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    }
  }
}
