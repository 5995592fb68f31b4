// Reads an rm (or unlink, or rimraf) command: what it deletes and whether it recurses, whatever the flag spelling
// (`-rf`, `-fr`, `-r -f`, `-R`, `--recursive`, GNU's unique prefixes like `--recur`, unicode dashes).
import { hasFlag, normalizeDashes, operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import { readOnce } from '../read-once';
import type { RuleContext } from '../types';
import { classifyPathTarget, expandBraces, type PathTarget } from './path-target';

export interface RmCommand {
  /** Path words to delete, as written, after brace expansion (`{a,b}` → `a`, `b`). */
  targets: string[];
  recursive: boolean;
  /** `--no-preserve-root`: the one flag whose only purpose is to let `rm -r /` run. */
  noPreserveRoot: boolean;
  /**
   * True when xargs feeds rm paths nobody can see here: read from a file (`xargs rm < list.txt`) or printed by a
   * program other than ls/echo/printf/find (`cat list | xargs rm -rf`, `git ls-files | xargs rm`).
   */
  hiddenTargets: boolean;
}

/** Commands whose output names the paths on their command line (the parser already appends echo/printf words). */
const LISTERS = new Set(['ls', 'echo', 'printf', 'find']);

/**
 * `ls *.db | xargs rm`: the paths ls prints are the paths rm deletes (`ls` alone lists the folder: `*`).
 * Returns the feeding command, if xargs is fed by a pipeline.
 */
function feederOf(command: SimpleCommand): SimpleCommand | undefined {
  return command.via.includes('xargs') ? command.pipelineBefore[command.pipelineBefore.length - 1] : undefined;
}

/** True for a GNU long option written as a unique prefix of `long` (`--rec` for `--recursive`); at least 4 chars. */
function hasLongPrefix(argv: readonly string[], long: string): boolean {
  for (let i = 1; i < argv.length; i++) {
    const word = normalizeDashes(argv[i]);
    if (!word.startsWith('--')) continue;
    const eq = word.indexOf('=');
    const name = eq < 0 ? word : word.slice(0, eq);
    if (name.length >= 4 && long.startsWith(name)) return true;
  }
  return false;
}

/** `words` with brace lists expanded; the words themselves when none has a brace (nearly always). */
function withBracesExpanded(words: string[]): string[] {
  return words.some((w) => w.includes('{')) ? words.flatMap(expandBraces) : words;
}

/** The command names readRm reads. rimraf (npm's `rm -rf`, often run as `npx rimraf`) always recurses. */
export const RM_COMMANDS: readonly string[] = ['rm', 'unlink', 'rimraf'];

/** Five rules of this pack read the same rm: it is read once per command. */
export const readRm = readOnce(readRmCommand, RM_COMMANDS);

function readRmCommand(command: SimpleCommand): RmCommand | null {
  let targets = withBracesExpanded(operands(command.argv));
  const feeder = feederOf(command);
  if (feeder?.name === 'ls') {
    const listed = operands(feeder.argv, ['-I', '--ignore', '-w', '--width', '-T', '--tabsize', '--format', '--sort', '--time', '--color']);
    targets = [...targets.filter((t) => t !== '{}'), ...(listed.length > 0 ? withBracesExpanded(listed) : ['*'])];
  }
  const fedBlind = command.via.includes('xargs') && (feeder === undefined || !LISTERS.has(feeder.name));
  return {
    targets,
    hiddenTargets: fedBlind && targets.every((t) => t === '{}'),
    recursive: command.name === 'rimraf' || (command.name === 'rm' && (hasFlag(command.argv, 'rR', '--recursive') || hasLongPrefix(command.argv, '--recursive'))),
    noPreserveRoot: hasLongPrefix(command.argv, '--no-preserve-root'),
  };
}

/** The first target of a recursive rm that `pick` accepts; undefined for a non-recursive rm or when none is picked. */
export function recursiveRmTarget(command: SimpleCommand, context: RuleContext, pick: (target: PathTarget) => boolean): PathTarget | undefined {
  const rm = readRm(command);
  if (!rm || !rm.recursive) return undefined;
  for (const word of rm.targets) {
    const target = classifyPathTarget(word, context);
    if (pick(target)) return target;
  }
  return undefined;
}
