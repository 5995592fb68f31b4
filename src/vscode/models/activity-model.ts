// Activity entries as data: the JSONL line format, the tree item wording, and the log rotation plan. Pure (no
// `vscode` import) so it is unit-tested; ActivityLog and ActivityTree only apply it.
import { SOURCE_LABELS } from '../../core/channel/protocol';
import type { ActivityEntry } from '../services';

/** One JSONL line (with its newline). Commands and details are kept whole; the log is the record. */
export function formatLogLine(entry: ActivityEntry, now: () => Date = () => new Date()): string {
  const { time, ...rest } = entry;
  return `${JSON.stringify({ time: time ?? now().toISOString(), ...rest })}\n`;
}

/** Parses JSONL text back into entries; broken lines (a crash mid-write) are skipped. */
export function parseLogLines(text: string): ActivityEntry[] {
  const out: ActivityEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (value && typeof value === 'object' && typeof (value as ActivityEntry).kind === 'string') out.push(value as ActivityEntry);
    } catch {
      // A partial line from an interrupted write: skip it, keep the rest.
    }
  }
  return out;
}

/** Log files, newest first: `activity.jsonl`, `activity.1.jsonl`, … `activity.<keep>.jsonl`. */
export function logFileNames(keep: number): string[] {
  return ['activity.jsonl', ...Array.from({ length: keep }, (_, i) => `activity.${i + 1}.jsonl`)];
}

/** True when appending `incomingBytes` would take the current log past the limit (and it already holds something). */
export function shouldRotate(currentBytes: number, incomingBytes: number, maxBytes: number): boolean {
  return currentBytes > 0 && currentBytes + incomingBytes > maxBytes;
}

export interface ActivityItemView {
  label: string;
  description: string;
  tooltip: string;
  /** A codicon id. */
  icon: string;
  /** A theme colour id for the icon, when the entry deserves attention. */
  color?: string;
}

function sourceLabel(source: ActivityEntry['source']): string {
  return source === 'editor' ? 'Editor' : SOURCE_LABELS[source];
}

function clip(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}

export function activityItemView(entry: ActivityEntry): ActivityItemView {
  const time = entry.time ? entry.time.slice(11, 19) : '';
  // The command when there is one; else the detail (a workspace-relative sentence), which reads better than a path.
  const what = entry.command ?? entry.detail ?? entry.path ?? entry.kind;
  const parts: string[] = [];
  if (entry.decision) parts.push(entry.decision.toUpperCase());
  parts.push(sourceLabel(entry.source));
  if (entry.exitCode !== undefined) parts.push(`exit ${entry.exitCode}`);
  if (time) parts.push(time);
  const tooltipLines = [
    `${entry.kind} — ${sourceLabel(entry.source)}${entry.time ? ` — ${entry.time}` : ''}`,
    entry.command ? `Command: ${entry.command}` : '',
    entry.path ? `Path: ${entry.path}` : '',
    entry.decision ? `Decision: ${entry.decision}` : '',
    entry.rules && entry.rules.length ? `Rules: ${entry.rules.join(', ')}` : '',
    entry.environment ? `Environment: ${entry.environment}` : '',
    entry.exitCode !== undefined ? `Exit code: ${entry.exitCode}` : '',
    entry.detail ? entry.detail : '',
  ].filter(Boolean);
  let icon = 'circle-outline';
  let color: string | undefined;
  if (entry.kind === 'decision') {
    icon = entry.decision === 'deny' ? 'circle-slash' : entry.decision === 'ask' ? 'question' : 'pass';
  } else if (entry.kind === 'command-ran') icon = 'terminal';
  else if (entry.kind === 'file-changed') icon = 'file';
  else if (entry.kind === 'hook-event') icon = 'plug';
  else if (entry.kind === 'tamper') icon = 'alert';
  else if (entry.kind === 'environment') icon = 'shield';
  else if (entry.kind === 'credentials') icon = 'key';
  if (entry.flagged) {
    icon = entry.kind === 'file-changed' || entry.kind === 'credentials' ? 'key' : 'warning';
    color = 'list.warningForeground';
  }
  return { label: clip(what, 80), description: parts.join(' · '), tooltip: tooltipLines.join('\n'), icon, color };
}
