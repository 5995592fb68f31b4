// orm/drizzle-force: `drizzle-kit push --force` applies schema changes without asking about data loss;
// `drizzle-kit drop` deletes a migration from the project (caution).
import { hasWord, operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'orm/drizzle-force',
    title: 'drizzle-kit push --force',
    severity: 'destructive',
    category: 'destructive',
    why: 'With --force, drizzle-kit push runs statements that drop tables or columns without asking, deleting their data.',
    saferAlternative: 'Run drizzle-kit push without --force and read its data-loss prompt, or generate a migration (drizzle-kit generate) and review it.',
    messages: {
      force: 'drizzle-kit push --force would apply data-losing schema changes without asking.',
      drop: 'drizzle-kit drop would delete a migration file from the project.',
    },
  },
  commands: ['drizzle-kit'],
  match(command) {
    if (command.name !== 'drizzle-kit') return null;
    const { argv } = command;
    const sub = operands(argv, ['--config', '--dialect', '--schema', '--url', '--out'])[0];
    if (sub === 'push' && hasWord(argv, '--force')) return { messageId: 'force' };
    if (sub === 'drop') return { messageId: 'drop', severity: 'caution' };
    return null;
  },
};
