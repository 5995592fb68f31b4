// cloud/gcloud-delete: `gcloud … delete` for any resource (instances, clusters, buckets, secrets, …), `gcloud storage rm
// -r`; deleting a Cloud SQL instance or a Firestore database is catastrophic (their backups go with them).
// `gcloud projects delete` has its own rule; local configuration (`gcloud config configurations delete`) is left alone.
import { hasFlag } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { GCLOUD_COMMANDS, readGcloud } from './cloud-cli';

const VERBS = new Set(['delete', 'bulk-delete', 'rm', 'remove', 'purge']);
/** Groups whose delete only touches local settings or credentials on this machine. */
const LOCAL_GROUPS = new Set(['config', 'auth', 'components', 'topic', 'emulators']);
/** Deleting these deletes their automatic backups too. */
const TAKES_BACKUPS = new Set(['sql instances', 'firestore databases', 'spanner instances', 'bigtable instances', 'alloydb clusters', 'redis instances']);

export const rule: Rule = {
  meta: {
    id: 'cloud/gcloud-delete',
    title: 'gcloud delete',
    severity: 'destructive',
    category: 'destructive',
    why: 'gcloud deletes take effect at once; for data stores like Cloud SQL the automatic backups are deleted with the instance.',
    saferAlternative: 'Check the project (gcloud config get-value project), export or back up the data first (gcloud sql export …), and turn on deletion protection.',
    messages: {
      delete: 'gcloud {{path}} {{verb}} {{target}} would delete it from Google Cloud.',
      withBackups: 'gcloud {{path}} delete {{target}} would delete the instance and its automatic backups with it.',
      storageRm: 'gcloud storage rm {{flag}} would delete every object under {{target}}.',
    },
  },
  commands: GCLOUD_COMMANDS,
  match(command): RuleMatch | null {
    const g = readGcloud(command, VERBS);
    if (!g || g.path.length === 0 || LOCAL_GROUPS.has(g.path[0])) return null;
    const path = g.path.join(' ');
    if (path === 'projects') return null;
    const target = g.rest.join(' ');
    if (path === 'storage' && g.verb === 'rm') {
      const recursive = hasFlag(g.argv, 'r', '--recursive');
      if (!recursive && !/\*\*/.test(target)) return { messageId: 'delete', data: { path, verb: 'rm', target }, severity: 'caution' };
      return { messageId: 'storageRm', data: { flag: recursive ? '--recursive' : '', target } };
    }
    if (g.verb === 'rm' || g.verb === 'remove') return null;
    if (TAKES_BACKUPS.has(path) && g.verb === 'delete') return { messageId: 'withBackups', data: { path, target }, severity: 'catastrophic' };
    return { messageId: 'delete', data: { path, verb: g.verb, target } };
  },
};
