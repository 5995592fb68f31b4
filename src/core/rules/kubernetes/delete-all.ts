// kubernetes/delete-all: `kubectl delete … --all`, and across every namespace with `-A` / `--all-namespaces`.
import type { Rule, RuleMatch } from '../types';
import { KUBECTL_COMMANDS, readKubectl, SELF_HEALING_KINDS } from './kubectl-command';

export const rule: Rule = {
  meta: {
    id: 'kubernetes/delete-all',
    title: 'kubectl delete --all',
    severity: 'destructive',
    category: 'destructive',
    why: '--all deletes every resource of that kind in the namespace (with -A, in every namespace), not just the one you meant.',
    saferAlternative: 'List first (kubectl get <kind> -n <ns>), then delete by name or by a narrow label selector.',
    messages: {
      all: '{{tool}} delete {{kinds}} --all would delete every {{kinds}} in {{where}}.',
    },
  },
  commands: KUBECTL_COMMANDS,
  match(command): RuleMatch | null {
    const k = readKubectl(command);
    if (!k || k.dryRun || k.verb !== 'delete' || !(k.all || (k.allNamespaces && k.names.length === 0))) return null;
    const kinds = k.kinds.join(',') || 'resource';
    const data = { tool: k.tool, kinds, where: k.allNamespaces ? 'every namespace of the cluster' : k.namespace ? `namespace ${k.namespace}` : 'the current namespace' };
    if (k.allNamespaces) return { messageId: 'all', data, severity: 'catastrophic' };
    if (k.kinds.length > 0 && k.kinds.every((x) => SELF_HEALING_KINDS.has(x))) return { messageId: 'all', data, severity: 'caution' };
    return { messageId: 'all', data };
  },
};
