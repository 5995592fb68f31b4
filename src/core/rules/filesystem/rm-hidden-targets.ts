// filesystem/rm-hidden-targets: recursive rm run by xargs on paths that cannot be seen in the command: read from a
// file (`xargs rm -rf < list.txt`) or printed by another program (`cat list | xargs rm -rf`). Lists built by
// ls/echo/printf/find are visible and judged by the other rm and find rules instead.
import type { Rule } from '../types';
import { readRm, RM_COMMANDS } from './rm-command';

export const rule: Rule = {
  meta: {
    id: 'filesystem/rm-hidden-targets',
    title: 'Recursive rm of paths read from elsewhere',
    severity: 'destructive',
    category: 'destructive',
    why: 'The folders this deletes come from a file or another program, so nobody can check them before they are gone.',
    saferAlternative: 'Print the list first (cat list.txt), then delete the paths by name, or move them to a backup folder.',
    messages: {
      hidden: 'rm -r deletes whatever paths {{source}} lists, recursively, without showing them.',
    },
  },
  commands: RM_COMMANDS,
  match(command) {
    const rm = readRm(command);
    if (!rm || !rm.recursive || !rm.hiddenTargets) return null;
    const feeder = command.pipelineBefore[command.pipelineBefore.length - 1];
    const file = command.redirects.find((r) => r.op === '<')?.target;
    const source = feeder ? feeder.argv.join(' ') : file ?? 'its input';
    return { messageId: 'hidden', data: { source } };
  },
};
