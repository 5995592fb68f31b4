// git/clean-force: `git clean -f` in any spelling (`-fd`, `-xdf`, `--force`), which deletes untracked files.
// Dry runs (`-n`, `--dry-run`) and interactive cleans (`-i`) are not matched.
import { hasFlag } from '../../shell/args';
import type { Rule } from '../types';
import { GIT_COMMANDS, readGit } from './git-invocation';

export const rule: Rule = {
  meta: {
    id: 'git/clean-force',
    title: 'git clean -f',
    severity: 'destructive',
    category: 'destructive',
    why: 'git clean deletes files git does not track: new files never committed are gone for good, and with -x so are .env files and local databases.',
    saferAlternative: 'Preview with git clean -n (add -x/-d as needed) and delete only what the list shows you mean.',
    messages: {
      clean: 'git clean deletes every untracked file{{dirs}}.',
      ignored: 'git clean -x deletes every untracked and ignored file{{dirs}}: .env files, local databases, build caches.',
    },
  },
  commands: GIT_COMMANDS,
  match(command) {
    const git = readGit(command);
    if (!git || git.subcommand !== 'clean') return null;
    if (!hasFlag(git.argv, 'f', '--force') || hasFlag(git.argv, 'ni', '--dry-run', '--interactive')) return null;
    const dirs = hasFlag(git.argv, 'd') ? ' and folder' : '';
    return { messageId: hasFlag(git.argv, 'xX') ? 'ignored' : 'clean', data: { dirs } };
  },
};
