// kubernetes/helm-uninstall: `helm uninstall` (aliases delete, del, un) and `helmfile destroy` remove a release's resources.
import { operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

const VALUE_FLAGS = ['-n', '--namespace', '--kube-context', '--kubeconfig', '--timeout', '--description', '--cascade', '-f', '--file', '-e', '--environment', '-l', '--selector'];

export const rule: Rule = {
  meta: {
    id: 'kubernetes/helm-uninstall',
    title: 'helm uninstall',
    severity: 'destructive',
    category: 'destructive',
    why: 'Uninstalling a release deletes every resource of its chart; charts that own volume claims or databases take the data with them.',
    saferAlternative: 'Check the release and namespace (helm list -n …) and its persistence settings; use --keep-history, and back up volumes first.',
    messages: {
      uninstall: 'helm {{sub}} {{release}} would delete every resource of that release.',
      helmfile: 'helmfile {{sub}} would delete every release in the helmfile.',
    },
  },
  commands: ['helm', 'helmfile'],
  match(command): RuleMatch | null {
    const words = operands(command.argv, VALUE_FLAGS);
    if (command.name === 'helm' && ['uninstall', 'delete', 'del', 'un'].includes(words[0])) {
      if (command.argv.includes('--dry-run')) return null;
      return { messageId: 'uninstall', data: { sub: words[0], release: words.slice(1).join(' ') } };
    }
    if (command.name === 'helmfile' && (words[0] === 'destroy' || words[0] === 'delete')) return { messageId: 'helmfile', data: { sub: words[0] } };
    return null;
  },
};
