// paas/netlify-delete: Netlify CLI deletions: `netlify sites:delete`, `env:unset`, `blobs:delete`.
import { operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

export const rule: Rule = {
  meta: {
    id: 'paas/netlify-delete',
    title: 'netlify sites:delete / env:unset',
    severity: 'destructive',
    category: 'destructive',
    why: 'Deleting a Netlify site deletes every deploy, form submission and setting of it; unset variables and deleted blobs are gone for good.',
    saferAlternative: 'Check the linked site (netlify status), export env vars first (netlify env:list --json), and delete from the dashboard.',
    messages: {
      site: 'netlify sites:delete would delete the site {{target}} with all its deploys and settings.',
      env: 'netlify env:unset would delete the environment variable {{target}}.',
      blob: 'netlify blobs:delete would delete the blob {{target}}.',
    },
  },
  commands: ['netlify', 'ntl'],
  match(command): RuleMatch | null {
    if (command.name !== 'netlify' && command.name !== 'ntl') return null;
    const { argv } = command;
    const words = operands(argv, ['--site', '--context', '--scope', '--auth', '--filter']);
    const sub = words[0] && words[1] && !words[0].includes(':') ? `${words[0]}:${words[1]}` : words[0];
    const target = words.slice(sub?.includes(':') && !words[0].includes(':') ? 2 : 1).join(' ');
    if (sub === 'sites:delete') return { messageId: 'site', data: { target } };
    if (sub === 'env:unset') return { messageId: 'env', data: { target } };
    if (sub === 'blobs:delete') return { messageId: 'blob', data: { target } };
    return null;
  },
};
