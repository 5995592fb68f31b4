// Cursor `hooks.json` (user `~/.cursor/hooks.json` or project `.cursor/hooks.json`): our entries for the events we
// check, `version: 1`, `failClosed: true` (a hook that crashes or times out blocks) and a timeout long enough for a
// person to answer the modal. See https://cursor.com/docs/agent/hooks.
import { hookCommand, isOurCommand, type HookCommandParts } from './hook-command';
import { edit, parseObject, removeEntries, upsertEntry, type EntryEdit } from './jsonc-entries';

/** Events we install, with their timeout in seconds (before* may wait for a person at the modal). */
export const CURSOR_EVENTS: Readonly<Record<string, number>> = {
  beforeShellExecution: 300,
  beforeMCPExecution: 300,
  beforeReadFile: 300,
  afterShellExecution: 10,
  afterFileEdit: 10,
};

function isOurs(value: unknown): boolean {
  return !!value && typeof value === 'object' && isOurCommand((value as Record<string, unknown>).command);
}

export function cursorEntry(parts: HookCommandParts, event: string): Record<string, unknown> {
  const before = event.startsWith('before');
  return before ? { command: hookCommand(parts, 'cursor'), timeout: CURSOR_EVENTS[event], failClosed: true } : { command: hookCommand(parts, 'cursor'), timeout: CURSOR_EVENTS[event] };
}

export function installCursorHooks(text: string, parts: HookCommandParts, fileLabel = 'hooks.json'): EntryEdit {
  const root = parseObject(text, fileLabel);
  let out = text;
  if (root.version !== 1) out = edit(out, ['version'], 1);
  for (const event of Object.keys(CURSOR_EVENTS)) out = upsertEntry(out, ['hooks', event], isOurs, cursorEntry(parts, event), fileLabel).text;
  return { text: out, changed: out !== text };
}

export function uninstallCursorHooks(text: string, fileLabel = 'hooks.json'): EntryEdit {
  let out = text;
  for (const event of Object.keys(CURSOR_EVENTS)) out = removeEntries(out, ['hooks', event], isOurs, fileLabel).text;
  return { text: out, changed: out !== text };
}
