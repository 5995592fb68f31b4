// sql/drop-database-tool: command-line tools that drop a whole database or a database user without any SQL:
// PostgreSQL's `dropdb` / `dropuser`, `mysqladmin drop <db>`.
import { operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

const PG_VALUE_FLAGS = ['-h', '--host', '-p', '--port', '-U', '--username', '--maintenance-db'];
const MYSQLADMIN_VALUE_FLAGS = ['-h', '--host', '-P', '--port', '-u', '--user', '-S', '--socket', '--defaults-file', '-c', '--count', '-i', '--sleep'];

export const rule: Rule = {
  meta: {
    id: 'sql/drop-database-tool',
    title: 'dropdb / dropuser / mysqladmin drop',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'These tools delete a whole database (every table and row) or a database login in one command; only a backup brings it back.',
    saferAlternative: 'Dump the database first (pg_dump -Fc / mysqldump), and double-check the host and database name you are connected to.',
    messages: {
      dropDatabase: '{{tool}} would delete the database {{target}} and everything in it.',
      dropUser: 'dropuser would delete the database role {{target}}; anything that logs in as it stops working.',
    },
  },
  commands: ['dropdb', 'dropuser', 'mysqladmin'],
  match(command): RuleMatch | null {
    if (command.name === 'dropdb') {
      const target = operands(command.argv, PG_VALUE_FLAGS)[0] ?? 'named by $PGDATABASE';
      return { messageId: 'dropDatabase', data: { tool: 'dropdb', target } };
    }
    if (command.name === 'dropuser') {
      const target = operands(command.argv, PG_VALUE_FLAGS)[0] ?? 'named by $PGUSER';
      return { messageId: 'dropUser', data: { target }, severity: 'destructive' };
    }
    if (command.name === 'mysqladmin') {
      const ops = operands(command.argv, MYSQLADMIN_VALUE_FLAGS);
      const at = ops.findIndex((w) => w.toLowerCase() === 'drop');
      if (at < 0) return null;
      return { messageId: 'dropDatabase', data: { tool: 'mysqladmin drop', target: ops[at + 1] ?? 'named' } };
    }
    return null;
  },
};
