// hosting/secret-delete: deleting CI secrets or variables (`gh secret delete`, `gh variable delete`,
// `glab variable delete`): deploys and workflows that read them start failing, and secret values cannot be read back.
import type { Rule } from '../types';
import { HOSTING_COMMANDS, isDeleteVerb, readHostingCall } from './hosting-cli';

export const rule: Rule = {
  meta: {
    id: 'hosting/secret-delete',
    title: 'Delete a CI secret or variable',
    severity: 'caution',
    category: 'destructive',
    why: 'Workflows and deploys that read this secret or variable will fail, and a secret\'s value cannot be read back to restore it.',
    saferAlternative: 'Make sure you have the value stored elsewhere (a password manager) and that no workflow still uses it.',
    messages: {
      delete: '{{tool}} {{noun}} delete removes {{name}} from CI.',
    },
  },
  commands: HOSTING_COMMANDS,
  match(command) {
    const call = readHostingCall(command);
    if (!call) return null;
    const [noun, verb, name] = call.words;
    if ((noun === 'secret' || noun === 'variable' || noun === 'var') && isDeleteVerb(verb)) {
      return { messageId: 'delete', data: { tool: call.tool, noun, name: name ?? 'it' } };
    }
    return null;
  },
};
