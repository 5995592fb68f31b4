// filesystem/shred: overwriting files so they cannot be recovered.
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'filesystem/shred',
    title: 'Shred or wipe files',
    severity: 'destructive',
    category: 'destructive',
    why: 'shred and wipe overwrite file contents so nothing, not even an undelete tool or a snapshot of the disk, can bring them back.',
    saferAlternative: 'Move the files to a dated backup folder (mv file backup/) and delete them later, once you are sure.',
    messages: {
      shred: '{{tool}} overwrites {{target}} beyond recovery.',
    },
  },
  commands: ['shred', 'wipe', 'srm'],
  match(command) {
    if (command.name !== 'shred' && command.name !== 'wipe' && command.name !== 'srm') return null;
    const target = command.argv.slice(1).filter((a) => !a.startsWith('-')).join(' ') || 'the named files';
    return { messageId: 'shred', data: { tool: command.name, target } };
  },
};
