// VS Code agent hooks file `.github/hooks/agent-guard.json` (ours by name; merged anyway so a hand edit is kept).
// Format: `{"hooks":{"PreToolUse":[{"type":"command","command":…,"timeout":…}],…}}`, see
// https://code.visualstudio.com/docs/copilot/customization/hooks.
import { hookCommand, isOurCommand, type HookCommandParts } from './hook-command';
import { removeEntries, upsertEntry, type EntryEdit } from './jsonc-entries';

export const COPILOT_HOOKS_FILE = '.github/hooks/agent-guard.json';

function isOurs(value: unknown): boolean {
  return !!value && typeof value === 'object' && isOurCommand((value as Record<string, unknown>).command);
}

export function installCopilotHooks(text: string, parts: HookCommandParts, fileLabel = COPILOT_HOOKS_FILE): EntryEdit {
  const command = hookCommand(parts, 'copilot');
  let out = text;
  out = upsertEntry(out, ['hooks', 'PreToolUse'], isOurs, { type: 'command', command, timeout: 300 }, fileLabel).text;
  out = upsertEntry(out, ['hooks', 'PostToolUse'], isOurs, { type: 'command', command, timeout: 10 }, fileLabel).text;
  return { text: out, changed: out !== text };
}

export function uninstallCopilotHooks(text: string, fileLabel = COPILOT_HOOKS_FILE): EntryEdit {
  let out = text;
  for (const event of ['PreToolUse', 'PostToolUse']) out = removeEntries(out, ['hooks', event], isOurs, fileLabel).text;
  return { text: out, changed: out !== text };
}
