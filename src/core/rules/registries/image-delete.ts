// registries/image-delete: deleting container images or tags from a registry (`skopeo delete`, `crane delete`,
// `regctl tag delete`, `regctl manifest delete`, `oras manifest delete`). Deployments that pull them stop starting.
import { operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'registries/image-delete',
    title: 'Delete an image from a registry',
    severity: 'destructive',
    category: 'destructive',
    why: 'Servers and clusters that pull this image or tag can no longer start new copies, and a deleted digest cannot be pushed back byte-for-byte from elsewhere unless someone kept it.',
    saferAlternative: 'Retag instead of deleting, or let the registry\'s retention policy remove old images.',
    messages: {
      delete: '{{tool}} deletes {{image}} from the registry.',
    },
  },
  commands: ['skopeo', 'crane', 'gcrane', 'regctl', 'oras'],
  match(command) {
    const words = operands(command.argv);
    const image = (at: number) => words[at] ?? 'an image';
    if ((command.name === 'skopeo' || command.name === 'crane' || command.name === 'gcrane') && words[0] === 'delete') {
      return { messageId: 'delete', data: { tool: `${command.name} delete`, image: image(1) } };
    }
    if ((command.name === 'regctl' || command.name === 'oras') && (words[0] === 'tag' || words[0] === 'manifest' || words[0] === 'blob') && (words[1] === 'delete' || words[1] === 'rm')) {
      return { messageId: 'delete', data: { tool: `${command.name} ${words[0]} ${words[1]}`, image: image(2) } };
    }
    return null;
  },
};
