// orm/laravel-wipe: Laravel artisan commands that drop every table: migrate:fresh, migrate:reset, migrate:refresh,
// db:wipe; and migrate:rollback (caution).
import { operands } from '../../shell/args';
import type { Rule } from '../types';

const WIPES = new Set(['migrate:fresh', 'migrate:reset', 'migrate:refresh', 'db:wipe']);

export const rule: Rule = {
  meta: {
    id: 'orm/laravel-wipe',
    title: 'Laravel migrate:fresh / db:wipe',
    severity: 'destructive',
    category: 'destructive',
    why: 'These artisan commands drop every table (or roll every migration back), deleting all the rows in them.',
    saferAlternative: 'Check .env (DB_CONNECTION, DB_DATABASE) points at a local database; write a new migration for real data.',
    messages: {
      wipe: 'artisan {{sub}} would drop every table in the configured database.',
      rollback: 'artisan migrate:rollback would undo the last batch of migrations, which can drop tables or columns.',
    },
  },
  commands: ['artisan'],
  match(command) {
    if (command.name !== 'artisan') return null;
    const { argv } = command;
    const sub = operands(argv, ['--database', '--path', '--env', '--step'])[0];
    if (WIPES.has(sub)) return { messageId: 'wipe', data: { sub } };
    if (sub === 'migrate:rollback') return { messageId: 'rollback', severity: 'caution' };
    return null;
  },
};
