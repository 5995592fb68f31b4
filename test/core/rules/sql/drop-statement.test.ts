import { rule } from '../../../../src/core/rules/sql/drop-statement';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'psql -c "SELECT \'drop table users\'"',
    'psql -c "-- DROP TABLE users\nSELECT 1"',
    'psql -d app -c "SELECT * FROM users"',
    'grep DROP schema.sql',
    'git commit -m "drop table users"',
    'echo "DROP DATABASE app"',
    'mysql -e "SHOW TABLES" app',
    'sqlite3 app.db ".tables"',
    'psql -c "CREATE INDEX idx ON t (c)"',
    'cat drop.sql',
    // An in-memory database holds nothing of the user's and is gone when the client exits.
    "sqlite3 :memory: 'DROP TABLE t'",
    "sqlite3 -cmd 'DROP TABLE t' :memory:",
    'sqlite3 file::memory: "DROP TABLE t"',
    'echo "CREATE TABLE t (x); DROP TABLE t;" | sqlite3',
    'sqlite3 -bail <<EOF\nDROP TABLE t;\nEOF',
    'duckdb -c "DROP TABLE t"',
    'duckdb :memory: -c "DROP TABLE t"',
  ],
  stop: [
    // The parser unwraps package runners, so SQL clients started through them are read too.
    { command: 'npx wrangler d1 execute db --command "DROP TABLE users"', messageId: 'drop' },
    // macOS and Windows run psql for PSQL.
    { command: 'PSQL -c "DROP TABLE users"', messageId: 'drop' },
    { command: 'psql -c "DROP TABLE users"', messageId: 'drop', severity: 'destructive' },
    { command: 'psql --command="drop table users"', messageId: 'drop' },
    { command: 'psql -tAc "DROP TABLE users;"', messageId: 'drop' },
    { command: 'psql -U postgres -d app -c "DROP DATABASE app"', messageId: 'dropDatabase', severity: 'catastrophic' },
    { command: 'psql "$DATABASE_URL" -c "DROP SCHEMA public CASCADE"', messageId: 'dropDatabase', severity: 'catastrophic' },
    { command: 'mysql -uroot -p -e "DROP DATABASE shop"', messageId: 'dropDatabase' },
    { command: 'mysql --execute="DROP TABLE orders" shop', messageId: 'drop' },
    { command: 'mariadb -e"drop table orders" shop', messageId: 'drop' },
    { command: 'sqlite3 db.sqlite "DROP TABLE users"', messageId: 'drop' },
    { command: 'sqlite3 -cmd "DROP TABLE users" db.sqlite', messageId: 'drop' },
    { command: 'duckdb data.duckdb -c "DROP TABLE events"', messageId: 'drop' },
    { command: "sqlite3 app.db 'DROP TABLE users'", messageId: 'drop' },
    // A file named :memory: in the working directory is a real database.
    { command: 'sqlite3 ./:memory: "DROP TABLE users"', messageId: 'drop' },
    // From memory, ATTACH and .open reach a database file.
    { command: "sqlite3 :memory: \"ATTACH 'app.db' AS app; DROP TABLE app.users\"", messageId: 'drop' },
    { command: 'sqlite3 -cmd ".open app.db" :memory: "DROP TABLE users"', messageId: 'drop' },
    { command: "duckdb -c \"ATTACH 'shop.duckdb'; DROP TABLE shop.orders\"", messageId: 'drop' },
    { command: 'clickhouse-client --query "DROP DATABASE analytics"', messageId: 'dropDatabase' },
    { command: 'clickhouse client -q "DROP TABLE hits"', messageId: 'drop' },
    { command: 'cqlsh -e "DROP KEYSPACE shop"', messageId: 'dropDatabase' },
    { command: 'sqlcmd -S localhost -Q "DROP DATABASE Shop"', messageId: 'dropDatabase' },
    { command: 'echo "DROP TABLE users;" | psql app', messageId: 'drop' },
    { command: 'printf "DROP TABLE users;" | mysql shop', messageId: 'drop' },
    { command: 'psql app <<EOF\nDROP TABLE users;\nEOF', messageId: 'drop' },
    { command: 'sudo -u postgres psql -c "DROP DATABASE app"', messageId: 'dropDatabase' },
    { command: 'bash -c \'psql -c "DROP TABLE users"\'', messageId: 'drop' },
    { command: 'wrangler d1 execute prod-db --command "DROP TABLE users"', messageId: 'drop' },
    { command: "bq query --use_legacy_sql=false 'DROP TABLE ds.events'", messageId: 'drop' },
    { command: 'psql -c "DROP INDEX idx_users_email"', messageId: 'drop', severity: 'caution' },
  ],
});
