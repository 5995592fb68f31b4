// What the terminal gate prints in the terminal, for a stressed person: what happened, why, what to do instead.
// `{command}`, `{environment}` and `{reason}` are filled in by the shell. media/shell/agent-guard-gate.sh carries the
// same texts as its fallback for a terminal that has no settings file yet; test/shell checks they stay equal.

export interface OfflineMessages {
  /** Production/staging, editor unreachable: the command did not run. */
  blockedOffline: string;
  /** Development, editor unreachable: the command ran anyway. */
  ranOffline: string;
  /** The editor said no (or the person cancelled). */
  stopped: string;
  /** The person confirmed in the editor. */
  confirmed: string;
  /** Shown while the modal is open. */
  waiting: string;
  /** The line would switch the gate off in this terminal (rebinding Enter, removing its hooks). */
  tamper: string;
}

export function offlineMessages(): OfflineMessages {
  return {
    blockedOffline:
      'Agent Guard stopped `{command}`: this is a {environment} workspace and the editor cannot be reached to confirm it (Agent Guard stopped, disabled or crashed). Nothing ran. Reload the window (Developer: Reload Window) so Agent Guard can ask you, then run it again.',
    ranOffline: 'Agent Guard could not reach the editor to check `{command}`; running it because this workspace is {environment}. Reload the window to turn the guard back on.',
    stopped: 'Agent Guard stopped `{command}`: {reason}',
    confirmed: 'Agent Guard: confirmed in the editor, running `{command}`.',
    waiting: 'Agent Guard: confirm or cancel `{command}` in the editor…',
    tamper:
      'Agent Guard stopped `{command}`: it would switch off the terminal gate in this terminal (Enter key binding, line editor or gate hooks). To turn the gate off, set agentGuard.terminalGate.enabled to false in the editor settings.',
  };
}
