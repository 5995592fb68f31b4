// What every agent adapter turns a hook payload into, and what it turns a decision back into.
import type { DecisionKind, Environment } from '../config';
import type { RequestSource } from '../channel/protocol';

export type HookAgent = 'cursor' | 'claude' | 'copilot';

export const HOOK_AGENTS: readonly HookAgent[] = ['cursor', 'claude', 'copilot'];

/** Where the agent says it works: its cwd and its workspace roots (Cursor sends several). */
export interface HookPlace {
  cwd: string | undefined;
  workspaceRoots: string[];
}

/** One thing the agent is about to do (or did), in the agent's terms reduced to ours. */
export type HookAction =
  /** Run a shell command line. */
  | { kind: 'command'; command: string }
  /** Read, write or delete one file. */
  | { kind: 'file'; operation: 'read' | 'write' | 'delete'; path: string }
  /** Call an MCP tool: the shell commands and SQL found in its input, and its name. */
  | { kind: 'mcp'; toolName: string; commands: string[]; sql: string[] }
  /** Something already happened: record it. */
  | { kind: 'activity'; what: 'command-ran' | 'file-changed' | 'tool-ran'; command?: string; path?: string; exitCode?: number; tool?: string }
  /** Nothing for us to check (a tool that neither runs commands nor touches credentials). */
  | { kind: 'nothing'; why: string };

export interface NormalizedHookRequest {
  agent: HookAgent;
  /** The agent's event name as it sent it, e.g. `beforeShellExecution` or `PreToolUse`. */
  event: string;
  /** The agent's tool name when the event is a generic tool event. */
  tool?: string;
  place: HookPlace;
  actions: HookAction[];
}

/** A payload we could not use: the reply must still be a safe, well-formed decision. */
export interface HookInputError {
  agent: HookAgent;
  event: string | undefined;
  place: HookPlace;
  error: string;
}

/** What Agent Guard concluded, before it is phrased for one agent. */
export interface HookOutcome {
  /** `ask` here means "let the agent's own prompt ask" (only when the editor cannot be reached, in development). */
  permission: DecisionKind;
  /** For the person (shown in the agent's UI). */
  userMessage: string;
  /** For the model: what happened, and that it must not retry or work around it. */
  agentMessage: string;
  rules: string[];
  environment?: Environment;
  /** True when a person said yes in the editor's modal (agents that would otherwise prompt again may skip it). */
  confirmedByPerson?: boolean;
}

/** Exactly what the hook process prints and returns. */
export interface HookReply {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface HookAdapter {
  agent: HookAgent;
  source: RequestSource;
  /** The documented reference this adapter follows. */
  docs: string;
  parse(payload: unknown): NormalizedHookRequest | HookInputError;
  /** Phrases an outcome as the agent's documented reply for this event. */
  reply(event: string | undefined, outcome: HookOutcome): HookReply;
  /** Events that only report (after-the-fact); their reply never blocks. */
  isReportOnly(event: string | undefined): boolean;
  /** Whether the agent can show its own confirmation for this event (some events only take allow/deny). */
  supportsAsk(event: string | undefined): boolean;
}

export function isInputError(value: NormalizedHookRequest | HookInputError): value is HookInputError {
  return 'error' in value;
}
