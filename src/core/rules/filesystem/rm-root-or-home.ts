// filesystem/rm-root-or-home: rm of the filesystem root, a home folder or a system folder (or everything in them),
// including `rm -rf "$DIR/"*`, which becomes `rm -rf /*` when DIR is empty; agents often run each command in a fresh
// shell where a variable set earlier is gone, so this counts as catastrophic too.
import type { Rule, RuleMatch } from '../types';
import { classifyPathTarget, isMachineWide } from './path-target';
import { readRm, RM_COMMANDS } from './rm-command';

export const rule: Rule = {
  meta: {
    id: 'filesystem/rm-root-or-home',
    title: 'Delete the root, a home or a system folder',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'This wipes the machine or a whole home folder (documents, SSH keys, settings); there is no undo and the machine may not boot.',
    saferAlternative: 'Name the exact folder you mean inside the project (rm -rf ./build), and check variables are set with "${DIR:?}".',
    messages: {
      root: '{{tool}} {{target}} deletes everything on this machine.',
      home: '{{tool}} {{target}} deletes a whole home folder.',
      system: '{{tool}} {{target}} deletes a system folder ({{path}}) the machine needs to run.',
      noPreserveRoot: 'rm --no-preserve-root switches off the check that stops rm from deleting /.',
      emptyVariable: 'If ${{variable}} is empty or unset, {{tool}} {{target}} deletes {{ifEmpty}}.',
    },
  },
  commands: RM_COMMANDS,
  match(command, context) {
    const rm = readRm(command);
    if (!rm) return null;
    let risky: RuleMatch | null = null;
    for (const word of rm.targets) {
      const target = classifyPathTarget(word, context);
      if (isMachineWide(target)) {
        const messageId = target.kind;
        return { messageId, data: { tool: command.name, target: word, path: target.absolute ?? word } };
      }
      if (!risky && target.ifEmpty && isMachineWide(target.ifEmpty)) {
        risky = {
          messageId: 'emptyVariable',
          data: { tool: command.name, target: word, variable: target.variable ?? '', ifEmpty: target.ifEmpty.word },
        };
      }
    }
    if (rm.noPreserveRoot && rm.recursive) return { messageId: 'noPreserveRoot', data: { tool: command.name, target: rm.targets.join(' ') } };
    return risky;
  },
};
