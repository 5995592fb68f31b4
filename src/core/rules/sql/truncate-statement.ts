// sql/truncate-statement: a database client running TRUNCATE, which empties tables at once.
import type { Rule } from '../types';
import { destructiveOperationsOf, SQL_CLIENT_COMMANDS } from './sql-client-input';

export const rule: Rule = {
  meta: {
    id: 'sql/truncate-statement',
    title: 'SQL TRUNCATE',
    severity: 'destructive',
    category: 'destructive',
    why: 'TRUNCATE removes every row of the table in one step, without a WHERE and (in most databases) without a way to undo.',
    saferAlternative: 'Copy the rows first (CREATE TABLE x_backup AS SELECT * FROM x), or delete only the rows you mean with a WHERE.',
    messages: {
      truncate: '{{client}} would run `{{statement}}`, emptying {{target}}.',
    },
  },
  commands: SQL_CLIENT_COMMANDS,
  match(command) {
    const { client, operations } = destructiveOperationsOf(command);
    const op = operations.find((o) => o.kind === 'truncate');
    if (!op) return null;
    return { messageId: 'truncate', data: { client, statement: op.statement, target: op.target || 'the table' } };
  },
};
