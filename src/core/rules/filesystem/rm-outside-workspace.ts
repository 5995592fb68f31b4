// filesystem/rm-outside-workspace: recursive rm of folders outside the workspace (`../other`, `~/Documents`,
// `/srv/app`), where git cannot bring anything back. Temp folders and build/cache folders are left alone.
import type { Rule } from '../types';
import { isDisposable, type PathTarget } from './path-target';
import { recursiveRmTarget, RM_COMMANDS } from './rm-command';

const outsideAndKept = (target: PathTarget): boolean => target.kind === 'outside' && !isDisposable(target);

export const rule: Rule = {
  meta: {
    id: 'filesystem/rm-outside-workspace',
    title: 'Recursive rm outside the workspace',
    severity: 'destructive',
    category: 'destructive',
    why: 'Folders outside this project are not under its git history, so whatever is deleted there is gone for good.',
    saferAlternative: 'Move the folder aside instead (mv ../old ../old.bak) or delete it yourself after checking what is in it.',
    messages: {
      outside: '{{tool}} {{target}} deletes {{path}}, outside this workspace.',
    },
  },
  commands: RM_COMMANDS,
  match(command, context) {
    const target = recursiveRmTarget(command, context, outsideAndKept);
    return target ? { messageId: 'outside', data: { tool: command.name, target: target.word, path: target.absolute ?? target.word } } : null;
  },
};
