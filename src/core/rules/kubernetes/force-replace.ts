// kubernetes/force-replace: `kubectl replace --force` (delete then recreate), `kubectl apply --prune` (deletes objects
// missing from the manifests) and `kubectl apply --force`.
import { hasWord } from '../../shell/args';
import type { Rule } from '../types';
import { KUBECTL_COMMANDS, readKubectl } from './kubectl-command';

export const rule: Rule = {
  meta: {
    id: 'kubernetes/force-replace',
    title: 'kubectl replace --force / apply --prune',
    severity: 'destructive',
    category: 'destructive',
    why: 'These delete live objects: --force deletes and recreates them (downtime, lost volumes on a StatefulSet), --prune deletes whatever the manifests leave out.',
    saferAlternative: 'Run kubectl diff -f … first; apply without --force/--prune and delete leftovers by name.',
    messages: {
      replace: '{{tool}} replace --force would delete the objects and create them again.',
      applyForce: '{{tool}} apply --force would delete and recreate objects it cannot patch.',
      prune: '{{tool}} apply --prune would delete every matching object that the manifests do not list.',
    },
  },
  commands: KUBECTL_COMMANDS,
  match(command) {
    const k = readKubectl(command);
    if (!k || k.dryRun) return null;
    if (k.verb === 'replace' && hasWord(k.argv, '--force')) return { messageId: 'replace', data: { tool: k.tool } };
    if (k.verb === 'apply' && hasWord(k.argv, '--prune')) return { messageId: 'prune', data: { tool: k.tool } };
    if (k.verb === 'apply' && hasWord(k.argv, '--force')) return { messageId: 'applyForce', data: { tool: k.tool } };
    return null;
  },
};
