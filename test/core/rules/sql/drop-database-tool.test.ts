import { rule } from '../../../../src/core/rules/sql/drop-database-tool';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['createdb app_test', 'createuser dev', 'mysqladmin status', 'mysqladmin -u root create shop', 'echo dropdb app', 'mysqladmin flush-privileges'],
  stop: [
    { command: 'dropdb app', messageId: 'dropDatabase', severity: 'catastrophic' },
    { command: 'dropdb -h db.internal -U postgres --if-exists app', messageId: 'dropDatabase' },
    { command: '/usr/lib/postgresql/16/bin/dropdb app', messageId: 'dropDatabase' },
    { command: 'sudo -u postgres dropdb app', messageId: 'dropDatabase' },
    { command: 'dropuser app_rw', messageId: 'dropUser', severity: 'destructive' },
    { command: 'mysqladmin -u root -p drop shop', messageId: 'dropDatabase' },
    { command: 'mysqladmin -f drop shop', messageId: 'dropDatabase' },
  ],
});
