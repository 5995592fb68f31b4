import { rule } from '../../../../src/core/rules/sql/delete-without-where';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'psql -c "DELETE FROM users WHERE id = 1"',
    'psql -c "delete from sessions where expires_at < now()"',
    "mysql -e \"SELECT 'DELETE FROM users'\"",
    'mysql -e "DELETE t1 FROM t1 JOIN t2 ON t1.id = t2.id" app',
    'psql -c "EXPLAIN DELETE FROM users"',
    'git commit -m "DELETE FROM users"',
    'sqlite3 :memory: "CREATE TABLE t (x); DELETE FROM t"',
  ],
  stop: [
    { command: 'psql -c "DELETE FROM users"', messageId: 'deleteAll' },
    { command: 'psql -c "delete from users;"', messageId: 'deleteAll' },
    { command: 'psql -c "DELETE FROM users WHERE 1=1"', messageId: 'deleteAll' },
    { command: 'psql -c "DELETE FROM users WHERE true"', messageId: 'deleteAll' },
    { command: 'mysql app -e "DELETE FROM orders LIMIT 1000"', messageId: 'deleteAll' },
    { command: 'sqlite3 app.db "DELETE FROM events"', messageId: 'deleteAll' },
    { command: 'sqlcmd -Q "DELETE Orders"', messageId: 'deleteAll' },
    { command: 'psql -c "WITH old AS (SELECT 1) DELETE FROM users RETURNING id"', messageId: 'deleteAll' },
  ],
});
