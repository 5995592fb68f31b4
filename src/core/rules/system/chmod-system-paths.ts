// system/chmod-system-paths: recursive chmod/chown/chgrp of the root, a system folder or a home folder
// (`chmod -R 777 /`, `chown -R me /usr`, `chmod -R 700 ~`). Inside the workspace it is not matched.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { classifyPathTarget, isMachineWide } from '../filesystem/path-target';

const TOOLS = new Set(['chmod', 'chown', 'chgrp', 'setfacl', 'chattr']);

export const rule: Rule = {
  meta: {
    id: 'system/chmod-system-paths',
    title: 'Recursive permission change on system folders',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Changing owners or permissions across system folders breaks sudo, SSH and services; putting every file back as it was is practically impossible.',
    saferAlternative: 'Change only the files that need it, inside the project (chmod +x scripts/build.sh).',
    messages: {
      system: '{{tool}} -R changes owner or permissions of everything under {{target}}.',
      home: '{{tool}} -R changes owner or permissions of everything in the home folder {{target}} (SSH keys stop working).',
      root: '{{tool}} changes owner or permissions of {{target}}.',
    },
  },
  commands: [...TOOLS],
  match(command, context): RuleMatch | null {
    if (!TOOLS.has(command.name)) return null;
    const recursive = hasFlag(command.argv, 'R', '--recursive');
    // chmod/chown/chgrp take a mode or owner first (unless --reference gives it); setfacl and chattr take flags for it.
    const modeFirst = (command.name === 'chmod' || command.name === 'chown' || command.name === 'chgrp') && !hasFlag(command.argv, '', '--reference');
    const paths = operands(command.argv, ['-m', '-M', '-x', '-X', '--from']).slice(modeFirst ? 1 : 0);
    for (const word of paths) {
      const target = classifyPathTarget(word, context);
      if (!isMachineWide(target)) continue;
      if (recursive) {
        const messageId = target.kind === 'home' ? 'home' : 'system';
        return { messageId, data: { tool: command.name, target: word }, severity: target.kind === 'home' ? 'destructive' : undefined };
      }
      if (target.kind === 'root' || target.glob) return { messageId: 'root', data: { tool: command.name, target: word } };
    }
    return null;
  },
};
