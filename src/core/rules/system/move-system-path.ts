// system/move-system-path: mv of the root, a home folder or a system folder (`mv /usr /usr.bak`, `mv /bin/* x`):
// the programs the shell needs vanish from where it looks, and often no command is left to move them back.
// Config files in /etc (`mv /etc/hosts /etc/hosts.bak`) are not matched.
import { operands } from '../../shell/args';
import type { Rule } from '../types';
import { classifyPathTarget, isMachineWide } from '../filesystem/path-target';

export const rule: Rule = {
  meta: {
    id: 'system/move-system-path',
    title: 'Move a system or home folder',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Moving a system folder takes away the programs and libraries every command needs, often including mv itself, so it cannot be undone from the same shell.',
    saferAlternative: 'Copy what you need out of the folder (cp -a /usr/local/x ~/backup/) and leave the folder in place.',
    messages: {
      move: 'mv {{source}} moves a system or home folder away.',
    },
  },
  commands: ['mv'],
  match(command, context) {
    if (command.name !== 'mv') return null;
    const args = operands(command.argv, ['-t', '--target-directory', '-S', '--suffix']);
    const hasTargetFlag = command.argv.some((a) => a === '-t' || a.startsWith('--target-directory'));
    const sources = hasTargetFlag ? args : args.slice(0, -1);
    for (const word of sources) {
      const target = classifyPathTarget(word, context);
      if (!isMachineWide(target)) continue;
      const inEtcOrDev = /^\/(etc|dev|proc|sys)\/./.test(target.absolute ?? '') && !target.glob;
      if (!inEtcOrDev) return { messageId: 'move', data: { source: word } };
    }
    return null;
  },
};
