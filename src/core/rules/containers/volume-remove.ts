// containers/volume-remove: deleting container volumes, where databases and uploads live: `docker volume rm|prune`,
// `podman volume rm --all`, and `docker rm -v` (which also deletes the container's anonymous volumes).
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { CONTAINER_COMMANDS, readContainerCall } from './container-cli';

export const rule: Rule = {
  meta: {
    id: 'containers/volume-remove',
    title: 'Delete container volumes',
    severity: 'destructive',
    category: 'destructive',
    why: 'Volumes hold the data containers write (databases, uploads); deleting one deletes that data, and images or compose files cannot recreate it.',
    saferAlternative: 'Back the volume up first (docker run --rm -v NAME:/v -v "$PWD":/b alpine tar czf /b/NAME.tgz -C /v .), then delete it.',
    messages: {
      remove: '{{tool}} volume rm deletes the volume(s) {{volumes}} and the data in them.',
      prune: '{{tool}} volume prune deletes every volume no container uses right now, with the data in them.',
      containerVolumes: '{{tool}} rm -v deletes the containers and their anonymous volumes.',
    },
  },
  commands: CONTAINER_COMMANDS,
  match(command): RuleMatch | null {
    const call = readContainerCall(command);
    if (!call || call.compose) return null;
    const [group, verb] = call.argv;
    if (group === 'volume' && (verb === 'rm' || verb === 'remove')) {
      return { messageId: 'remove', data: { tool: call.tool, volumes: operands(call.argv).slice(2).join(', ') || 'all' } };
    }
    if (group === 'volume' && verb === 'prune') return { messageId: 'prune', data: { tool: call.tool } };
    const removesContainer = group === 'rm' || (group === 'container' && (verb === 'rm' || verb === 'remove'));
    if (removesContainer && hasFlag(call.argv, 'v', '--volumes')) return { messageId: 'containerVolumes', data: { tool: call.tool } };
    return null;
  },
};
