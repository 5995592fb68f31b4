// Reads the code-hosting CLIs (GitHub's gh, GitLab's glab, Gitea's tea, hub) as `<noun> <verb> <args…>`, skipping
// options and their values wherever they stand (`gh -R o/r release delete v1`). Shared by the hosting pack.
import { operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import { readOnce } from '../read-once';

/** The command names readHostingCall reads. */
export const HOSTING_COMMANDS: readonly string[] = ['gh', 'glab', 'tea', 'hub'];

/** Options of these CLIs that take a separate value. */
const VALUE_FLAGS = [
  '-R', '--repo', '--hostname', '-e', '--env', '--org', '-o', '--owner', '--app', '-u', '--user', '-g', '--group',
  '-l', '--login', '-r', '--remote', '--scope', '-s', '--json', '-q', '--jq', '-t', '--template', '--title',
];

export interface HostingCall {
  tool: string;
  /** Operands in order: `['repo', 'delete', 'acme/app']`. */
  words: string[];
}

/** Every rule of this pack reads the same command: it is read once per command. */
export const readHostingCall = readOnce(readHostingCommand, HOSTING_COMMANDS);

function readHostingCommand(command: SimpleCommand): HostingCall | null {
  return { tool: command.name, words: operands(command.argv, VALUE_FLAGS).map((w, i) => (i < 2 ? w.toLowerCase() : w)) };
}

/** Verbs that delete, across the CLIs (`delete`, `remove`, `rm`, `del`). */
export function isDeleteVerb(word: string | undefined): boolean {
  return word === 'delete' || word === 'remove' || word === 'rm' || word === 'del';
}
