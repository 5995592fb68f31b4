// The command line written into agents' hook files, and how we recognise it again. It names everything by absolute
// path (bash, the launcher, the editor's runtime, the CLI bundle) so it works whatever the agent's PATH and working
// directory, and with no `node` installed.
import type { HookAgent } from '../types';

export interface HookCommandParts {
  /** Absolute path of bash (`/bin/bash`). */
  bash: string;
  /** Absolute path of media/bin/agent-guard-hook in the installed extension. */
  launcher: string;
  /** The editor's Node-capable runtime (the extension host's process.execPath). */
  runtime: string;
  /** Absolute path of dist/cli.js in the installed extension. */
  cli: string;
}

/** The launcher's file name: every entry whose command contains it is ours. */
export const LAUNCHER_NAME = 'agent-guard-hook';

export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function hookCommand(parts: HookCommandParts, agent: HookAgent): string {
  return [parts.bash, parts.launcher, agent, '--runtime', parts.runtime, '--cli', parts.cli].map(shellQuote).join(' ');
}

/** True when `command` runs our launcher (whatever paths an older install wrote). */
export function isOurCommand(command: unknown): boolean {
  return typeof command === 'string' && command.includes(LAUNCHER_NAME);
}
