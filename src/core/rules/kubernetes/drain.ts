// kubernetes/drain: `kubectl drain` evicts every pod from a node; with --delete-emptydir-data their scratch data goes too.
import { hasWord } from '../../shell/args';
import type { Rule } from '../types';
import { KUBECTL_COMMANDS, readKubectl } from './kubectl-command';

export const rule: Rule = {
  meta: {
    id: 'kubernetes/drain',
    title: 'kubectl drain',
    severity: 'caution',
    category: 'destructive',
    why: 'Draining evicts every pod from the node; services without spare replicas go down until they are scheduled elsewhere.',
    saferAlternative: 'Cordon first (kubectl cordon), check PodDisruptionBudgets, and drain one node at a time.',
    messages: {
      drain: '{{tool}} drain {{node}} would evict every pod running on it.',
      emptyDir: '{{tool}} drain {{node}} --delete-emptydir-data would evict every pod and delete their emptyDir data.',
    },
  },
  commands: KUBECTL_COMMANDS,
  match(command) {
    const k = readKubectl(command);
    if (!k || k.dryRun || k.verb !== 'drain') return null;
    const data = { tool: k.tool, node: k.words.join(' ') || (k.argv.includes('-l') || k.argv.includes('--selector') ? '(nodes selected by label)' : '') };
    if (hasWord(k.argv, '--delete-emptydir-data', '--delete-local-data')) return { messageId: 'emptyDir', data, severity: 'destructive' };
    return { messageId: 'drain', data };
  },
};
