// Cursor agent hooks adapter: Cursor's hook payload in → our normalized request; our outcome → Cursor's reply.
// Follows https://cursor.com/docs/agent/hooks (hooks.json `version: 1`; events beforeShellExecution,
// beforeMCPExecution, beforeReadFile, preToolUse, afterShellExecution, afterFileEdit, …). Common input fields:
// hook_event_name, conversation_id, generation_id, workspace_roots (+ optional model, cursor_version, user_email).
// Replies: beforeShellExecution / beforeMCPExecution / preToolUse →
// `{"permission":"allow"|"deny"|"ask","user_message","agent_message"}`; beforeReadFile → `{"permission":"allow"|"deny"}`
// (no `ask`); after* events → `{}`. Cursor releases before 2.0 spelled the messages `userMessage` / `agentMessage`: we
// send both spellings so either reads them. Exit code 0 with JSON is the documented decision path; 2 also blocks.
import { mcpAction, place, str, stringList, toolInput, asObject, num, type Json } from './payload';
import type { HookAction, HookAdapter, HookInputError, HookOutcome, HookReply, NormalizedHookRequest } from './types';

const REPORT_ONLY = new Set(['afterShellExecution', 'afterFileEdit', 'afterMCPExecution', 'postToolUse', 'postToolUseFailure', 'afterAgentResponse', 'afterAgentThought', 'stop', 'sessionStart', 'sessionEnd']);
const NO_ASK = new Set(['beforeReadFile', 'beforeTabFileRead']);

/** Cursor's generic tool names (preToolUse) → what they do. */
function toolAction(tool: string, input: Json, cwd: string | undefined): HookAction {
  const filePath = str(input, 'file_path', 'path', 'target_file', 'filePath');
  switch (tool.toLowerCase()) {
    case 'shell':
    case 'terminal':
    case 'run_terminal_cmd': {
      const command = str(input, 'command', 'cmd');
      return command ? { kind: 'command', command } : { kind: 'nothing', why: 'shell tool without a command' };
    }
    case 'read':
    case 'read_file':
      return filePath ? { kind: 'file', operation: 'read', path: filePath } : { kind: 'nothing', why: 'read without a path' };
    case 'write':
    case 'edit':
    case 'edit_file':
    case 'search_replace':
      return filePath ? { kind: 'file', operation: 'write', path: filePath } : { kind: 'nothing', why: 'write without a path' };
    case 'delete':
    case 'delete_file':
      return filePath ? { kind: 'file', operation: 'delete', path: filePath } : { kind: 'nothing', why: 'delete without a path' };
    case 'grep':
      return filePath ? { kind: 'file', operation: 'read', path: filePath } : { kind: 'nothing', why: `grep in ${cwd ?? 'the workspace'}` };
    default:
      if (tool.toLowerCase().startsWith('mcp')) return mcpAction(tool, input);
      return { kind: 'nothing', why: `tool "${tool}" neither runs commands nor reads files` };
  }
}

function parse(payload: unknown): NormalizedHookRequest | HookInputError {
  const p = asObject(payload);
  const roots = stringList(p?.workspace_roots);
  const cwd = str(p, 'cwd') ?? roots[0];
  const at = place(cwd, roots);
  const event = str(p, 'hook_event_name');
  if (!p) return { agent: 'cursor', event: undefined, place: at, error: 'the hook input is not a JSON object' };
  if (!event) return { agent: 'cursor', event: undefined, place: at, error: 'the hook input has no "hook_event_name"' };
  const base = { agent: 'cursor' as const, event, place: at };
  const need = (field: string): HookInputError => ({ ...base, error: `${event} input has no "${field}"` });
  switch (event) {
    case 'beforeShellExecution': {
      const command = typeof p.command === 'string' ? p.command : undefined;
      return command === undefined ? need('command') : { ...base, actions: [{ kind: 'command', command }] };
    }
    case 'beforeMCPExecution': {
      const tool = str(p, 'tool_name');
      return tool ? { ...base, tool, actions: [mcpAction(tool, p.tool_input)] } : need('tool_name');
    }
    case 'beforeReadFile':
    case 'beforeTabFileRead': {
      const file = str(p, 'file_path');
      return file ? { ...base, actions: [{ kind: 'file', operation: 'read', path: file }] } : need('file_path');
    }
    case 'preToolUse': {
      const tool = str(p, 'tool_name');
      if (!tool) return need('tool_name');
      return { ...base, tool, actions: [toolAction(tool, toolInput(p.tool_input), cwd)] };
    }
    case 'afterShellExecution':
      return { ...base, actions: [{ kind: 'activity', what: 'command-ran', command: str(p, 'command'), exitCode: num(p, 'exit_code', 'exitCode') }] };
    case 'afterFileEdit':
      return { ...base, actions: [{ kind: 'activity', what: 'file-changed', path: str(p, 'file_path') }] };
    case 'postToolUse':
    case 'afterMCPExecution':
      return { ...base, tool: str(p, 'tool_name'), actions: [{ kind: 'activity', what: 'tool-ran', tool: str(p, 'tool_name') }] };
    default:
      if (REPORT_ONLY.has(event)) return { ...base, actions: [{ kind: 'nothing', why: `${event} is not checked` }] };
      return { ...base, error: `unknown Cursor hook event "${event}"` };
  }
}

function reply(event: string | undefined, outcome: HookOutcome): HookReply {
  if (event && REPORT_ONLY.has(event)) return { stdout: '{}\n', stderr: '', exitCode: 0 };
  const permission = outcome.permission === 'ask' && event && NO_ASK.has(event) ? 'deny' : outcome.permission;
  const body: Record<string, string> =
    event && NO_ASK.has(event)
      ? { permission }
      : permission === 'allow'
        ? { permission }
        : { permission, user_message: outcome.userMessage, agent_message: outcome.agentMessage, userMessage: outcome.userMessage, agentMessage: outcome.agentMessage };
  return { stdout: `${JSON.stringify(body)}\n`, stderr: permission === 'deny' ? `${outcome.userMessage}\n` : '', exitCode: 0 };
}

export const cursorAdapter: HookAdapter = {
  agent: 'cursor',
  source: 'cursor',
  docs: 'https://cursor.com/docs/agent/hooks',
  parse,
  reply,
  isReportOnly: (event) => !!event && REPORT_ONLY.has(event),
  supportsAsk: (event) => !(event && NO_ASK.has(event)),
};
