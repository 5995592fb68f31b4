import { rule } from '../../../../src/core/rules/filesystem/clobber-data-file';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'pg_dump mydb > backup.sql',
    'mysqldump -u root shop > dump.sql',
    'sqlite3 app.db .dump > dump.sql',
    'echo "select 1" >> queries.sql',
    'echo hello > notes.txt',
    ': > app.log',
    '> /tmp/test.db',
    'cat schema.sql > combined.sql',
    'sqlite3 app.db < schema.sql',
    'cp /dev/null app.log',
    'dd if=/dev/zero of=disk.img bs=1M count=10',
    'tee -a app.db',
    'echo > /dev/null',
    'cp app.db app.db.bak',
  ],
  stop: [
    { command: '> app.db', messageId: 'redirect', severity: 'destructive' },
    { command: ': > data/app.sqlite', messageId: 'redirect' },
    { command: 'true > prod.db', messageId: 'redirect' },
    { command: 'echo > backup.sql', messageId: 'redirect' },
    { command: 'echo -n > dump.sql.gz', messageId: 'redirect' },
    { command: 'cat /dev/null > dump.sql', messageId: 'redirect' },
    { command: 'printf "" > db.sqlite3', messageId: 'redirect' },
    { command: 'echo "[]" > app.db', messageId: 'redirect' },
    { command: 'curl https://example.com/x > app.db', messageId: 'redirect' },
    { command: 'echo > app.db-wal', messageId: 'redirect' },
    { command: ': >| app.db', messageId: 'redirect' },
    { command: 'cp /dev/null app.db', messageId: 'emptyCopy' },
    { command: 'cp /dev/null backups/latest.sql', messageId: 'emptyCopy' },
    { command: 'dd if=/dev/zero of=app.sqlite bs=1M count=1', messageId: 'emptyCopy' },
    { command: 'echo x | tee app.db', messageId: 'tee' },
    { command: "bash -c ': > app.db'", messageId: 'redirect' },
  ],
});
