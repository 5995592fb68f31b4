// git/update-ref-delete: `git update-ref -d <ref>`, the plumbing way to delete a branch, tag or stash ref without
// any of the porcelain's checks.
import { hasFlag, operands } from '../../shell/args';
import type { Rule } from '../types';
import { GIT_COMMANDS, readGit } from './git-invocation';

export const rule: Rule = {
  meta: {
    id: 'git/update-ref-delete',
    title: 'Delete a ref with update-ref',
    severity: 'caution',
    category: 'destructive',
    why: 'update-ref -d deletes a branch, tag or the stash without checking whether its commits are merged anywhere.',
    saferAlternative: 'Use git branch -d or git tag -d, which say what they delete and refuse unmerged branches.',
    messages: {
      delete: 'git update-ref -d deletes {{ref}} without any safety check.',
    },
  },
  commands: GIT_COMMANDS,
  match(command) {
    const git = readGit(command);
    if (!git || git.subcommand !== 'update-ref' || !hasFlag(git.argv, 'd')) return null;
    return { messageId: 'delete', data: { ref: operands(git.argv)[0] ?? 'a ref' } };
  },
};
