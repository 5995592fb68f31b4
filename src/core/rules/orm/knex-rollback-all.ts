// orm/knex-rollback-all: `knex migrate:rollback --all` undoes every migration; a plain rollback or migrate:down is caution.
import { hasWord, operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'orm/knex-rollback-all',
    title: 'Knex rollback of every migration',
    severity: 'destructive',
    category: 'destructive',
    why: 'Rolling back every migration runs each down() step, which drops the tables they created and the rows in them.',
    saferAlternative: 'Roll back one batch at a time (knex migrate:rollback) against a local database, after a dump.',
    messages: {
      all: 'knex migrate:rollback --all would undo every migration, dropping their tables.',
      one: 'knex {{sub}} would undo migrations, which can drop tables or columns.',
    },
  },
  commands: ['knex'],
  match(command) {
    if (command.name !== 'knex') return null;
    const { argv } = command;
    const sub = operands(argv, ['--knexfile', '--env', '--cwd', '--migrations-directory'])[0];
    if (sub === 'migrate:rollback' && hasWord(argv, '--all')) return { messageId: 'all' };
    if (sub === 'migrate:rollback' || sub === 'migrate:down') return { messageId: 'one', data: { sub }, severity: 'caution' };
    return null;
  },
};
