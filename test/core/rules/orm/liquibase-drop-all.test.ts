import { rule } from '../../../../src/core/rules/orm/liquibase-drop-all';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['liquibase update', 'liquibase status', 'liquibase rollback-count 1', 'liquibase --changelog-file=db.xml validate'],
  stop: [
    { command: 'liquibase dropAll', messageId: 'dropAll' },
    { command: 'liquibase --url=jdbc:postgresql://localhost/app drop-all', messageId: 'dropAll' },
  ],
});
