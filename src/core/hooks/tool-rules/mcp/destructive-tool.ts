// mcp/destructive-tool: an MCP tool whose name says it deletes, drops, wipes or resets something (`delete_issue`,
// `dropTable`, `db.purge`). Agent Guard cannot see what an MCP server does, so the tool's name is the evidence; shell
// commands and SQL in the tool's input are judged separately by the shell rules (src/core/hooks/handle.ts).
import type { ToolRule } from '../types';

export interface McpToolCall {
  /** As the agent sends it: `delete_issue`, `mcp__github__delete_issue` (Claude), `mcp_github_delete_issue` (Copilot). */
  toolName: string;
}

/** Verbs that, as a whole word of the name, announce an irreversible call; the value is how the message says it. */
const DESTRUCTIVE_VERBS: Readonly<Record<string, string>> = {
  delete: 'deletes',
  del: 'deletes',
  remove: 'removes',
  rm: 'removes',
  drop: 'drops',
  destroy: 'destroys',
  truncate: 'truncates',
  purge: 'purges',
  wipe: 'wipes',
  erase: 'erases',
  nuke: 'destroys',
  reset: 'resets',
  drain: 'drains',
  terminate: 'terminates',
  prune: 'prunes',
  flushall: 'flushes',
  flushdb: 'flushes',
};

/** A first word that makes the call a look or an undo: `list_delete_markers`, `can_delete_user`, `undo_delete`. */
const HARMLESS_LEADS = new Set(['get', 'list', 'read', 'describe', 'show', 'search', 'find', 'count', 'view', 'preview', 'plan', 'explain', 'can', 'is', 'has', 'undo', 'restore', 'recover']);

/**
 * The tool's own name cut into lower-case words: Claude's `mcp__<server>__` and Cursor's `MCP:` prefixes are dropped
 * (a server's name says nothing about one call), then camelCase, snake_case, kebab-case and dotted names are split.
 * Copilot's `mcp_<server>_<tool>` cannot be cut apart, so its words are judged whole and its first word is `mcp`.
 */
function toolWords(toolName: string): string[] {
  const own = /^mcp__.+?__(.+)$/.exec(toolName)?.[1] ?? toolName.replace(/^mcp:/i, '');
  return own
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export const rule: ToolRule<McpToolCall> = {
  meta: {
    id: 'mcp/destructive-tool',
    title: 'MCP tool named for deleting',
    severity: 'destructive',
    category: 'destructive',
    why: 'Agent Guard cannot see what an MCP server does; a tool named for deleting usually does it at once, on live data, with no undo.',
    saferAlternative: 'Let the agent list what the call would remove with a read-only tool first, then run the deletion yourself.',
    messages: {
      named: '{{tool}} is an MCP tool whose name says it {{does}} something ("{{word}}").',
    },
  },
  match({ toolName }) {
    const words = toolWords(toolName);
    if (words.length === 0 || HARMLESS_LEADS.has(words[0])) return null;
    const word = words.find((w) => Object.hasOwn(DESTRUCTIVE_VERBS, w));
    return word ? { messageId: 'named', data: { tool: toolName, does: DESTRUCTIVE_VERBS[word], word } } : null;
  },
};
