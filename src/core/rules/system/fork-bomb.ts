// system/fork-bomb: calling a shell function that starts copies of itself in the background or through a pipe
// (`:(){ :|:& };:`, `bomb(){ bomb|bomb& }; bomb`). The copies multiply until no process can start and the machine
// hangs. The parser records the functions a line defines (SimpleCommand.calls), so the name does not matter.
import type { SimpleCommand } from '../../shell/types';
import type { Rule } from '../types';

/** How a body command calls its own function so that it forks: in the background, or as a stage of a pipeline. */
function forkingSelfCall(body: readonly SimpleCommand[], name: string): 'background' | 'pipe' | null {
  for (const command of body) {
    if (command.dynamicName || command.argv[0] !== name) continue;
    if (command.background) return 'background';
    if (command.pipedInput || command.pipelineAfter !== undefined) return 'pipe';
  }
  return null;
}

export const rule: Rule = {
  meta: {
    id: 'system/fork-bomb',
    title: 'Fork bomb',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'A function that keeps starting copies of itself multiplies until no new process can start: the machine stops responding and usually needs a hard reboot, losing unsaved work.',
    saferAlternative: 'Do not run it. If you meant a recursive function, give it a stopping condition and call it without & or |; try limits only in a throwaway container with a process cap (ulimit -u 200).',
    messages: {
      forkBomb: 'The function {{name}} starts copies of itself {{how}} and never stops, and this line calls it: a fork bomb that freezes the machine.',
    },
  },
  alsoWhen: { functionCall: true },
  match(command) {
    const called = command.calls;
    if (!called) return null;
    const how = forkingSelfCall(called.body, called.name);
    if (!how) return null;
    return { messageId: 'forkBomb', data: { name: called.name, how: how === 'background' ? 'in the background' : 'through a pipe' } };
  },
};
