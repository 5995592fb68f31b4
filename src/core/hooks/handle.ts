// One agent hook call from raw stdin text to the exact reply: parse with the agent's adapter, decide every action with
// the engine, resolve `ask` through the editor's modal when there is one, and phrase the result for the agent.
// Pure apart from the injected dependencies, so the editor's channel server and the CLI (editor not running) share it.
import * as path from 'node:path';
import { SOURCE_LABELS } from '../channel/protocol';
import { DECISION_STRENGTH, type DecisionKind, type Environment, type GuardConfig } from '../config';
import { decide, POLICY_TABLE, type Decision } from '../policy';
import { askWording, blockedForAgent, blockedForUser, type BlockWording } from './agent-message';
import { claudeAdapter } from './claude';
import { copilotAdapter } from './copilot';
import { cursorAdapter } from './cursor';
import { isCredentialPath } from '../rules/credential-access/credential-paths';
import type { HookAction, HookAdapter, HookAgent, HookOutcome, HookPlace, HookReply, NormalizedHookRequest } from './types';
import { isInputError } from './types';

export const ADAPTERS: Record<HookAgent, HookAdapter> = { cursor: cursorAdapter, claude: claudeAdapter, copilot: copilotAdapter };

/** Larger inputs are refused (a command line or file path is never this big; a giant payload is an attack or a bug). */
export const MAX_HOOK_INPUT_BYTES = 1024 * 1024;

export interface HookWorkspace {
  environment: Environment;
  config: GuardConfig;
  /** The workspace folder the action belongs to, when known. */
  folder: string | undefined;
  folderName: string;
}

/** A person's answer to the modal; the editor's Confirmer returns this too. */
export interface HookConfirmation {
  allowed: boolean;
  /** `person` answered in the modal; `dismissed` closed it (= deny); `timeout` nobody answered (= deny). */
  answeredBy: 'person' | 'dismissed' | 'timeout';
}

/** What an activity-log entry tells, whoever reported it (the editor's ActivityEntry has these fields too). */
export interface ActivityDetails {
  command?: string;
  path?: string;
  decision?: string;
  rules?: string[];
  exitCode?: number;
  detail?: string;
  environment?: Environment;
  /** Set when the entry deserves attention (credential file touched, destructive command ran ungated, …). */
  flagged?: boolean;
}

/** Something that happened, for the activity log (mapped to the editor's ActivityEntry by the caller). */
export interface HookActivity extends ActivityDetails {
  kind: 'decision' | 'command-ran' | 'file-changed' | 'hook-event';
  agent: HookAgent;
}

export interface HookDeps {
  /** The environment and config for where the agent works. */
  workspace(place: HookPlace): HookWorkspace;
  /** Present only when a person can be asked (the editor is running): shows the modal and records the answer itself. */
  confirm?: (request: { decision: Decision; agent: HookAgent; folderName: string; cwd: string | undefined }) => Promise<HookConfirmation>;
  record?: (activity: HookActivity) => void;
  isCredentialFile?: (file: string) => boolean;
  home?: string;
}

function quote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Words that, in an MCP tool's name, announce a destructive call. */
const DESTRUCTIVE_TOOL_NAME = /(^|[^a-z])(delete|drop|destroy|truncate|purge|wipe|remove|reset|drain)([^a-z]|$)/i;

function fileDecision(action: Extract<HookAction, { kind: 'file' }>, ws: HookWorkspace, place: HookPlace, deps: HookDeps): Decision {
  const absolute = path.isAbsolute(action.path) ? action.path : path.resolve(place.cwd ?? ws.folder ?? '.', action.path);
  const credential = (deps.isCredentialFile ?? isCredentialPath)(absolute);
  const label = `${action.operation} ${action.path}`;
  if (credential) {
    const decision = POLICY_TABLE['credential-agent'][ws.environment];
    return {
      command: label, decision, environment: ws.environment, workspaceEnvironment: ws.environment, actor: 'agent', problems: [],
      rules: ['credential-access/credential-file'],
      findings: [{ ruleId: 'credential-access/credential-file', title: 'Credential file', severity: 'destructive', category: 'credential',
        message: `"${action.path}" looks like a credential file.`, why: 'Secrets read by an agent end up in its context and logs, and can be sent anywhere.',
        commandText: label, via: [] }],
      reason: `"${action.path}" looks like a credential file: secrets read by an agent end up in its context and logs, and can be sent anywhere.`,
      saferAlternative: 'Give the agent the one value it needs, or a `.env.example` with placeholders.',
    };
  }
  if (action.operation === 'read') return allowDecision(label, ws.environment);
  // Writes and deletes: the engine's protected-path check, through the command that would do the same.
  const equivalent = action.operation === 'delete' ? `unlink ${quote(action.path)}` : `tee ${quote(action.path)}`;
  const d = decide({ command: equivalent, environment: ws.environment, actor: 'agent', config: ws.config, context: { cwd: place.cwd ?? ws.folder, workspaceRoot: ws.folder, home: deps.home } });
  return { ...d, command: label };
}

function allowDecision(label: string, environment: Environment): Decision {
  return { command: label, decision: 'allow', environment, workspaceEnvironment: environment, actor: 'agent', findings: [], rules: [], reason: 'No rule matched.', problems: [] };
}

/** The engine's decisions for each action; activity is recorded, not decided. */
export function decideActions(request: NormalizedHookRequest, ws: HookWorkspace, deps: HookDeps): Decision[] {
  const context = { cwd: request.place.cwd ?? ws.folder, workspaceRoot: ws.folder, home: deps.home };
  const run = (command: string): Decision => decide({ command, environment: ws.environment, actor: 'agent', config: ws.config, context });
  const out: Decision[] = [];
  for (const action of request.actions) {
    switch (action.kind) {
      case 'command':
        out.push(run(action.command));
        break;
      case 'file':
        out.push(fileDecision(action, ws, request.place, deps));
        break;
      case 'mcp': {
        const found = [...action.commands.map(run), ...action.sql.map((sql) => ({ ...run(`psql -c ${quote(sql)}`), command: sql }))];
        out.push(...found);
        if (!found.some((d) => d.decision !== 'allow') && DESTRUCTIVE_TOOL_NAME.test(action.toolName)) {
          const decision = POLICY_TABLE.destructive[ws.environment];
          out.push({ ...allowDecision(`MCP tool ${action.toolName}`, ws.environment), decision, rules: ['mcp/destructive-tool'],
            reason: `The MCP tool "${action.toolName}" says by its name that it deletes or destroys something.` });
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function strongest(decisions: Decision[]): Decision | undefined {
  let best: Decision | undefined;
  for (const d of decisions) if (!best || DECISION_STRENGTH[d.decision] > DECISION_STRENGTH[best.decision]) best = d;
  return best;
}

function recordActivity(request: NormalizedHookRequest, deps: HookDeps, ws: HookWorkspace): void {
  if (!deps.record) return;
  for (const action of request.actions) {
    if (action.kind !== 'activity') continue;
    const credential = action.path ? (deps.isCredentialFile ?? isCredentialPath)(action.path) : false;
    deps.record({
      kind: action.what === 'command-ran' ? 'command-ran' : action.what === 'file-changed' ? 'file-changed' : 'hook-event',
      agent: request.agent, command: action.command, path: action.path, exitCode: action.exitCode,
      detail: action.tool ? `${request.event}: ${action.tool}` : request.event, environment: ws.environment, flagged: credential,
    });
  }
}

function outcomeFor(decision: Decision, by: BlockWording['by'], permission: DecisionKind = 'deny'): HookOutcome {
  const wording: BlockWording = { reason: decision.reason, environment: decision.environment, by, action: decision.command };
  if (permission === 'ask') {
    const ask = askWording(decision.command, decision.reason);
    return { permission, userMessage: ask.user, agentMessage: ask.agent, rules: decision.rules, environment: decision.environment };
  }
  return { permission, userMessage: blockedForUser(wording), agentMessage: blockedForAgent(wording), rules: decision.rules, environment: decision.environment };
}

const ALLOW: HookOutcome = { permission: 'allow', userMessage: '', agentMessage: '', rules: [] };

/** The safe answer to input we could not use: deny, except in development where the agent's own prompt may ask. */
function badInputOutcome(error: string, environment: Environment, canAsk: boolean): HookOutcome {
  const permission: DecisionKind = environment === 'development' && canAsk ? 'ask' : 'deny';
  if (permission === 'ask') {
    const ask = askWording('an action it could not read', `(${error}.)`);
    return { permission, userMessage: ask.user, agentMessage: ask.agent, rules: [] };
  }
  const wording: BlockWording = { reason: `(${error}.)`, environment, by: 'bad-input', action: 'unreadable hook input' };
  return { permission, userMessage: blockedForUser(wording), agentMessage: blockedForAgent(wording), rules: [] };
}

/**
 * Handles one hook call. `text` is the agent's stdin. Never throws for bad input: the reply is then a safe decision
 * with a clear line on stderr.
 */
export async function handleHook(agent: HookAgent, text: string, deps: HookDeps, fallbackPlace: HookPlace = { cwd: undefined, workspaceRoots: [] }): Promise<HookReply> {
  const adapter = ADAPTERS[agent];
  const fail = (error: string, event: string | undefined, at: HookPlace): HookReply => {
    const ws = deps.workspace(at);
    const outcome = badInputOutcome(error, ws.environment, adapter.supportsAsk(event));
    const reply = adapter.reply(event, outcome);
    deps.record?.({ kind: 'hook-event', agent, detail: `bad hook input: ${error}`, environment: ws.environment, flagged: true });
    return { ...reply, stderr: `agent-guard hook ${agent}: ${error}; answered "${outcome.permission}" to be safe (${ws.environment} workspace).\n` };
  };
  if (Buffer.byteLength(text, 'utf8') > MAX_HOOK_INPUT_BYTES) return fail(`the hook input is larger than ${MAX_HOOK_INPUT_BYTES} bytes`, undefined, fallbackPlace);
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return fail(text.trim() === '' ? 'the hook input is empty' : 'the hook input is not valid JSON', undefined, fallbackPlace);
  }
  const request = adapter.parse(payload);
  if (isInputError(request)) {
    const at = request.place.cwd || request.place.workspaceRoots.length > 0 ? request.place : fallbackPlace;
    return fail(request.error, request.event, at);
  }
  const ws = deps.workspace(request.place.cwd || request.place.workspaceRoots.length > 0 ? request.place : fallbackPlace);
  recordActivity(request, deps, ws);
  if (adapter.isReportOnly(request.event)) return adapter.reply(request.event, ALLOW);

  const decision = strongest(decideActions(request, ws, deps));
  if (!decision || decision.decision === 'allow') return adapter.reply(request.event, ALLOW);
  const log = (verdict: string, flagged: boolean): void =>
    deps.record?.({ kind: 'decision', agent, command: decision.command, decision: verdict, rules: decision.rules, environment: decision.environment, detail: decision.reason, flagged });
  if (decision.decision === 'deny') {
    log('deny', true);
    return adapter.reply(request.event, outcomeFor(decision, 'policy'));
  }
  // ask: a person decides in the editor when it runs; otherwise production/staging deny, development lets the agent ask.
  if (deps.confirm) {
    const answer = await deps.confirm({ decision, agent, folderName: ws.folderName, cwd: request.place.cwd });
    if (answer.allowed) return adapter.reply(request.event, { ...ALLOW, confirmedByPerson: true, userMessage: `Confirmed by a person in the editor (${SOURCE_LABELS[adapter.source]}).`, agentMessage: 'A person confirmed this in the editor.' });
    return adapter.reply(request.event, outcomeFor(decision, answer.answeredBy === 'timeout' ? 'no-answer' : 'person'));
  }
  if (decision.environment === 'development' && adapter.supportsAsk(request.event)) {
    log('ask (agent prompt; editor not reachable)', false);
    return adapter.reply(request.event, outcomeFor(decision, 'policy', 'ask'));
  }
  log('deny (editor not reachable)', true);
  return adapter.reply(request.event, outcomeFor(decision, 'editor-unreachable'));
}
