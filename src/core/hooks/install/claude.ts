// Claude Code `.claude/settings.json` hooks: a PreToolUse group for the tools we check and a PostToolUse group for the
// activity log, each holding our one command hook. See https://code.claude.com/docs/en/hooks.
import { hookCommand, isOurCommand, type HookCommandParts } from './hook-command';
import { removeEntries, upsertEntry, type EntryEdit } from './jsonc-entries';

export const CLAUDE_PRE_MATCHER = '^(Bash|Read|Edit|MultiEdit|Write|NotebookEdit|Grep|mcp__.*)$';
export const CLAUDE_POST_MATCHER = '^(Bash|Edit|MultiEdit|Write|NotebookEdit)$';

/** A matcher group is ours when one of its hooks runs our launcher. */
function isOurs(group: unknown): boolean {
  const hooks = group && typeof group === 'object' ? (group as Record<string, unknown>).hooks : undefined;
  return Array.isArray(hooks) && hooks.some((h) => !!h && typeof h === 'object' && isOurCommand((h as Record<string, unknown>).command));
}

export function claudeGroups(parts: HookCommandParts): Record<'PreToolUse' | 'PostToolUse', Record<string, unknown>> {
  const command = hookCommand(parts, 'claude');
  return {
    PreToolUse: { matcher: CLAUDE_PRE_MATCHER, hooks: [{ type: 'command', command, timeout: 300 }] },
    PostToolUse: { matcher: CLAUDE_POST_MATCHER, hooks: [{ type: 'command', command, timeout: 10 }] },
  };
}

export function installClaudeHooks(text: string, parts: HookCommandParts, fileLabel = '.claude/settings.json'): EntryEdit {
  let out = text;
  for (const [event, group] of Object.entries(claudeGroups(parts))) out = upsertEntry(out, ['hooks', event], isOurs, group, fileLabel).text;
  return { text: out, changed: out !== text };
}

export function uninstallClaudeHooks(text: string, fileLabel = '.claude/settings.json'): EntryEdit {
  let out = text;
  for (const event of ['PreToolUse', 'PostToolUse']) out = removeEntries(out, ['hooks', event], isOurs, fileLabel).text;
  return { text: out, changed: out !== text };
}
