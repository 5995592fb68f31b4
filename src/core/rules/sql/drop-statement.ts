// sql/drop-statement: a database client running DROP (DATABASE, SCHEMA, TABLE, …), which deletes the object and its data.
import type { Rule } from '../types';
import { destructiveOperationsOf, SQL_CLIENT_COMMANDS } from './sql-client-input';

export const rule: Rule = {
  meta: {
    id: 'sql/drop-statement',
    title: 'SQL DROP',
    severity: 'destructive',
    category: 'destructive',
    why: 'DROP deletes the object and every row in it at once; only a backup brings it back.',
    saferAlternative: 'Take a dump first (pg_dump / mysqldump -t the table), or rename the object (ALTER TABLE … RENAME TO …_old) and drop it later.',
    messages: {
      dropDatabase: '{{client}} would run `{{statement}}`: the whole {{object}} {{target}} and everything in it would be deleted.',
      drop: '{{client}} would run `{{statement}}`, deleting {{object}} {{target}}.',
    },
  },
  commands: SQL_CLIENT_COMMANDS,
  match(command) {
    const { client, operations } = destructiveOperationsOf(command);
    const op = operations.find((o) => o.kind === 'drop');
    if (!op) return null;
    const data = { client, statement: op.statement, object: op.object.toLowerCase(), target: op.target };
    return { messageId: op.severity === 'catastrophic' ? 'dropDatabase' : 'drop', data, severity: op.severity };
  },
};
