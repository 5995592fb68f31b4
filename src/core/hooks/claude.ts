// Claude Code hooks adapter: PreToolUse / PostToolUse payloads in → our normalized request; outcome → Claude's reply.
// Follows https://code.claude.com/docs/en/hooks (formerly https://docs.anthropic.com/en/docs/claude-code/hooks).
// Input: session_id, transcript_path, cwd, hook_event_name, tool_name, tool_input (+ tool_use_id, permission_mode;
// PostToolUse adds tool_response). Reply for PreToolUse:
// `{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"allow"|"deny"|"ask","permissionDecisionReason":"…"}}`
// with exit code 0. Exit 2 also blocks (stderr is fed to Claude); any other exit code is a NON-blocking error, so the
// hook must never crash. When nothing dangerous is found we print no decision at all: `allow` would skip Claude's own
// permission prompt, which is not ours to waive. `allow` is sent only when a person confirmed in the editor.
import { asObject, mcpAction, num, place, str, toolInput, type Json } from './payload';
import type { HookAction, HookAdapter, HookInputError, HookOutcome, HookReply, NormalizedHookRequest } from './types';

const REPORT_ONLY = new Set(['PostToolUse', 'PostToolUseFailure', 'SessionStart', 'SessionEnd', 'Stop', 'SubagentStop', 'Notification', 'PreCompact', 'UserPromptSubmit']);

export function claudeToolAction(tool: string, input: Json): HookAction {
  switch (tool) {
    case 'Bash': {
      const command = str(input, 'command');
      return command ? { kind: 'command', command } : { kind: 'nothing', why: 'Bash without a command' };
    }
    case 'Read': {
      const file = str(input, 'file_path');
      return file ? { kind: 'file', operation: 'read', path: file } : { kind: 'nothing', why: 'Read without file_path' };
    }
    case 'Write':
    case 'Edit':
    case 'MultiEdit':
    case 'NotebookEdit': {
      const file = str(input, 'file_path', 'notebook_path');
      return file ? { kind: 'file', operation: 'write', path: file } : { kind: 'nothing', why: `${tool} without file_path` };
    }
    case 'Grep': {
      const target = str(input, 'path');
      return target ? { kind: 'file', operation: 'read', path: target } : { kind: 'nothing', why: 'Grep in the working directory' };
    }
    default:
      if (tool.startsWith('mcp__')) return mcpAction(tool, input);
      return { kind: 'nothing', why: `tool "${tool}" neither runs commands nor reads files` };
  }
}

function parse(payload: unknown): NormalizedHookRequest | HookInputError {
  const p = asObject(payload);
  const cwd = str(p, 'cwd');
  const at = place(cwd, cwd ? [cwd] : []);
  const event = str(p, 'hook_event_name');
  if (!p) return { agent: 'claude', event: undefined, place: at, error: 'the hook input is not a JSON object' };
  if (!event) return { agent: 'claude', event: undefined, place: at, error: 'the hook input has no "hook_event_name"' };
  const base = { agent: 'claude' as const, event, place: at };
  const tool = str(p, 'tool_name');
  switch (event) {
    case 'PreToolUse':
      if (!tool) return { ...base, error: 'PreToolUse input has no "tool_name"' };
      return { ...base, tool, actions: [claudeToolAction(tool, toolInput(p.tool_input))] };
    case 'PostToolUse':
    case 'PostToolUseFailure': {
      const input = toolInput(p.tool_input);
      const response = asObject(p.tool_response);
      if (tool === 'Bash') return { ...base, tool, actions: [{ kind: 'activity', what: 'command-ran', command: str(input, 'command'), exitCode: num(response, 'exit_code', 'exitCode') }] };
      const file = str(input, 'file_path', 'notebook_path');
      if (file && tool && /^(Write|Edit|MultiEdit|NotebookEdit)$/.test(tool)) return { ...base, tool, actions: [{ kind: 'activity', what: 'file-changed', path: file }] };
      return { ...base, tool, actions: [{ kind: 'activity', what: 'tool-ran', tool }] };
    }
    default:
      if (REPORT_ONLY.has(event)) return { ...base, actions: [{ kind: 'nothing', why: `${event} is not checked` }] };
      return { ...base, error: `unknown Claude Code hook event "${event}"` };
  }
}

/** The PreToolUse-shaped reply shared by Claude Code and VS Code's agent hooks. */
export function preToolUseReply(event: string | undefined, outcome: HookOutcome, reportOnly: boolean): HookReply {
  if (reportOnly) return { stdout: '', stderr: '', exitCode: 0 };
  if (outcome.permission === 'allow' && !outcome.confirmedByPerson) return { stdout: '', stderr: '', exitCode: 0 };
  const body = {
    hookSpecificOutput: {
      hookEventName: event === 'PreToolUse' || !event ? 'PreToolUse' : event,
      permissionDecision: outcome.permission,
      permissionDecisionReason: outcome.permission === 'deny' ? outcome.agentMessage : outcome.userMessage,
    },
  };
  return { stdout: `${JSON.stringify(body)}\n`, stderr: outcome.permission === 'deny' ? `${outcome.userMessage}\n` : '', exitCode: 0 };
}

export const claudeAdapter: HookAdapter = {
  agent: 'claude',
  source: 'claude',
  docs: 'https://code.claude.com/docs/en/hooks',
  parse,
  reply: (event, outcome) => preToolUseReply(event, outcome, !!event && REPORT_ONLY.has(event)),
  isReportOnly: (event) => !!event && REPORT_ONLY.has(event),
  supportsAsk: () => true,
};
