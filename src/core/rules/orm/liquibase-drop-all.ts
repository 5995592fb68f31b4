// orm/liquibase-drop-all: `liquibase dropAll` / `drop-all` drops every object in the database's schema.
import { operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'orm/liquibase-drop-all',
    title: 'Liquibase dropAll',
    severity: 'destructive',
    category: 'destructive',
    why: 'liquibase dropAll drops every table, view and sequence in the schema, with all their data.',
    saferAlternative: 'Check --url points at a throwaway database; roll back with a tagged rollback instead of dropping everything.',
    messages: {
      dropAll: 'liquibase {{sub}} would drop every object in the configured schema.',
    },
  },
  commands: ['liquibase'],
  match(command) {
    if (command.name !== 'liquibase') return null;
    const { argv } = command;
    const sub = operands(argv).find((w) => /^drop-?all$/i.test(w));
    return sub ? { messageId: 'dropAll', data: { sub } } : null;
  },
};
