// containers/compose-down-volumes: `docker compose down -v` / `--volumes` (also docker-compose v1, podman-compose)
// and `compose rm -v`. Plain `docker compose down` keeps named volumes and is not matched.
import { hasFlag } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { CONTAINER_COMMANDS, readContainerCall } from './container-cli';

export const rule: Rule = {
  meta: {
    id: 'containers/compose-down-volumes',
    title: 'compose down with volumes',
    severity: 'destructive',
    category: 'destructive',
    why: 'down -v deletes the project\'s volumes, which is where its databases keep their data; up recreates them empty.',
    saferAlternative: 'Use docker compose down without -v to stop and remove containers but keep the data.',
    messages: {
      down: '{{tool}} down {{flag}} deletes the project\'s volumes and the data in them.',
      rm: '{{tool}} rm -v deletes the anonymous volumes of the removed containers.',
    },
  },
  commands: CONTAINER_COMMANDS,
  match(command): RuleMatch | null {
    const call = readContainerCall(command);
    if (!call || !call.compose) return null;
    const [sub] = call.argv;
    if (sub === 'down' && hasFlag(call.argv, 'v', '--volumes')) {
      return { messageId: 'down', data: { tool: call.tool, flag: hasFlag(call.argv, '', '--volumes') ? '--volumes' : '-v' } };
    }
    if (sub === 'rm' && hasFlag(call.argv, 'v', '--volumes')) return { messageId: 'rm', data: { tool: call.tool } };
    return null;
  },
};
