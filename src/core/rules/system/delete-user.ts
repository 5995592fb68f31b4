// system/delete-user: deleting a user account, and with `-r` / `--remove-home` everything in their home folder.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

export const rule: Rule = {
  meta: {
    id: 'system/delete-user',
    title: 'Delete a user account',
    severity: 'destructive',
    category: 'destructive',
    why: 'Deleting an account with its home folder removes that person\'s files, keys and mail for good.',
    saferAlternative: 'Lock the account instead (usermod -L name, or passwd -l name) and archive the home folder before deleting.',
    messages: {
      removeHome: '{{tool}} deletes the account {{user}} and everything in its home folder.',
      account: '{{tool}} deletes the account {{user}}.',
    },
  },
  commands: ['userdel', 'deluser'],
  match(command): RuleMatch | null {
    const argv = command.argv;
    const user = operands(argv, ['--backup-to', '-R', '--root', '-P', '--prefix']).pop() ?? 'the user';
    if (command.name === 'userdel') {
      return hasFlag(argv, 'r', '--remove')
        ? { messageId: 'removeHome', data: { tool: 'userdel', user } }
        : { messageId: 'account', data: { tool: 'userdel', user }, severity: 'caution' };
    }
    if (command.name === 'deluser') {
      return hasFlag(argv, '', '--remove-home', '--remove-all-files')
        ? { messageId: 'removeHome', data: { tool: 'deluser', user } }
        : { messageId: 'account', data: { tool: 'deluser', user }, severity: 'caution' };
    }
    return null;
  },
};
