// filesystem/mv-to-dev-null: `mv X /dev/null`, which people mistake for "delete"; as root it replaces /dev/null.
import { flagValue, operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'filesystem/mv-to-dev-null',
    title: 'Move files to /dev/null',
    severity: 'destructive',
    category: 'destructive',
    why: 'Moving a file onto /dev/null throws the file away and, run as root, replaces /dev/null itself and breaks the system.',
    saferAlternative: 'Delete the file with rm, or move it to a backup folder if you might need it.',
    messages: {
      devNull: 'mv {{source}} /dev/null throws {{source}} away.',
    },
  },
  commands: ['mv'],
  match(command) {
    if (command.name !== 'mv') return null;
    const args = operands(command.argv, ['-t', '--target-directory', '-S', '--suffix']);
    const target = flagValue(command.argv, ['--target-directory'], 't') ?? args[args.length - 1];
    if (target !== '/dev/null' || args.length < 1) return null;
    const sources = args.filter((a) => a !== '/dev/null');
    return { messageId: 'devNull', data: { source: sources.join(' ') || 'the file' } };
  },
};
