// kubernetes/delete-storage: deleting PersistentVolumes, PersistentVolumeClaims or volume snapshots, which can delete the data.
import type { Rule } from '../types';
import { KUBECTL_COMMANDS, readKubectl, STORAGE_KINDS } from './kubectl-command';

export const rule: Rule = {
  meta: {
    id: 'kubernetes/delete-storage',
    title: 'Delete Kubernetes volumes (PV / PVC)',
    severity: 'destructive',
    category: 'destructive',
    why: 'With the usual Delete reclaim policy, deleting a claim or volume deletes the disk behind it and every byte on it.',
    saferAlternative: 'Check the reclaim policy (kubectl get pv) and set it to Retain first, or snapshot the volume before deleting the claim.',
    messages: {
      storage: '{{tool}} delete {{kind}} {{name}} can delete the disk behind it with its data.',
    },
  },
  commands: KUBECTL_COMMANDS,
  match(command) {
    const k = readKubectl(command);
    if (!k || k.dryRun || k.verb !== 'delete') return null;
    const kind = k.kinds.find((x) => STORAGE_KINDS.has(x));
    if (!kind) return null;
    return { messageId: 'storage', data: { tool: k.tool, kind, name: k.all ? '--all' : k.names.join(' ') } };
  },
};
