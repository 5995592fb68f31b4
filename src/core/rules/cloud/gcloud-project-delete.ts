// cloud/gcloud-project-delete: `gcloud projects delete`, which shuts down a whole Google Cloud project and everything in it.
import type { Rule } from '../types';
import { GCLOUD_COMMANDS, readGcloud } from './cloud-cli';

const DELETE: ReadonlySet<string> = new Set(['delete']);

export const rule: Rule = {
  meta: {
    id: 'cloud/gcloud-project-delete',
    title: 'Delete a Google Cloud project',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Deleting a project shuts down every resource in it (databases, buckets, VMs); after 30 days it is gone for good.',
    saferAlternative: 'Delete the specific resources you mean; check the project id (gcloud config get-value project) first.',
    messages: {
      project: 'gcloud projects delete {{project}} would shut down the whole project and every resource in it.',
    },
  },
  commands: GCLOUD_COMMANDS,
  match(command) {
    const g = readGcloud(command, DELETE);
    if (!g || g.path.join(' ') !== 'projects') return null;
    return { messageId: 'project', data: { project: g.rest[0] ?? '' } };
  },
};
