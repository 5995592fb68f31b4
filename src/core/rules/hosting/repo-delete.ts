// hosting/repo-delete: deleting a whole hosted repository: `gh repo delete`, `glab repo delete`, `tea repo delete`,
// `hub delete`. Issues, pull requests, releases, wiki and every fork's link go with it.
import type { Rule } from '../types';
import { HOSTING_COMMANDS, isDeleteVerb, readHostingCall } from './hosting-cli';

export const rule: Rule = {
  meta: {
    id: 'hosting/repo-delete',
    title: 'Delete a hosted repository',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Deleting a repository on GitHub or GitLab also deletes its issues, pull requests, releases, wiki and settings, for everyone.',
    saferAlternative: 'Archive it instead (gh repo archive, or Settings → Archive in GitLab): it becomes read-only and can be restored.',
    messages: {
      delete: '{{tool}} deletes the repository {{repo}} with its issues, pull requests and releases.',
    },
  },
  commands: HOSTING_COMMANDS,
  match(command) {
    const call = readHostingCall(command);
    if (!call) return null;
    const [noun, verb, repo] = call.words;
    if (call.tool === 'hub' && noun === 'delete') return { messageId: 'delete', data: { tool: 'hub delete', repo: verb ?? 'this repository' } };
    if ((noun === 'repo' || noun === 'repos' || noun === 'project') && isDeleteVerb(verb)) {
      return { messageId: 'delete', data: { tool: `${call.tool} ${noun} ${verb}`, repo: repo ?? 'the current repository' } };
    }
    return null;
  },
};
