// paas/fly-destroy: Fly.io `fly` / `flyctl` commands that destroy apps, volumes, Postgres clusters, machines and other
// resources (`fly apps destroy`, `fly destroy`, `fly volumes destroy`, `fly machine destroy`, `fly redis destroy`, …).
import { operands } from '../../shell/args';
import type { Rule, RuleMatch, Severity } from '../types';
import { lookupTable } from '../lookup-table';

const VERBS = new Set(['destroy', 'delete', 'remove', 'rm']);
/** Resources whose deletion deletes stored data. */
const DATA_GROUPS: Record<string, string> = lookupTable({ volumes: 'volume', volume: 'volume', vol: 'volume', postgres: 'Postgres cluster', pg: 'Postgres cluster', mpg: 'Postgres cluster', apps: 'app', app: 'app' });

export const rule: Rule = {
  meta: {
    id: 'paas/fly-destroy',
    title: 'fly destroy',
    severity: 'destructive',
    category: 'destructive',
    why: 'Destroying a Fly app, volume or Postgres cluster deletes it at once, with the data on its volumes.',
    saferAlternative: 'Snapshot volumes first (fly volumes snapshots create), check the app name (-a) and organization, and scale to zero instead if you only want it stopped.',
    messages: {
      data: '{{tool}} {{words}} would destroy the {{what}} {{name}} and the data it holds.',
      other: '{{tool}} {{words}} would destroy {{name}}.',
    },
  },
  commands: ['fly', 'flyctl'],
  match(command): RuleMatch | null {
    const { name: tool, argv } = command;
    if (tool !== 'fly' && tool !== 'flyctl') return null;
    const words = operands(argv, ['-a', '--app', '-c', '--config', '-o', '--org', '-r', '--region']);
    const at = words.findIndex((w) => VERBS.has(w));
    if (at < 0 || at > 2) return null;
    const group = at === 0 ? 'apps' : words[0];
    if (['secrets', 'certs', 'ips', 'auth', 'tokens', 'wireguard', 'config'].includes(group)) return null;
    const appAt = argv.findIndex((w) => w === '-a' || w === '--app');
    const name = words[at + 1] ?? (appAt > 0 ? argv[appAt + 1] : '') ?? '';
    const what = DATA_GROUPS[group];
    const data = { tool, words: words.slice(0, at + 1).join(' '), what: what ?? group, name };
    const severity: Severity = what ? 'catastrophic' : 'destructive';
    return { messageId: what ? 'data' : 'other', data, severity };
  },
};
