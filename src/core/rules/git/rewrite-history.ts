// git/rewrite-history: whole-history rewrites: `git filter-branch`, `git filter-repo`, BFG Repo-Cleaner.
import type { Rule } from '../types';
import { GIT_COMMANDS, readGit } from './git-invocation';

export const rule: Rule = {
  meta: {
    id: 'git/rewrite-history',
    title: 'Rewrite the whole history',
    severity: 'destructive',
    category: 'destructive',
    why: 'These rewrite every commit they touch; the old history survives only in backups and other people\'s clones.',
    saferAlternative: 'Run it on a fresh mirror clone (git clone --mirror) and push only after checking the result.',
    messages: {
      rewrite: '{{tool}} rewrites the repository\'s history.',
    },
  },
  commands: [...GIT_COMMANDS, 'git-filter-repo', 'bfg', 'java'],
  match(command) {
    const git = readGit(command);
    if (git && (git.subcommand === 'filter-branch' || git.subcommand === 'filter-repo')) {
      return { messageId: 'rewrite', data: { tool: `git ${git.subcommand}` } };
    }
    if (command.name === 'git-filter-repo' || command.name === 'bfg') return { messageId: 'rewrite', data: { tool: command.name } };
    if (command.name === 'java' && command.argv.some((a) => /(^|\/)bfg[^/]*\.jar$/.test(a))) {
      return { messageId: 'rewrite', data: { tool: 'BFG' } };
    }
    return null;
  },
};
