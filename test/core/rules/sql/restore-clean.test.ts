import { rule } from '../../../../src/core/rules/sql/restore-clean';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['pg_restore -d app_restore dump.pgdump', 'pg_restore -C -d postgres dump.pgdump', 'pg_restore -l dump.pgdump', 'mongorestore --db app dump/', 'pg_dump -c app'],
  stop: [
    { command: 'pg_restore --clean -d app dump.pgdump', messageId: 'pgClean' },
    { command: 'pg_restore -c -d app dump.pgdump', messageId: 'pgClean' },
    { command: 'pg_restore -cC --if-exists -d postgres dump.pgdump', messageId: 'pgClean' },
    { command: 'mongorestore --drop --uri mongodb://localhost/app dump/', messageId: 'mongoDrop' },
  ],
});
