// Reads docker-compatible CLIs (docker, podman, nerdctl, finch) and compose (docker compose, docker-compose,
// podman-compose): skips global options so `docker -H x volume rm v` and `docker compose -f a.yml down -v` read the
// same as the plain forms. Shared by the rules of the containers pack.
import { normalizeDashes } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import { readOnce } from '../read-once';

const ENGINES = new Set(['docker', 'podman', 'nerdctl', 'finch', 'lima-nerdctl']);
const COMPOSE_BINARIES = new Set(['docker-compose', 'podman-compose', 'nerdctl-compose']);
/** The command names readContainerCall reads. */
export const CONTAINER_COMMANDS: readonly string[] = [...ENGINES, ...COMPOSE_BINARIES];

/** Global options that take a separate value, for the engines and for compose. */
const ENGINE_VALUE_FLAGS = new Set([
  '-c', '--context', '-H', '--host', '-l', '--log-level', '--config', '--tlscacert', '--tlscert', '--tlskey', '--connection',
  '--url', '--root', '--runroot', '--storage-driver', '--namespace', '-n', '--address', '-a', '--cgroup-manager', '--identity',
]);
const COMPOSE_VALUE_FLAGS = new Set(['-f', '--file', '-p', '--project-name', '--env-file', '--profile', '--project-directory', '--ansi', '--progress', '--parallel', '-H', '--host', '-c', '--context']);

/** From argv[start], skips options (and their values) to the first word that is not one; returns argv from there. */
function fromSubcommand(argv: readonly string[], start: number, valueFlags: Set<string>): string[] | null {
  let i = start;
  while (i < argv.length) {
    const word = normalizeDashes(argv[i]);
    if (!word.startsWith('-') || word === '-') break;
    i += valueFlags.has(word) ? 2 : 1;
  }
  return i < argv.length ? argv.slice(i) : null;
}

export interface ContainerCall {
  /** `docker`, `podman`, `docker compose`, `docker-compose`, … as it reads in a message. */
  tool: string;
  /** True for compose (`docker compose`, `docker-compose`). */
  compose: boolean;
  /** The subcommand and everything after it (`['volume', 'rm', 'db']`, `['down', '-v']`). */
  argv: string[];
}

/** Every rule of this pack reads the same command: it is read once per command. */
export const readContainerCall = readOnce(readContainerCommand, CONTAINER_COMMANDS);

function readContainerCommand(command: SimpleCommand): ContainerCall | null {
  if (COMPOSE_BINARIES.has(command.name)) {
    const argv = fromSubcommand(command.argv, 1, COMPOSE_VALUE_FLAGS);
    return argv ? { tool: command.name, compose: true, argv } : null;
  }
  if (!ENGINES.has(command.name)) return null;
  const argv = fromSubcommand(command.argv, 1, ENGINE_VALUE_FLAGS);
  if (!argv) return null;
  if (argv[0] === 'compose') {
    const rest = fromSubcommand(argv, 1, COMPOSE_VALUE_FLAGS);
    return rest ? { tool: `${command.name} compose`, compose: true, argv: rest } : null;
  }
  return { tool: command.name, compose: false, argv };
}
