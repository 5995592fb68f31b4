// sql/update-without-where: UPDATE with no WHERE (or WHERE 1=1), which overwrites a column in every row.
import type { Rule } from '../types';
import { destructiveOperationsOf, SQL_CLIENT_COMMANDS } from './sql-client-input';

export const rule: Rule = {
  meta: {
    id: 'sql/update-without-where',
    title: 'SQL UPDATE without WHERE',
    severity: 'destructive',
    category: 'destructive',
    why: 'An UPDATE without a WHERE clause overwrites the values in every row; the old values are gone unless you have a backup.',
    saferAlternative: 'Add a WHERE that names the rows, check it with a SELECT first, and wrap it in BEGIN … ROLLBACK to try it.',
    messages: {
      updateAll: '{{client}} would run `{{statement}}`: every row of {{target}} would be overwritten.',
    },
  },
  commands: SQL_CLIENT_COMMANDS,
  match(command) {
    const { client, operations } = destructiveOperationsOf(command);
    const op = operations.find((o) => o.kind === 'update-all');
    if (!op) return null;
    return { messageId: 'updateAll', data: { client, statement: op.statement, target: op.target || 'the table' } };
  },
};
