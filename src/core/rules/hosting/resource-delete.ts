// hosting/resource-delete: deleting other hosted things that have no undo: issues, gists, projects, labels,
// codespaces (with unpushed work), SSH/GPG/deploy keys, GitLab snippets. Caches and workflow runs are not matched.
import type { Rule } from '../types';
import { HOSTING_COMMANDS, isDeleteVerb, readHostingCall } from './hosting-cli';

/** Nouns whose deletion loses content or access. */
const NOUNS = new Set(['issue', 'gist', 'project', 'label', 'codespace', 'cs', 'ssh-key', 'gpg-key', 'snippet', 'mr', 'milestone', 'wiki']);

export const rule: Rule = {
  meta: {
    id: 'hosting/resource-delete',
    title: 'Delete issues, gists, codespaces or keys',
    severity: 'destructive',
    category: 'destructive',
    why: 'Deleted issues, gists, projects and codespaces cannot be restored (a codespace takes its unpushed work with it), and deleted keys cut off whoever used them.',
    saferAlternative: 'Close or archive instead (gh issue close, gh project close, push the codespace\'s work first).',
    messages: {
      delete: '{{tool}} {{noun}} delete permanently deletes {{what}}.',
    },
  },
  commands: HOSTING_COMMANDS,
  match(command) {
    const call = readHostingCall(command);
    if (!call) return null;
    const [noun, verb, what] = call.words;
    if (NOUNS.has(noun ?? '') && isDeleteVerb(verb)) return { messageId: 'delete', data: { tool: call.tool, noun, what: what ?? `the ${noun}` } };
    // gh repo deploy-key delete <id>
    if (noun === 'repo' && verb === 'deploy-key' && isDeleteVerb(call.words[2])) {
      return { messageId: 'delete', data: { tool: call.tool, noun: 'repo deploy-key', what: call.words[3] ?? 'the deploy key' } };
    }
    return null;
  },
};
