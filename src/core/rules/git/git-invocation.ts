// Reads `git [global options] <subcommand> <args>`: skips -C/-c/--git-dir/… so `git -C app push -f` reads as push.
// Shared by every rule of the git pack.
import { normalizeDashes } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import { readOnce } from '../read-once';

/** Global options that take their value as the next word. */
const GLOBAL_VALUE_OPTIONS = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--super-prefix', '--config-env', '--exec-path', '--list-cmds', '--attr-source']);

export interface GitInvocation {
  /** The subcommand, lower-case (`push`, `reset`, `stash`). */
  subcommand: string;
  /** The subcommand and its arguments, shaped like an argv so the args.ts helpers read it (`['push', '-f', …]`). */
  argv: string[];
}

/** The command names readGit reads. */
export const GIT_COMMANDS: readonly string[] = ['git'];

/** Every rule of this pack reads the same git command: it is read once per command. */
export const readGit = readOnce(readGitCommand, GIT_COMMANDS);

function readGitCommand(command: SimpleCommand): GitInvocation | null {
  const args = command.argv;
  let i = 1;
  while (i < args.length) {
    const word = normalizeDashes(args[i]);
    if (!word.startsWith('-')) break;
    i += GLOBAL_VALUE_OPTIONS.has(word) ? 2 : 1;
  }
  if (i >= args.length) return null;
  return { subcommand: args[i].toLowerCase(), argv: args.slice(i) };
}
