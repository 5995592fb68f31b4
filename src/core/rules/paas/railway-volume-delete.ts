// paas/railway-volume-delete: `railway volume delete` deletes a Railway volume, and with it the data and its backups.
import { operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'paas/railway-volume-delete',
    title: 'Delete a Railway volume',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Deleting a Railway volume deletes the data on it and the backups Railway kept of it; nothing can restore it afterwards.',
    saferAlternative: 'Take a backup you keep yourself first (pg_dump through railway connect), check the linked project and environment (railway status), and delete from the dashboard.',
    messages: {
      volume: 'railway volume {{verb}} would delete the volume {{volume}}, its data and its backups.',
    },
  },
  commands: ['railway'],
  match(command) {
    if (command.name !== 'railway') return null;
    const { argv } = command;
    const words = operands(argv, ['-v', '--volume', '-s', '--service', '-e', '--environment']);
    if (words[0] !== 'volume' && words[0] !== 'volumes') return null;
    if (!['delete', 'rm', 'remove'].includes(words[1])) return null;
    const at = argv.findIndex((w) => w === '-v' || w === '--volume');
    return { messageId: 'volume', data: { verb: words[1], volume: at > 0 ? (argv[at + 1] ?? '') : (words[2] ?? 'chosen') } };
  },
};
