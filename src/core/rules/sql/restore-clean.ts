// sql/restore-clean: restores that first drop what is there: `pg_restore --clean` / `-c`, `mongorestore --drop`.
import { hasFlag } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'sql/restore-clean',
    title: 'Restore that drops existing data',
    severity: 'destructive',
    category: 'destructive',
    why: 'This restore drops the existing tables or collections before loading the dump, so whatever the target held that the dump lacks is lost.',
    saferAlternative: 'Restore into a new, empty database first (createdb x_restore; pg_restore -d x_restore …), check it, then switch over.',
    messages: {
      pgClean: 'pg_restore --clean would drop the existing objects in the target database before restoring the dump.',
      mongoDrop: 'mongorestore --drop would drop each existing collection before restoring the dump.',
    },
  },
  commands: ['pg_restore', 'mongorestore'],
  match(command) {
    if (command.name === 'pg_restore' && hasFlag(command.argv, 'c', '--clean')) return { messageId: 'pgClean' };
    if (command.name === 'mongorestore' && hasFlag(command.argv, '', '--drop')) return { messageId: 'mongoDrop' };
    return null;
  },
};
