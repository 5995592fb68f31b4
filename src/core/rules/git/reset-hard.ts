// git/reset-hard: `git reset --hard`, which throws away every uncommitted change in the working tree.
import { hasFlag, operands } from '../../shell/args';
import type { Rule } from '../types';
import { GIT_COMMANDS, readGit } from './git-invocation';

export const rule: Rule = {
  meta: {
    id: 'git/reset-hard',
    title: 'git reset --hard',
    severity: 'destructive',
    category: 'destructive',
    why: 'reset --hard overwrites every uncommitted change in tracked files; git never saved them, so they cannot be recovered.',
    saferAlternative: 'Save the changes first with git stash (or git commit), then reset; or use git reset --keep, which refuses to lose changes.',
    messages: {
      hard: 'git reset --hard {{target}} discards all uncommitted changes.',
    },
  },
  commands: GIT_COMMANDS,
  match(command) {
    const git = readGit(command);
    if (!git || git.subcommand !== 'reset' || !hasFlag(git.argv, '', '--hard')) return null;
    return { messageId: 'hard', data: { target: operands(git.argv).join(' ') || 'HEAD' } };
  },
};
