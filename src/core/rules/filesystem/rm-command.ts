// Reads an rm (or unlink) command: what it deletes and whether it recurses, whatever the flag spelling
// (`-rf`, `-fr`, `-r -f`, `-R`, `--recursive`, GNU's unique prefixes like `--recur`, unicode dashes).
import { hasFlag, normalizeDashes, operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';

export interface RmCommand {
  /** Path words to delete, as written. */
  targets: string[];
  recursive: boolean;
  /** `--no-preserve-root`: the one flag whose only purpose is to let `rm -r /` run. */
  noPreserveRoot: boolean;
}

/** True for a GNU long option written as a unique prefix of `long` (`--rec` for `--recursive`); at least 4 chars. */
function hasLongPrefix(argv: readonly string[], long: string): boolean {
  return argv.slice(1).some((raw) => {
    const word = normalizeDashes(raw).split('=')[0];
    return word.length >= 4 && word.startsWith('--') && long.startsWith(word);
  });
}

export function readRm(command: SimpleCommand): RmCommand | null {
  if (command.name !== 'rm' && command.name !== 'unlink') return null;
  return {
    targets: operands(command.argv),
    recursive: command.name === 'rm' && (hasFlag(command.argv, 'rR', '--recursive') || hasLongPrefix(command.argv, '--recursive')),
    noPreserveRoot: hasLongPrefix(command.argv, '--no-preserve-root'),
  };
}
