// kubernetes/scale-to-zero: `kubectl scale --replicas=0` stops every pod of the workload.
import { flagValue } from '../../shell/args';
import type { Rule } from '../types';
import { KUBECTL_COMMANDS, readKubectl } from './kubectl-command';

export const rule: Rule = {
  meta: {
    id: 'kubernetes/scale-to-zero',
    title: 'kubectl scale --replicas=0',
    severity: 'caution',
    category: 'destructive',
    why: 'Scaling to zero stops every pod of the workload: the service is down until someone scales it back up.',
    saferAlternative: 'Note the current replica count first (kubectl get deploy) so you can restore it, and check the context.',
    messages: {
      zero: '{{tool}} scale {{target}} --replicas=0 would stop every pod of it.',
    },
  },
  commands: KUBECTL_COMMANDS,
  match(command) {
    const k = readKubectl(command);
    if (!k || k.dryRun || k.verb !== 'scale' || flagValue(k.argv, ['--replicas']) !== '0') return null;
    return { messageId: 'zero', data: { tool: k.tool, target: k.words.join(' ') + (k.all ? ' --all' : '') } };
  },
};
