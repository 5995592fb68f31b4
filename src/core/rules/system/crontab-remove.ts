// system/crontab-remove: `crontab -r` (one letter from `crontab -e`) and `crontab /dev/null`, which delete every
// scheduled job of the user without a copy.
import { hasFlag, operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'system/crontab-remove',
    title: 'Remove the whole crontab',
    severity: 'destructive',
    category: 'destructive',
    why: 'This deletes every scheduled job (backups, renewals, cleanups) at once, and cron keeps no copy.',
    saferAlternative: 'Save it first (crontab -l > crontab.bak), then edit only the lines you mean with crontab -e.',
    messages: {
      remove: 'crontab {{how}} deletes every scheduled job{{user}}.',
    },
  },
  commands: ['crontab'],
  match(command) {
    if (command.name !== 'crontab') return null;
    const user = command.argv.includes('-u') ? ` of ${command.argv[command.argv.indexOf('-u') + 1] ?? 'the user'}` : '';
    if (hasFlag(command.argv, 'r', '--remove')) return { messageId: 'remove', data: { how: '-r', user } };
    if (operands(command.argv, ['-u']).includes('/dev/null')) return { messageId: 'remove', data: { how: '/dev/null', user } };
    return null;
  },
};
