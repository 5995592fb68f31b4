import { rule } from '../../../../src/core/rules/orm/sequelize-drop';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['npx sequelize-cli db:migrate', 'npx sequelize db:create', 'npx sequelize-cli db:seed:all', 'npx sequelize-cli model:generate --name User'],
  stop: [
    { command: 'npx sequelize-cli db:drop', messageId: 'drop' },
    { command: 'npx sequelize db:drop --env test', messageId: 'drop' },
    { command: 'npx sequelize-cli db:migrate:undo:all', messageId: 'undoAll' },
    { command: 'yarn sequelize db:seed:undo:all', messageId: 'undoAll' },
    { command: 'npx sequelize-cli db:migrate:undo', messageId: 'undo', severity: 'caution' },
  ],
});
