// One agent hook call from raw stdin text to the exact reply: parse with the agent's adapter, decide every action with
// the engine, resolve `ask` through the editor's modal when there is one, and phrase the result for the agent.
// Pure apart from the injected dependencies, so the editor's channel server and the CLI (editor not running) share it.
import * as path from 'node:path';
import { SOURCE_LABELS } from '../channel/protocol';
import { DECISION_STRENGTH, type DecisionKind, type Environment, type GuardConfig } from '../config';
import { findingFrom } from '../classify';
import { decide, decideFindings, type Decision } from '../policy';
import type { RuleMatch } from '../rules/types';
import { askWording, blockedForAgent, blockedForUser, type BlockWording } from './agent-message';
import { claudeAdapter } from './claude';
import { copilotAdapter } from './copilot';
import { cursorAdapter } from './cursor';
import { isCredentialPath } from '../rules/credential-access/credential-paths';
import { credentialFile, mcpDestructiveTool, type ToolRule } from './tool-rules';
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
  /** Reads the scripts a command runs, so what they hold is checked too (RuleContext.readFile; script-files.ts). */
  readFile?: (absolutePath: string) => string | undefined;
}

function quote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The decision for an agent-tool rule's match, through the same policy as shell findings (settings, environment, actor). */
function toolRuleDecision(rule: ToolRule<never>, match: RuleMatch, label: string, ws: HookWorkspace, also?: Decision): Decision {
  const finding = findingFrom(rule, match, { text: label, via: [] });
  return decideFindings({
    command: label,
    findings: also ? [finding, ...also.findings] : [finding],
    environment: also?.environment ?? ws.environment,
    workspaceEnvironment: ws.environment,
    namesProduction: also?.namesProduction,
    actor: 'agent',
    config: ws.config,
    problems: also?.problems,
  });
}

function fileDecision(action: Extract<HookAction, { kind: 'file' }>, ws: HookWorkspace, place: HookPlace, deps: HookDeps): Decision {
  const absolutePath = path.isAbsolute(action.path) ? action.path : path.resolve(place.cwd ?? ws.folder ?? '.', action.path);
  const label = `${action.operation} ${action.path}`;
  const credential = credentialFile.match({ operation: action.operation, path: action.path, absolutePath, isCredentialFile: deps.isCredentialFile });
  if (action.operation === 'read') {
    if (credential) return toolRuleDecision(credentialFile, credential, label, ws);
    return decideFindings({ command: label, findings: [], environment: ws.environment, workspaceEnvironment: ws.environment, actor: 'agent' });
  }
  // Writes and deletes: also the engine's protected-path check, through the command that would do the same.
  const equivalent = action.operation === 'delete' ? `unlink ${quote(action.path)}` : `tee ${quote(action.path)}`;
  const d = decide({ command: equivalent, environment: ws.environment, actor: 'agent', config: ws.config, context: { cwd: place.cwd ?? ws.folder, workspaceRoot: ws.folder, home: deps.home, readFile: deps.readFile } });
  return credential ? toolRuleDecision(credentialFile, credential, label, ws, d) : { ...d, command: label };
}

/** The engine's decisions for each action; activity is recorded, not decided. */
export function decideActions(request: NormalizedHookRequest, ws: HookWorkspace, deps: HookDeps): Decision[] {
  const context = { cwd: request.place.cwd ?? ws.folder, workspaceRoot: ws.folder, home: deps.home, readFile: deps.readFile };
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
        // After the input's own findings, which say more when they decide as strongly (strongest() keeps the first).
        const named = mcpDestructiveTool.match({ toolName: action.toolName });
        if (named) out.push(toolRuleDecision(mcpDestructiveTool, named, `MCP tool ${action.toolName}`, ws));
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
