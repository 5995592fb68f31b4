// sql/alter-table-drop: ALTER TABLE … DROP COLUMN / DROP PARTITION, which deletes the data held in that column or partition.
import type { Rule } from '../types';
import { destructiveOperationsOf, SQL_CLIENT_COMMANDS } from './sql-client-input';

export const rule: Rule = {
  meta: {
    id: 'sql/alter-table-drop',
    title: 'SQL ALTER TABLE … DROP COLUMN',
    severity: 'destructive',
    category: 'destructive',
    why: 'Dropping a column or partition deletes the values stored in it for every row; re-adding it brings back an empty one.',
    saferAlternative: 'Copy the column out first (CREATE TABLE x_col_backup AS SELECT id, col FROM x), or stop using it and drop it in a later, reviewed migration.',
    messages: {
      dropColumn: '{{client}} would run `{{statement}}`, deleting the column {{target}} and its values.',
      dropPartition: '{{client}} would run `{{statement}}`, deleting a partition of {{target}} and its rows.',
    },
  },
  commands: SQL_CLIENT_COMMANDS,
  match(command) {
    const { client, operations } = destructiveOperationsOf(command);
    const op = operations.find((o) => o.kind === 'alter-drop');
    if (!op) return null;
    return { messageId: op.object === 'COLUMN' ? 'dropColumn' : 'dropPartition', data: { client, statement: op.statement, target: op.target } };
  },
};
