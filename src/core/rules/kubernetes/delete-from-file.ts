// kubernetes/delete-from-file: `kubectl delete -f manifest.yaml` / `-k overlay/` deletes everything the manifests describe.
import type { Rule } from '../types';
import { KUBECTL_COMMANDS, readKubectl } from './kubectl-command';

export const rule: Rule = {
  meta: {
    id: 'kubernetes/delete-from-file',
    title: 'kubectl delete -f',
    severity: 'destructive',
    category: 'destructive',
    why: 'Every object in the manifests is deleted, which can include namespaces, volume claims and secrets you did not look at.',
    saferAlternative: 'Run it with --dry-run=client -o name first to see the list, and check the context and namespace.',
    messages: {
      file: '{{tool}} delete {{flag}} {{source}} would delete every object those manifests describe.',
    },
  },
  commands: KUBECTL_COMMANDS,
  match(command) {
    const k = readKubectl(command);
    if (!k || k.dryRun || k.verb !== 'delete' || !k.fromFiles) return null;
    const at = k.argv.findIndex((w) => ['-f', '--filename', '-k', '--kustomize'].includes(w));
    const eq = k.argv.find((w) => /^(--filename|--kustomize)=/.test(w) || /^-[fk].+/.test(w));
    const source = at > 0 ? (k.argv[at + 1] ?? '') : eq ? eq.replace(/^(--filename=|--kustomize=|-[fk]=?)/, '') : '';
    const flag = at > 0 ? k.argv[at] : eq?.startsWith('--k') || eq?.startsWith('-k') ? '-k' : '-f';
    return { messageId: 'file', data: { tool: k.tool, flag, source } };
  },
};
