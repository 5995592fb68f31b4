import { rule } from '../../../../src/core/rules/orm/doctrine-drop';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['php bin/console doctrine:migrations:migrate', 'php bin/console doctrine:database:drop', 'php bin/console cache:clear', 'php bin/console doctrine:fixtures:load --append'],
  stop: [
    { command: 'php bin/console doctrine:database:drop --force', messageId: 'drop' },
    { command: 'bin/console doctrine:schema:drop --force --full-database', messageId: 'drop' },
    { command: 'php bin/console doctrine:fixtures:load -n', messageId: 'fixtures' },
  ],
});
