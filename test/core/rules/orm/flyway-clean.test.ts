import { rule } from '../../../../src/core/rules/orm/flyway-clean';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['flyway migrate', 'flyway info', 'flyway validate', 'flyway -url=jdbc:postgresql://localhost/app repair'],
  stop: [
    { command: 'flyway clean', messageId: 'clean' },
    { command: 'flyway -url=jdbc:postgresql://localhost/app -cleanDisabled=false clean', messageId: 'clean' },
    { command: 'docker run --rm flyway/flyway clean', messageId: 'clean' },
  ],
});
