import { rule } from '../../../../src/core/rules/orm/rails-db-reset';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['rails constructor', 'rails db:migrate', 'bin/rails db:create', 'bundle exec rake db:seed', 'rails s', 'rails db:migrate:status', 'rails generate model User', 'grep db:drop Rakefile'],
  stop: [
    { command: 'cross-env DISABLE_DATABASE_ENVIRONMENT_CHECK=1 rails db:drop', messageId: 'unprotected', severity: 'catastrophic' },
    { command: 'rails db:drop', messageId: 'task', severity: 'destructive' },
    { command: 'bin/rails db:reset', messageId: 'task' },
    { command: './bin/rails db:schema:load', messageId: 'task' },
    { command: 'bundle exec rake db:migrate:reset', messageId: 'task' },
    { command: 'rake db:drop db:create db:migrate', messageId: 'task' },
    { command: 'bundle exec rails db:truncate_all', messageId: 'task' },
    { command: 'rails db:seed:replant', messageId: 'task' },
    { command: 'rails db:drop:all', messageId: 'task', severity: 'catastrophic' },
    { command: 'ruby bin/rails db:purge', messageId: 'task' },
    { command: 'RAILS_ENV=test bin/rails db:reset', messageId: 'task' },
    { command: 'DISABLE_DATABASE_ENVIRONMENT_CHECK=1 rails db:drop', messageId: 'unprotected', severity: 'catastrophic' },
    { command: 'rake db:drop DISABLE_DATABASE_ENVIRONMENT_CHECK=1', messageId: 'unprotected' },
    { command: 'rails db:rollback STEP=3', messageId: 'rollback', severity: 'caution' },
  ],
});
