// filesystem/rsync-delete: rsync that deletes (`--delete` and its variants, `--remove-source-files`).
// A dry run (`-n`, `--dry-run`) is not matched. A home, root or system destination is catastrophic.
import { hasFlag, operands } from '../../shell/args';
import type { Rule } from '../types';
import { classifyPathTarget, isMachineWide } from './path-target';

const DELETE_FLAGS = ['--delete', '--del', '--delete-before', '--delete-during', '--delete-delay', '--delete-after', '--delete-excluded', '--delete-missing-args'];

/** rsync options that take a separate value, so the value is not read as a source or destination. */
const VALUE_FLAGS = [
  '-e', '--rsh', '-f', '--filter', '--exclude', '--include', '--exclude-from', '--include-from', '--files-from', '-T',
  '--temp-dir', '--backup-dir', '--suffix', '--port', '--log-file', '--password-file', '--chmod', '-B', '--block-size',
  '--timeout', '--compare-dest', '--link-dest', '--copy-dest', '-M', '--remote-option', '--partial-dir', '--rsync-path',
  '--max-size', '--min-size', '--bwlimit', '--info', '--debug', '--chown', '--usermap', '--groupmap', '--out-format',
  '--max-delete', '--modify-window', '--contimeout', '--address', '--skip-compress',
];

export const rule: Rule = {
  meta: {
    id: 'filesystem/rsync-delete',
    title: 'rsync that deletes files',
    severity: 'destructive',
    category: 'destructive',
    why: 'rsync --delete removes every file at the destination that is missing from the source; a wrong or empty source wipes the destination.',
    saferAlternative: 'Run it with --dry-run first (rsync -avn --delete …) and read the list of files it would delete.',
    messages: {
      delete: 'rsync {{flag}} deletes files in {{destination}} that are not in the source.',
      removeSource: 'rsync --remove-source-files deletes the source files after copying them.',
      machineWide: 'rsync {{flag}} into {{destination}} can wipe a home or system folder.',
    },
  },
  commands: ['rsync'],
  match(command, context) {
    if (command.name !== 'rsync' || hasFlag(command.argv, 'n', '--dry-run')) return null;
    const flag = DELETE_FLAGS.find((f) => hasFlag(command.argv, '', f));
    if (flag) {
      const paths = operands(command.argv, VALUE_FLAGS);
      const destination = paths[paths.length - 1] ?? 'the destination';
      const local = !/^[^/]*:/.test(destination);
      if (local && isMachineWide(classifyPathTarget(destination, context))) {
        return { messageId: 'machineWide', data: { flag, destination }, severity: 'catastrophic' };
      }
      return { messageId: 'delete', data: { flag, destination } };
    }
    if (hasFlag(command.argv, '', '--remove-source-files')) return { messageId: 'removeSource' };
    return null;
  },
};
