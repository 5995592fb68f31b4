// kubernetes/delete-resource: deleting workloads and configuration that Kubernetes does not recreate by itself
// (deployments, statefulsets, secrets, services, custom resources, CRDs, nodes, …). Pods, jobs and other self-healing
// kinds are everyday work and not matched; namespaces, volumes and `--all` have rules of their own.
import type { Rule } from '../types';
import { KUBECTL_COMMANDS, NAMESPACE_KINDS, readKubectl, SELF_HEALING_KINDS, STORAGE_KINDS } from './kubectl-command';

export const rule: Rule = {
  meta: {
    id: 'kubernetes/delete-resource',
    title: 'Delete Kubernetes workloads or config',
    severity: 'destructive',
    category: 'destructive',
    why: 'Kubernetes will not bring these back: the service goes down, and a deleted secret or custom resource (a database cluster, say) may take data with it.',
    saferAlternative: 'Save it first (kubectl get <kind> <name> -o yaml > backup.yaml), scale to zero instead of deleting, and check the context.',
    messages: {
      resource: '{{tool}} delete {{kind}} {{name}} would remove it for good; Kubernetes does not recreate it.',
      crd: '{{tool}} delete customresourcedefinition {{name}} would delete every resource of that type in the whole cluster.',
    },
  },
  commands: KUBECTL_COMMANDS,
  match(command) {
    const k = readKubectl(command);
    if (!k || k.dryRun || k.verb !== 'delete' || k.all || k.allNamespaces) return null;
    const kind = k.kinds.find((x) => !SELF_HEALING_KINDS.has(x) && !STORAGE_KINDS.has(x) && !NAMESPACE_KINDS.has(x));
    if (!kind) return null;
    const data = { tool: k.tool, kind, name: k.names.join(' ') || '(selected by label)' };
    if (kind === 'customresourcedefinition') return { messageId: 'crd', data, severity: 'catastrophic' };
    return { messageId: 'resource', data };
  },
};
