import { rule } from '../../../../src/core/rules/orm/drizzle-force';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['npx drizzle-kit push', 'npx drizzle-kit generate', 'npx drizzle-kit migrate', 'npx drizzle-kit studio'],
  stop: [
    { command: 'npx drizzle-kit push --force', messageId: 'force' },
    { command: 'pnpm drizzle-kit push --config drizzle.config.ts --force', messageId: 'force' },
    { command: 'bunx drizzle-kit drop', messageId: 'drop', severity: 'caution' },
  ],
});
