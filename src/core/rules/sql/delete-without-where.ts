// sql/delete-without-where: DELETE with no WHERE (or WHERE 1=1), which removes every row of the table.
import type { Rule } from '../types';
import { destructiveOperationsOf, SQL_CLIENT_COMMANDS } from './sql-client-input';

export const rule: Rule = {
  meta: {
    id: 'sql/delete-without-where',
    title: 'SQL DELETE without WHERE',
    severity: 'destructive',
    category: 'destructive',
    why: 'A DELETE without a WHERE clause removes every row of the table, not just the ones you had in mind.',
    saferAlternative: 'Add a WHERE that names the rows, run it as SELECT first to see what it hits, and wrap it in BEGIN … ROLLBACK to try it.',
    messages: {
      deleteAll: '{{client}} would run `{{statement}}`: every row of {{target}} would be deleted.',
    },
  },
  commands: SQL_CLIENT_COMMANDS,
  match(command) {
    const { client, operations } = destructiveOperationsOf(command);
    const op = operations.find((o) => o.kind === 'delete-all');
    if (!op) return null;
    return { messageId: 'deleteAll', data: { client, statement: op.statement, target: op.target || 'the table' } };
  },
};
