import { rule } from '../../../../src/core/rules/sql/truncate-statement';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'psql -c "SELECT count(*) FROM orders"',
    "psql -c \"SELECT 'truncate table orders'\"",
    'truncate -s 0 app.log',
    'git log --grep truncate',
    'mysql -e "SELECT * FROM truncate_log"',
  ],
  stop: [
    { command: 'psql -c "TRUNCATE orders"', messageId: 'truncate' },
    { command: 'psql -c "truncate table orders, items restart identity cascade"', messageId: 'truncate' },
    { command: 'mysql -e "TRUNCATE TABLE sessions" app', messageId: 'truncate' },
    { command: 'sqlite3 app.db "TRUNCATE users"', messageId: 'truncate' },
    { command: 'cqlsh --execute "TRUNCATE shop.orders"', messageId: 'truncate' },
    { command: 'echo "TRUNCATE users" | psql', messageId: 'truncate' },
  ],
});
