import { rule } from '../../../../src/core/rules/sql/update-without-where';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    "psql -c \"UPDATE users SET name = 'x' WHERE id = 1\"",
    'mysql -e "UPDATE orders SET status = 2 WHERE created_at < NOW() - INTERVAL 1 DAY" shop',
    "psql -c \"SELECT 'update users set a = 1'\"",
    'apt-get update',
  ],
  stop: [
    { command: "psql -c \"UPDATE users SET password_hash = ''\"", messageId: 'updateAll' },
    { command: 'mysql -e "update users set active = 0" app', messageId: 'updateAll' },
    { command: 'sqlite3 app.db "UPDATE users SET email = NULL WHERE 1 = 1"', messageId: 'updateAll' },
    { command: 'echo "UPDATE accounts SET balance = 0;" | psql bank', messageId: 'updateAll' },
  ],
});
