// The ActivitySink every part records to: it stamps the entry, appends it to the JSONL log, keeps the recent ones for
// the view and tells listeners (the view, the badge's "last decision").
import * as vscode from 'vscode';
import type { ActivityEntry, ActivitySink } from '../services';
import { ActivityLog } from './activity-log';

const RECENT = 200;

export interface ActivityServiceInit {
  /** Folder for the JSONL log: the extension's global storage. */
  storageDir: string;
  maxLogBytes: () => number;
  /** Where failures to write the log are reported (once). */
  output: vscode.OutputChannel;
}

export class ActivityService implements ActivitySink, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ActivityEntry>();
  readonly onDidRecord = this.emitter.event;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires when the recent list changed (an entry recorded, or the old log loaded). */
  readonly onDidChange = this.changeEmitter.event;
  private readonly entries: ActivityEntry[] = [];
  private readonly log: ActivityLog;
  private reportedError = false;

  constructor(private readonly init: ActivityServiceInit) {
    this.log = new ActivityLog(init.storageDir, init.maxLogBytes);
  }

  /** Path of the current JSONL log file. */
  get logFile(): string {
    return this.log.file;
  }

  /** Newest first. */
  recent(): readonly ActivityEntry[] {
    return this.entries;
  }

  /** Loads the tail of the previous sessions' log into the view. */
  async restore(): Promise<void> {
    const old = await this.log.tail(RECENT);
    this.entries.push(...old.reverse().slice(0, RECENT - this.entries.length));
    this.changeEmitter.fire();
  }

  record(entry: ActivityEntry): void {
    const stamped: ActivityEntry = { ...entry, time: entry.time ?? new Date().toISOString() };
    this.entries.unshift(stamped);
    if (this.entries.length > RECENT) this.entries.length = RECENT;
    this.log.append(stamped, (err) => {
      if (this.reportedError) return;
      this.reportedError = true;
      this.init.output.appendLine(`Agent Guard could not write its activity log ${this.log.file}: ${err.message}`);
    });
    this.emitter.fire(stamped);
    this.changeEmitter.fire();
  }

  flush(): Promise<void> {
    return this.log.flush();
  }

  dispose(): void {
    this.emitter.dispose();
    this.changeEmitter.dispose();
  }
}
