// git/branch-force-delete: `git branch -D`, `--delete --force`, `-df`: deletes a local branch even when its commits
// are merged nowhere. (`git branch -d` refuses in that case and is not matched.) Git prints the tip's hash, so the
// commits can still be recovered for a while: a caution.
import { hasFlag, operands } from '../../shell/args';
import type { Rule } from '../types';
import { GIT_COMMANDS, readGit } from './git-invocation';

export const rule: Rule = {
  meta: {
    id: 'git/branch-force-delete',
    title: 'Force-delete a local branch',
    severity: 'caution',
    category: 'destructive',
    why: 'A force-deleted branch may hold commits that exist nowhere else; only the hash git prints leads back to them.',
    saferAlternative: 'Use git branch -d, which refuses to delete unmerged work, or push the branch somewhere first.',
    messages: {
      forceDelete: 'git branch {{flag}} deletes {{branches}} even if it holds unmerged commits.',
    },
  },
  commands: GIT_COMMANDS,
  match(command) {
    const git = readGit(command);
    if (!git || git.subcommand !== 'branch') return null;
    const capital = hasFlag(git.argv, 'D');
    const forced = hasFlag(git.argv, 'd', '--delete') && hasFlag(git.argv, 'f', '--force');
    if (!capital && !forced) return null;
    const branches = operands(git.argv).join(', ') || 'the branch';
    return { messageId: 'forceDelete', data: { flag: capital ? '-D' : '--delete --force', branches } };
  },
};
