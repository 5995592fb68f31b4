// git/push-force: force pushes that overwrite the remote's history: `-f`, `--force`, `+refspec`, `--mirror`;
// `--force-with-lease` is the careful form and only a caution. A dry run (`-n`) is not matched.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { GIT_COMMANDS, readGit } from './git-invocation';

const VALUE_FLAGS = ['-o', '--push-option', '--repo', '--receive-pack', '--exec', '--signed'];
const SHARED_BRANCH = /^(main|master|trunk|develop|dev|prod|production|release|staging|live)$|^release\//;

/** The branch a refspec writes to: `+main`, `HEAD:main`, `feature:refs/heads/main` → `main`. */
function destinationOf(refspec: string): string {
  const ref = refspec.replace(/^\+/, '');
  const to = ref.includes(':') ? ref.slice(ref.indexOf(':') + 1) : ref;
  return to.replace(/^refs\/heads\//, '');
}

export const rule: Rule = {
  meta: {
    id: 'git/push-force',
    title: 'Force push',
    severity: 'destructive',
    category: 'destructive',
    why: 'A force push replaces the branch on the server with your copy; commits others pushed in the meantime disappear from it.',
    saferAlternative: 'Use git push --force-with-lease (it refuses if someone else pushed), or push to a new branch and open a pull request.',
    messages: {
      force: 'git push {{flag}} overwrites the history of {{branch}} on the remote.',
      sharedBranch: 'git push {{flag}} overwrites the history of the shared branch {{branch}} on the remote.',
      mirror: 'git push --mirror makes the remote an exact copy of this repository, overwriting and deleting its branches and tags.',
      withLease: 'git push --force-with-lease rewrites {{branch}} on the remote (it refuses if someone else pushed first).',
    },
  },
  commands: GIT_COMMANDS,
  match(command): RuleMatch | null {
    const git = readGit(command);
    if (!git || git.subcommand !== 'push' || hasFlag(git.argv, 'n', '--dry-run')) return null;
    const refspecs = operands(git.argv, VALUE_FLAGS).slice(1);
    const plus = refspecs.find((r) => r.startsWith('+'));
    const branches = refspecs.map(destinationOf).filter((b) => b !== '');
    const branch = (plus ? destinationOf(plus) : branches.join(', ')) || 'the current branch';
    const shared = (plus ? [destinationOf(plus)] : branches).some((b) => SHARED_BRANCH.test(b));
    if (hasFlag(git.argv, '', '--mirror')) return { messageId: 'mirror' };
    const hard = hasFlag(git.argv, 'f', '--force') ? (hasFlag(git.argv, '', '--force') ? '--force' : '-f') : plus;
    if (hard) return { messageId: shared ? 'sharedBranch' : 'force', data: { flag: hard, branch } };
    if (hasFlag(git.argv, '', '--force-with-lease')) return { messageId: 'withLease', data: { branch }, severity: 'caution' };
    return null;
  },
};
