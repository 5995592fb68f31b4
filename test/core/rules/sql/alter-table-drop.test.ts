import { rule } from '../../../../src/core/rules/sql/alter-table-drop';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'psql -c "ALTER TABLE users ADD COLUMN age int"',
    'psql -c "ALTER TABLE users ALTER COLUMN email DROP NOT NULL"',
    'psql -c "ALTER TABLE users DROP CONSTRAINT users_email_key"',
    'mysql -e "ALTER TABLE users DROP INDEX idx_email" app',
    'psql -c "ALTER TABLE users ALTER COLUMN age DROP DEFAULT"',
  ],
  stop: [
    { command: 'psql -c "ALTER TABLE users DROP COLUMN email"', messageId: 'dropColumn' },
    { command: 'psql -c "alter table if exists public.users drop column if exists email cascade"', messageId: 'dropColumn' },
    { command: 'mysql -e "ALTER TABLE users DROP email" app', messageId: 'dropColumn' },
    { command: 'mysql -e "ALTER TABLE users ADD COLUMN x int, DROP COLUMN y" app', messageId: 'dropColumn' },
    { command: 'clickhouse-client -q "ALTER TABLE hits DROP PARTITION 202401"', messageId: 'dropPartition' },
  ],
});
