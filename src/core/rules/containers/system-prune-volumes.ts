// containers/system-prune-volumes: `docker system prune --volumes` (with or without `-a`) and `podman system reset`,
// which sweep away volumes along with everything else. Plain `docker system prune` keeps volumes and is not matched.
import { hasFlag } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { CONTAINER_COMMANDS, readContainerCall } from './container-cli';

export const rule: Rule = {
  meta: {
    id: 'containers/system-prune-volumes',
    title: 'Prune everything, volumes included',
    severity: 'destructive',
    category: 'destructive',
    why: 'This deletes every unused volume along with images and containers; a stopped database container\'s data goes with it.',
    saferAlternative: 'Prune without volumes (docker system prune), or list unused volumes (docker volume ls -f dangling=true) and remove only those you know.',
    messages: {
      prune: '{{tool}} system prune --volumes deletes every volume not in use by a running container.',
      reset: '{{tool}} system reset deletes all containers, images and volumes.',
    },
  },
  commands: CONTAINER_COMMANDS,
  match(command): RuleMatch | null {
    const call = readContainerCall(command);
    if (!call || call.compose || call.argv[0] !== 'system') return null;
    if (call.argv[1] === 'prune' && hasFlag(call.argv, '', '--volumes')) return { messageId: 'prune', data: { tool: call.tool } };
    if (call.argv[1] === 'reset') return { messageId: 'reset', data: { tool: call.tool } };
    return null;
  },
};
