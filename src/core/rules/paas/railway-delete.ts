// paas/railway-delete: Railway commands that delete a project, an environment or a service, or take the deployment down.
// Volumes have their own rule (paas/railway-volume-delete).
import { operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

export const rule: Rule = {
  meta: {
    id: 'paas/railway-delete',
    title: 'Railway delete / down',
    severity: 'destructive',
    category: 'destructive',
    why: 'Deleting a Railway project or environment deletes every service and volume in it; `railway down` takes the running deployment offline.',
    saferAlternative: 'Check the linked project and environment (railway status) first, and back up databases you keep yourself.',
    messages: {
      project: 'railway delete would delete the linked project with every service, environment and volume in it.',
      environment: 'railway environment delete would delete the environment {{name}} with its services and volumes.',
      service: 'railway service delete would delete the service {{name}}.',
      down: 'railway down would remove the latest deployment of the service, taking it offline.',
    },
  },
  commands: ['railway'],
  match(command): RuleMatch | null {
    if (command.name !== 'railway') return null;
    const { argv } = command;
    const words = operands(argv, ['-s', '--service', '-e', '--environment', '-p', '--project']);
    const [a, b, name = ''] = words;
    if (a === 'delete') return { messageId: 'project', severity: 'catastrophic' };
    if ((a === 'environment' || a === 'env') && ['delete', 'rm', 'remove'].includes(b)) return { messageId: 'environment', data: { name }, severity: 'catastrophic' };
    if (a === 'service' && ['delete', 'rm', 'remove'].includes(b)) return { messageId: 'service', data: { name } };
    if (a === 'down') return { messageId: 'down' };
    return null;
  },
};
