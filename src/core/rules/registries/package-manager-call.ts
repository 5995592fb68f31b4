// Reads JavaScript package-manager calls (npm, pnpm, yarn, yarn npm, bun) as `{ tool, verb, argv }` with argv starting
// at the verb, so `npm --registry x unpublish pkg` and `yarn npm unpublish` read like `npm unpublish`.
// Shared by the npm rules of the registries pack.
import { normalizeDashes } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import { readOnce } from '../read-once';

/** The command names readPackageManagerCall reads. */
export const PACKAGE_MANAGER_COMMANDS: readonly string[] = ['npm', 'pnpm', 'yarn', 'bun'];

/** Global options that take a separate value. */
const VALUE_FLAGS = new Set(['--registry', '--userconfig', '--prefix', '-C', '--dir', '--cwd', '--otp', '--workspace', '-w', '--filter', '-F', '--loglevel']);

export interface PackageManagerCall {
  /** `npm`, `pnpm`, `yarn npm`, … as it reads in a message. */
  tool: string;
  verb: string;
  /** The verb and what follows it. */
  argv: string[];
}

/** The npm rules read the same command: it is read once per command. */
export const readPackageManagerCall = readOnce(readPackageManagerCommand, PACKAGE_MANAGER_COMMANDS);

function readPackageManagerCommand(command: SimpleCommand): PackageManagerCall | null {
  let i = 1;
  const skip = () => {
    while (i < command.argv.length && normalizeDashes(command.argv[i]).startsWith('-')) i += VALUE_FLAGS.has(normalizeDashes(command.argv[i])) ? 2 : 1;
  };
  skip();
  let tool = command.name;
  if (command.name === 'yarn' && command.argv[i] === 'npm') {
    tool = 'yarn npm';
    i++;
    skip();
  }
  const verb = command.argv[i];
  return verb === undefined ? null : { tool, verb: verb.toLowerCase(), argv: command.argv.slice(i) };
}
