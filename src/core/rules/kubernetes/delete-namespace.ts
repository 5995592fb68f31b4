// kubernetes/delete-namespace: `kubectl delete namespace …` (and `oc delete project …`), which deletes every resource in it.
import type { Rule } from '../types';
import { KUBECTL_COMMANDS, NAMESPACE_KINDS, readKubectl } from './kubectl-command';

export const rule: Rule = {
  meta: {
    id: 'kubernetes/delete-namespace',
    title: 'Delete a Kubernetes namespace',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Deleting a namespace deletes everything in it: deployments, secrets, services and the volumes claimed there.',
    saferAlternative: 'Delete the specific resources you mean, after a backup (velero backup create …), and check the context (kubectl config current-context).',
    messages: {
      namespace: '{{tool}} delete {{kind}} {{name}} would delete every resource inside it, volumes included.',
    },
  },
  commands: KUBECTL_COMMANDS,
  match(command) {
    const k = readKubectl(command);
    if (!k || k.dryRun || k.verb !== 'delete') return null;
    const kind = k.kinds.find((x) => NAMESPACE_KINDS.has(x));
    if (!kind) return null;
    return { messageId: 'namespace', data: { tool: k.tool, kind, name: k.all ? '--all' : k.names.join(' ') || '(selected by label)' } };
  },
};
