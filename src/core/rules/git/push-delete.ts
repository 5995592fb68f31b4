// git/push-delete: deleting branches or tags on the remote: `--delete`, `-d`, `:branch` refspecs, `--prune`.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { GIT_COMMANDS, readGit } from './git-invocation';

const VALUE_FLAGS = ['-o', '--push-option', '--repo', '--receive-pack', '--exec', '--signed'];

export const rule: Rule = {
  meta: {
    id: 'git/push-delete',
    title: 'Delete remote branches or tags',
    severity: 'destructive',
    category: 'destructive',
    why: 'Deleting a branch or tag on the server removes it for everyone; commits only on that branch become unreachable there.',
    saferAlternative: 'Check the branch is merged first (git branch -r --merged), or leave it and let the hosting service archive it.',
    messages: {
      delete: 'git push deletes {{refs}} on the remote.',
      prune: 'git push --prune deletes every remote branch that has no local counterpart.',
    },
  },
  commands: GIT_COMMANDS,
  match(command): RuleMatch | null {
    const git = readGit(command);
    if (!git || git.subcommand !== 'push' || hasFlag(git.argv, 'n', '--dry-run')) return null;
    const refspecs = operands(git.argv, VALUE_FLAGS).slice(1);
    if (hasFlag(git.argv, '', '--prune')) return { messageId: 'prune' };
    if (hasFlag(git.argv, 'd', '--delete')) {
      return { messageId: 'delete', data: { refs: refspecs.join(', ') || 'refs' } };
    }
    const deletions = refspecs.filter((r) => r.startsWith(':') && r.length > 1).map((r) => r.slice(1));
    if (deletions.length > 0) return { messageId: 'delete', data: { refs: deletions.join(', ') } };
    return null;
  },
};
