// The settings file the shell integrations source before each check (media/shell/agent-guard-gate.sh): whether the
// gate is on, the safe list, the last known environment of each workspace folder and the messages the shell prints
// when the editor cannot be reached. Written by the editor into its private channel directory (0600) and left there
// when the editor stops or crashes, so a terminal still knows a folder is production and blocks accordingly.
import type { Environment } from '../config';
import { offlineMessages, type OfflineMessages } from './messages';

export interface GateSettings {
  enabled: boolean;
  safeCommands: readonly string[];
  /** Workspace folder (absolute) → its environment, as the editor last decided it. */
  folders: Record<string, Environment>;
  messages?: OfflineMessages;
}

/** Quotes text for a POSIX shell (bash and zsh alike): single quotes, embedded ones as '\''. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The file's text: plain variable assignments only, readable by bash and zsh. */
export function renderGateSettings(settings: GateSettings): string {
  const messages = settings.messages ?? offlineMessages();
  // One `environment<TAB>folder` line per folder; folders with a newline in their path cannot be written safely.
  const folders = Object.entries(settings.folders)
    .filter(([folder]) => !/[\n\t]/.test(folder))
    .map(([folder, environment]) => `${environment}\t${folder}`)
    .join('\n');
  return [
    '# Agent Guard terminal gate settings, written by the editor. Do not edit: rewritten on every change.',
    `AG_GATE_ENABLED=${settings.enabled ? 1 : 0}`,
    `AG_GATE_SAFE=${shellQuote(` ${settings.safeCommands.join(' ')} `)}`,
    `AG_GATE_FOLDERS=${shellQuote(folders)}`,
    `AG_GATE_MSG_BLOCKED_OFFLINE=${shellQuote(messages.blockedOffline)}`,
    `AG_GATE_MSG_RAN_OFFLINE=${shellQuote(messages.ranOffline)}`,
    `AG_GATE_MSG_STOPPED=${shellQuote(messages.stopped)}`,
    `AG_GATE_MSG_CONFIRMED=${shellQuote(messages.confirmed)}`,
    `AG_GATE_MSG_WAITING=${shellQuote(messages.waiting)}`,
    `AG_GATE_MSG_TAMPER=${shellQuote(messages.tamper)}`,
    '',
  ].join('\n');
}
