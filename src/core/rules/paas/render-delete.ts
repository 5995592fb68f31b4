// paas/render-delete: Render CLI deletions (`render services delete`, `render … delete`), best effort.
import { operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'paas/render-delete',
    title: 'render delete',
    severity: 'destructive',
    category: 'destructive',
    why: 'Deleting a Render service or database deletes it at once, with its disks and, for databases, its data.',
    saferAlternative: 'Suspend the service instead, and take a database backup from the dashboard first.',
    messages: {
      delete: 'render {{path}} {{verb}} {{target}} would delete it for good.',
    },
  },
  commands: ['render'],
  match(command) {
    if (command.name !== 'render') return null;
    const words = operands(command.argv, ['-o', '--output', '--workspace']);
    const at = words.findIndex((w) => w === 'delete' || w === 'rm' || w === 'destroy');
    if (at <= 0) return null;
    return { messageId: 'delete', data: { path: words.slice(0, at).join(' '), verb: words[at], target: words.slice(at + 1).join(' ') } };
  },
};
