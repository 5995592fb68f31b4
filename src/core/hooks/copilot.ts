// VS Code agent hooks adapter (GitHub Copilot agent mode): `.github/hooks/*.json` hooks.
// Follows https://code.visualstudio.com/docs/copilot/customization/hooks and the reference
// https://code.visualstudio.com/docs/agents/reference/hooks-reference. Common input fields: timestamp, cwd, sessionId,
// hookEventName, transcript_path; PreToolUse adds tool_name, tool_input, tool_use_id (snake_case). Reply for PreToolUse:
// `{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"allow"|"deny"|"ask","permissionDecisionReason":"…"}}`
// (same shape as Claude Code). Exit 0 = success, 2 = blocking error shown to the model, other codes = warning only.
// VS Code also runs Claude-format hook files, so a `hook_event_name` field is accepted too.
import { claudeToolAction, preToolUseReply } from './claude';
import { asObject, mcpAction, place, str, stringList, toolInput, type Json } from './payload';
import type { HookAction, HookAdapter, HookInputError, NormalizedHookRequest } from './types';

const REPORT_ONLY = new Set(['PostToolUse', 'SessionStart', 'Stop', 'SubagentStart', 'SubagentStop', 'PreCompact', 'UserPromptSubmit']);

function filesOf(input: Json): string[] {
  const one = str(input, 'filePath', 'file_path', 'path');
  const many = stringList(input.files).concat(
    Array.isArray(input.replacements) ? input.replacements.map((r) => str(asObject(r), 'filePath')).filter((f): f is string => !!f) : [],
  );
  return one ? [one, ...many] : many;
}

/** VS Code's built-in agent tools → what they do. */
function toolActions(tool: string, input: Json): HookAction[] {
  switch (tool) {
    case 'run_in_terminal':
    case 'runInTerminal':
    case 'run_command': {
      const command = str(input, 'command');
      return [command ? { kind: 'command', command } : { kind: 'nothing', why: 'terminal tool without a command' }];
    }
    case 'read_file':
    case 'readFile':
      return filesOf(input).map((path) => ({ kind: 'file', operation: 'read', path }) as HookAction);
    case 'create_file':
    case 'createFile':
    case 'editFiles':
    case 'edit_file':
    case 'insert_edit_into_file':
    case 'replace_string_in_file':
    case 'multi_replace_string_in_file':
    case 'apply_patch':
      return filesOf(input).map((path) => ({ kind: 'file', operation: 'write', path }) as HookAction);
    default:
      if (/^[A-Z]/.test(tool)) return [claudeToolAction(tool, input)];
      if (tool.startsWith('mcp_')) return [mcpAction(tool, input)];
      return [{ kind: 'nothing', why: `tool "${tool}" neither runs commands nor reads files` }];
  }
}

function parse(payload: unknown): NormalizedHookRequest | HookInputError {
  const p = asObject(payload);
  const cwd = str(p, 'cwd');
  const at = place(cwd, cwd ? [cwd] : []);
  const event = str(p, 'hookEventName', 'hook_event_name');
  if (!p) return { agent: 'copilot', event: undefined, place: at, error: 'the hook input is not a JSON object' };
  if (!event) return { agent: 'copilot', event: undefined, place: at, error: 'the hook input has no "hookEventName"' };
  const base = { agent: 'copilot' as const, event, place: at };
  const tool = str(p, 'tool_name', 'toolName');
  switch (event) {
    case 'PreToolUse': {
      if (!tool) return { ...base, error: 'PreToolUse input has no "tool_name"' };
      const actions = toolActions(tool, toolInput(p.tool_input ?? p.toolArgs));
      return { ...base, tool, actions: actions.length > 0 ? actions : [{ kind: 'nothing', why: `${tool} names no file` }] };
    }
    case 'PostToolUse': {
      const input = toolInput(p.tool_input);
      if (tool === 'run_in_terminal') return { ...base, tool, actions: [{ kind: 'activity', what: 'command-ran', command: str(input, 'command') }] };
      const files = filesOf(input);
      if (files.length > 0 && tool && tool !== 'read_file') return { ...base, tool, actions: files.map((path) => ({ kind: 'activity', what: 'file-changed', path }) as HookAction) };
      return { ...base, tool, actions: [{ kind: 'activity', what: 'tool-ran', tool }] };
    }
    default:
      if (REPORT_ONLY.has(event)) return { ...base, actions: [{ kind: 'nothing', why: `${event} is not checked` }] };
      return { ...base, error: `unknown VS Code agent hook event "${event}"` };
  }
}

export const copilotAdapter: HookAdapter = {
  agent: 'copilot',
  source: 'copilot',
  docs: 'https://code.visualstudio.com/docs/agents/reference/hooks-reference',
  parse,
  reply: (event, outcome) => preToolUseReply(event, outcome, !!event && REPORT_ONLY.has(event)),
  isReportOnly: (event) => !!event && REPORT_ONLY.has(event),
  supportsAsk: () => true,
};
