// git/prune-reflog: removing git's own safety net: `reflog expire --expire=now`, `reflog delete`,
// `gc --prune=now`, `git prune`. Afterwards, commits lost by a reset or a deleted branch are gone for good.
import { flagValue, hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { GIT_COMMANDS, readGit } from './git-invocation';

/** Expiry values that mean "everything, right now". */
const NOW = /^(now|all|0|0\.seconds?|0 ?seconds? ?ago)$/i;

export const rule: Rule = {
  meta: {
    id: 'git/prune-reflog',
    title: 'Expire the reflog or prune objects',
    severity: 'destructive',
    category: 'destructive',
    why: 'The reflog and unreachable objects are how git recovers commits lost to a reset, rebase or deleted branch; pruning them removes that last way back.',
    saferAlternative: 'Let git gc expire them on its own schedule (plain git gc), or make a backup clone first.',
    messages: {
      expire: 'git reflog expire --expire={{when}} forgets where branches pointed before.',
      delete: 'git reflog delete removes reflog entries.',
      gc: 'git gc --prune={{when}} deletes every unreachable commit right away.',
      prune: 'git prune deletes every unreachable object.',
    },
  },
  commands: GIT_COMMANDS,
  match(command): RuleMatch | null {
    const git = readGit(command);
    if (!git) return null;
    const argv = git.argv;
    const sub = operands(argv)[0];
    if (git.subcommand === 'reflog' && sub === 'expire') {
      const when = flagValue(argv, ['--expire']) ?? flagValue(argv, ['--expire-unreachable']);
      if (when !== undefined && NOW.test(when)) return { messageId: 'expire', data: { when } };
      return null;
    }
    if (git.subcommand === 'reflog' && sub === 'delete') return { messageId: 'delete' };
    if (git.subcommand === 'gc') {
      const when = flagValue(argv, ['--prune']);
      if (when !== undefined && NOW.test(when)) return { messageId: 'gc', data: { when } };
      return null;
    }
    if (git.subcommand === 'prune' && !hasFlag(argv, 'n', '--dry-run')) {
      const when = flagValue(argv, ['--expire']);
      if (when === undefined || NOW.test(when)) return { messageId: 'prune' };
    }
    return null;
  },
};
