import { rule } from '../../../../src/core/rules/orm/knex-rollback-all';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['npx knex migrate:latest', 'npx knex migrate:make add_users', 'npx knex seed:run', 'npx knex migrate:status'],
  stop: [
    { command: 'npx knex migrate:rollback --all', messageId: 'all' },
    { command: 'knex --knexfile knexfile.js migrate:rollback --all', messageId: 'all' },
    { command: 'npx knex migrate:rollback', messageId: 'one', severity: 'caution' },
    { command: 'npx knex migrate:down', messageId: 'one' },
  ],
});
