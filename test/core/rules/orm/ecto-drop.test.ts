import { rule } from '../../../../src/core/rules/orm/ecto-drop';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['mix ecto.migrate', 'mix ecto.create', 'mix test', 'mix ecto.rollback'],
  stop: [
    { command: 'mix ecto.drop', messageId: 'task' },
    { command: 'MIX_ENV=test mix ecto.reset', messageId: 'task' },
    { command: 'mix ecto.rollback --all', messageId: 'task' },
  ],
});
