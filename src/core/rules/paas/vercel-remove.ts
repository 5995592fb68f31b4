// paas/vercel-remove: Vercel CLI removals: `vercel remove|rm` (deployments or a whole project), `vercel project rm`,
// `vercel env rm`, `vercel domains rm`, `vercel dns rm`, `vercel blob del`.
import { operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

const REMOVE = new Set(['rm', 'remove', 'delete', 'del']);
const GROUPS = new Set(['project', 'projects', 'env', 'domains', 'domain', 'dns', 'alias', 'aliases', 'certs', 'secrets', 'blob', 'integration', 'teams']);

export const rule: Rule = {
  meta: {
    id: 'paas/vercel-remove',
    title: 'vercel remove / env rm',
    severity: 'destructive',
    category: 'destructive',
    why: 'Vercel removals are immediate: removed deployments and projects go offline, and removed environment variables or blobs are not kept anywhere.',
    saferAlternative: 'Check the linked scope and project (vercel project ls), pull env vars first (vercel env pull), and remove one named deployment at a time.',
    messages: {
      deployments: 'vercel {{sub}} {{target}} would remove those deployments (or the whole project) and take them offline.',
      group: 'vercel {{group}} {{sub}} {{target}} would remove it for good.',
    },
  },
  commands: ['vercel', 'vc'],
  match(command): RuleMatch | null {
    if (command.name !== 'vercel' && command.name !== 'vc') return null;
    const { argv } = command;
    const words = operands(argv, ['--scope', '-S', '--token', '-t', '-A', '--local-config', '-Q', '--global-config', '--cwd', '-e', '--environment']);
    if (REMOVE.has(words[0])) return { messageId: 'deployments', data: { sub: words[0], target: words.slice(1).join(' ') } };
    if (GROUPS.has(words[0]) && REMOVE.has(words[1])) return { messageId: 'group', data: { group: words[0], sub: words[1], target: words.slice(2).join(' ') } };
    return null;
  },
};
