import { rule } from '../../../../src/core/rules/interpreters/inline-database-drop';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    `python3 -c "print('DROP TABLE users')"`,
    `python3 -c "import sqlite3; c=sqlite3.connect('app.db'); print(c.execute('SELECT count(*) FROM users').fetchone())"`,
    `node -e "db.query('SELECT * FROM users WHERE id = 1')"`,
    `python3 -c "import sqlite3; sqlite3.connect('a.db').execute('DELETE FROM sessions WHERE expires < 1')"`,
    `python3 migrate.py`,
    `node -e "console.log(coll.find({}).count())"`,
    `grep -n "DROP TABLE" schema.sql`,
  ],
  stop: [
    { command: `python3 -c "import sqlite3; sqlite3.connect('app.db').execute('DROP TABLE users')"`, messageId: 'sql', severity: 'destructive' },
    { command: `python3 -c "import psycopg2; c=psycopg2.connect(dsn).cursor(); c.execute('TRUNCATE TABLE orders')"`, messageId: 'sql' },
    { command: `python3 -c "cur.execute('DROP DATABASE production')"`, messageId: 'sql', severity: 'catastrophic' },
    { command: `python3 -c "conn.executescript('DELETE FROM users;')"`, messageId: 'sql' },
    { command: `node -e "const {Client}=require('pg'); const c=new Client(); c.connect().then(()=>c.query('DROP SCHEMA public CASCADE'))"`, messageId: 'sql', severity: 'catastrophic' },
    { command: 'node -e "prisma.$executeRawUnsafe(\'TRUNCATE TABLE \\"User\\" CASCADE\')"', messageId: 'sql' },
    { command: `ruby -e "ActiveRecord::Base.connection.execute('DROP TABLE accounts')"`, messageId: 'sql' },
    { command: `php -r "\\$pdo->exec('DROP TABLE users');"`, messageId: 'sql' },
    { command: `perl -MDBI -e '$dbh->do("DELETE FROM orders")'`, messageId: 'sql' },
    { command: `node -e "client.db('app').dropDatabase()"`, messageId: 'mongo', severity: 'catastrophic' },
    { command: `node -e "db.collection('users').deleteMany({})"`, messageId: 'mongo' },
    { command: `python3 - <<'EOF'\nimport sqlite3\nsqlite3.connect('app.db').execute("DROP TABLE users")\nEOF`, messageId: 'sql' },
  ],
});
