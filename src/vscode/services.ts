// Contracts between the editor parts, so each part is built and tested on its own and extension.ts only wires them.
import type { GuardConfig, Environment } from '../core/config';
import type { RequestSource } from '../core/channel/protocol';
import type { Decision } from '../core/policy';
import type { ActivityDetails, HookConfirmation } from '../core/hooks/handle';

/** Where a workspace's environment came from, for the badge tooltip. */
export interface EnvironmentResolution {
  environment: Environment;
  /** `setting` when agentGuard.environment says so; `detected` when auto-detected; `default` when nothing matched. */
  origin: 'setting' | 'detected' | 'default';
  /** Human-readable reasons, e.g. `agentGuard.environment = "production"` or `git branch "main"`. */
  reasons: string[];
}

/** Answers "what environment and config apply to this path" for any part of the extension. */
export interface EnvironmentProvider {
  /** Resolves for the workspace folder containing `fsPath` (or the first folder when none contains it). */
  resolve(fsPath: string | undefined): { folder: string | undefined; folderName: string; resolution: EnvironmentResolution; config: GuardConfig };
}

export interface ConfirmRequest {
  decision: Decision;
  /** Who wants to run it; `editor` = the person checking a command with "Agent Guard: Check a Command…". */
  source: RequestSource | 'editor';
  /** The workspace folder name (what a person types to confirm in production). */
  folderName: string;
  cwd?: string;
}

/** The modal's answer: the same shape the core hook handler takes from its `confirm`. */
export type ConfirmAnswer = HookConfirmation;

/** Shows the one modal confirmation (queued, one at a time) and records the answer in the activity log. */
export interface Confirmer {
  confirm(request: ConfirmRequest): Promise<ConfirmAnswer>;
}

export interface ActivityEntry extends ActivityDetails {
  /** ISO time; filled by the sink when omitted. */
  time?: string;
  kind: 'decision' | 'command-ran' | 'file-changed' | 'hook-event' | 'tamper' | 'environment' | 'credentials';
  source: RequestSource | 'editor';
}

/** Appends to the activity view and the JSONL log outside the workspace. */
export interface ActivitySink {
  record(entry: ActivityEntry): void;
}
