// paas/doctl-delete: DigitalOcean `doctl … delete` (aliases rm, d, del): droplets, volumes, apps, Kubernetes clusters,
// managed databases (catastrophic), snapshots. Local `doctl auth remove` is left alone.
import { hasWord, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

const VERBS = new Set(['delete', 'rm', 'd', 'del', 'remove']);

export const rule: Rule = {
  meta: {
    id: 'paas/doctl-delete',
    title: 'doctl delete',
    severity: 'destructive',
    category: 'destructive',
    why: 'DigitalOcean deletes are immediate: droplets, volumes and managed databases are gone with their data.',
    saferAlternative: 'Snapshot first (doctl compute droplet-action snapshot / volume snapshot), check the context (doctl auth list), and power off instead of deleting.',
    messages: {
      database: 'doctl {{path}} delete {{target}} would delete the managed database cluster with its data and backups.',
      dangerous: 'doctl kubernetes cluster delete --dangerous would delete the cluster and every volume and load balancer it made.',
      delete: 'doctl {{path}} {{verb}} {{target}} would delete it for good.',
    },
  },
  commands: ['doctl'],
  match(command): RuleMatch | null {
    if (command.name !== 'doctl') return null;
    const words = operands(command.argv, ['-t', '--access-token', '--context', '-o', '--output', '--format', '-u', '--api-url', '-c', '--config']);
    const at = words.findIndex((w) => VERBS.has(w));
    if (at <= 0 || words[0] === 'auth') return null;
    const path = words.slice(0, at).join(' ');
    const target = words.slice(at + 1).join(' ');
    if (path === 'databases') return { messageId: 'database', data: { path, target }, severity: 'catastrophic' };
    if (/^(kubernetes|k8s|k) (cluster|c)$/.test(path) && hasWord(command.argv, '--dangerous')) return { messageId: 'dangerous', severity: 'catastrophic' };
    return { messageId: 'delete', data: { path, verb: words[at], target } };
  },
};
