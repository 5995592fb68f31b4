import { rule } from '../../../../src/core/rules/sql/destructive-script';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'psql -c "$(cat queries/report.sql)"',
    'echo "$(cat drop.sql)"',
    'psql -f schema.sql',
    'psql -d app -f migrations/001_create_users.sql',
    'mysql app < seed.sql',
    'psql -f download_stats.sql',
    'cat drop_all.sql',
    'vim reset.sql',
    'mongosh app seed.js',
  ],
  stop: [
    { command: 'psql -c "$(cat drop.sql)"', messageId: 'script' },
    { command: 'psql app -c "$(< db/reset.sql)"', messageId: 'script' },
    { command: 'mysql -e "`cat drop_tables.sql`"', messageId: 'script' },
    { command: 'psql -f drop_all.sql', messageId: 'script' },
    { command: 'psql -d app --file=db/reset.sql', messageId: 'script' },
    { command: 'psql -X -f scripts/wipe-data.sql app', messageId: 'script' },
    { command: 'mysql app < truncate_tables.sql', messageId: 'script' },
    { command: 'cat teardown.sql | psql app', messageId: 'script' },
    { command: "psql app -c '\\i drop_everything.sql'", messageId: 'script' },
    { command: 'sqlite3 app.db ".read nuke.sql"', messageId: 'script' },
    // The script is not read: from memory it may still open a file.
    { command: 'sqlite3 :memory: < reset.sql', messageId: 'script' },
    { command: 'cqlsh -f purge_keyspace.cql', messageId: 'script' },
    { command: 'sqlcmd -S db -i DropTables.sql', messageId: 'script' },
    { command: 'psql -f migrations/0042_down.sql', messageId: 'script' },
    { command: 'mongosh mongodb://localhost/app drop-collections.js', messageId: 'script' },
  ],
});
