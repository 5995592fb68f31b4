import { rule } from '../../../../src/core/rules/orm/typeorm-schema-drop';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['npx typeorm migration:run -d src/data-source.ts', 'npx typeorm migration:generate src/migrations/Add', 'npx typeorm schema:log'],
  stop: [
    { command: 'npx typeorm schema:drop -d src/data-source.ts', messageId: 'drop' },
    { command: 'npx typeorm-ts-node-commonjs schema:drop -d src/data-source.ts', messageId: 'drop' },
    { command: 'npx typeorm schema:sync', messageId: 'change', severity: 'caution' },
    { command: 'yarn typeorm migration:revert', messageId: 'change' },
  ],
});
