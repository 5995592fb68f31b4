// paas/database-service-delete: hosted-database CLIs that delete a database, project or branch: Neon (`neonctl`),
// PlanetScale (`pscale`), Turso (`turso db destroy`), Cloudflare D1 / R2 / KV (`wrangler d1 delete`, …), MongoDB Atlas
// (`atlas clusters delete`), Xata.
import { operands } from '../../shell/args';
import type { Rule, RuleMatch, Severity } from '../types';
import { lookupTable } from '../lookup-table';

/** tool → command path → severity. A path matches when the words start with it. */
const DELETES: Record<string, [string[], Severity][]> = lookupTable({
  neonctl: [[['projects', 'delete'], 'catastrophic'], [['project', 'delete'], 'catastrophic'], [['branches', 'delete'], 'destructive'], [['branch', 'delete'], 'destructive'], [['databases', 'delete'], 'catastrophic'], [['branches', 'reset'], 'destructive']],
  neon: [[['projects', 'delete'], 'catastrophic'], [['branches', 'delete'], 'destructive'], [['databases', 'delete'], 'catastrophic']],
  pscale: [[['database', 'delete'], 'catastrophic'], [['db', 'delete'], 'catastrophic'], [['branch', 'delete'], 'destructive'], [['backup', 'delete'], 'destructive']],
  turso: [[['db', 'destroy'], 'catastrophic'], [['group', 'destroy'], 'catastrophic'], [['org', 'destroy'], 'catastrophic']],
  wrangler: [[['d1', 'delete'], 'catastrophic'], [['r2', 'bucket', 'delete'], 'destructive'], [['kv', 'namespace', 'delete'], 'destructive'], [['kv:namespace', 'delete'], 'destructive'], [['queues', 'delete'], 'destructive'], [['vectorize', 'delete'], 'destructive']],
  atlas: [[['clusters', 'delete'], 'catastrophic'], [['cluster', 'delete'], 'catastrophic'], [['projects', 'delete'], 'catastrophic'], [['backups', 'snapshots', 'delete'], 'destructive']],
  xata: [[['dbs', 'delete'], 'catastrophic'], [['branch', 'delete'], 'destructive']],
});

export const rule: Rule = {
  meta: {
    id: 'paas/database-service-delete',
    title: 'Delete a hosted database (Neon, PlanetScale, Turso, D1, Atlas)',
    severity: 'destructive',
    category: 'destructive',
    why: 'Deleting a hosted database, project or branch deletes its data; most services keep no copy once it is gone.',
    saferAlternative: 'Take a dump you keep yourself first, check the organization and project, and delete from the dashboard where it asks for the name.',
    messages: {
      delete: '{{tool}} {{path}} {{target}} would delete it with its data.',
    },
  },
  commands: Object.keys(DELETES),
  match(command): RuleMatch | null {
    const { name: tool, argv } = command;
    const table = DELETES[tool];
    if (!table) return null;
    const words = operands(argv, ['--org', '--org-id', '--project-id', '--projectId', '--output', '-o', '--config', '-c', '--env', '-e', '--context']);
    const hit = table.find(([path]) => path.every((w, i) => words[i] === w));
    if (!hit) return null;
    const [path, severity] = hit;
    return { messageId: 'delete', data: { tool, path: path.join(' '), target: words.slice(path.length).join(' ') }, severity };
  },
};
