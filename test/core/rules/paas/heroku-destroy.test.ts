import { rule } from '../../../../src/core/rules/paas/heroku-destroy';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['heroku constructor -a api', 'heroku logs --tail -a api', 'heroku pg:backups:capture -a api', 'heroku pg:info', 'heroku config:set A=1', 'heroku apps:info', 'heroku ps:scale web=2'],
  stop: [
    { command: 'heroku apps:destroy -a api --confirm api', messageId: 'app', severity: 'catastrophic' },
    { command: 'heroku apps destroy --app api', messageId: 'app' },
    { command: 'heroku destroy -a api', messageId: 'app' },
    { command: 'heroku pg:reset DATABASE_URL -a api --confirm api', messageId: 'reset', severity: 'catastrophic' },
    { command: 'heroku addons:destroy heroku-postgresql -a api', messageId: 'addon', severity: 'destructive' },
    { command: 'heroku pg:backups:delete b101 -a api', messageId: 'backup' },
    { command: 'heroku pg:backups:restore b101 DATABASE_URL -a api', messageId: 'overwrite' },
    { command: 'heroku pg:copy source::DATABASE_URL DATABASE_URL -a api', messageId: 'overwrite' },
    { command: 'heroku config:unset SECRET_KEY -a api', messageId: 'config', severity: 'caution' },
  ],
});
