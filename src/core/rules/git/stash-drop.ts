// git/stash-drop: `git stash clear` (every stash, no hashes printed) and `git stash drop` (one stash; git prints its
// hash, so it can still be re-applied, hence only a caution).
import { operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { GIT_COMMANDS, readGit } from './git-invocation';

export const rule: Rule = {
  meta: {
    id: 'git/stash-drop',
    title: 'Drop or clear stashes',
    severity: 'destructive',
    category: 'destructive',
    why: 'Stashes hold work that was set aside but never committed; dropping them leaves no branch or reflog entry to find them by.',
    saferAlternative: 'Turn the stash into a branch instead (git stash branch saved-work stash@{0}), or apply it and commit.',
    messages: {
      clear: 'git stash clear deletes every stash.',
      drop: 'git stash drop {{stash}} deletes a stash (git prints its hash, which is the only way back).',
    },
  },
  commands: GIT_COMMANDS,
  match(command): RuleMatch | null {
    const git = readGit(command);
    if (!git || git.subcommand !== 'stash') return null;
    const words = operands(git.argv);
    if (words[0] === 'clear') return { messageId: 'clear' };
    if (words[0] === 'drop') return { messageId: 'drop', data: { stash: words[1] ?? 'stash@{0}' }, severity: 'caution' };
    return null;
  },
};
