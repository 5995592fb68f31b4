// kubernetes/velero-backup-delete: deleting Velero backups or schedules, the way back after a cluster mistake.
import { operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'kubernetes/velero-backup-delete',
    title: 'Delete Velero backups',
    severity: 'destructive',
    category: 'destructive',
    why: 'Velero backups are how a deleted namespace or volume comes back; deleting them (or the schedule that makes them) removes that way back.',
    saferAlternative: 'Let the backup TTL expire them, or delete one named backup after checking a newer one restores.',
    messages: {
      backup: 'velero {{what}} delete {{name}} would delete {{what}}s and the volume snapshots they hold.',
    },
  },
  commands: ['velero'],
  match(command) {
    if (command.name !== 'velero') return null;
    const [what, verb, ...names] = operands(command.argv, ['-n', '--namespace', '--kubecontext', '--selector', '-l']);
    if (!['backup', 'schedule', 'restore', 'backup-location', 'snapshot-location'].includes(what) || verb !== 'delete') return null;
    return { messageId: 'backup', data: { what, name: command.argv.includes('--all') ? '--all' : names.join(' ') } };
  },
};
