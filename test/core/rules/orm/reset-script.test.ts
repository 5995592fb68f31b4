import { rule } from '../../../../src/core/rules/orm/reset-script';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'npm run build',
    'npm run clean',
    'pnpm db:migrate',
    'yarn db:seed',
    'make clean',
    'make reset',
    'npm run reset-cache',
    'npm install db-reset-helper',
    'pnpm add drizzle-orm',
    'just test',
    'npm run data:export',
  ],
  stop: [
    { command: 'npm run db:reset', messageId: 'script' },
    { command: 'npm run-script db:drop', messageId: 'script' },
    { command: 'pnpm db:reset', messageId: 'script' },
    { command: 'pnpm --filter api run db:wipe', messageId: 'script' },
    { command: 'yarn reset-db', messageId: 'script' },
    { command: 'bun run prisma:reset', messageId: 'script' },
    { command: 'make db-reset', messageId: 'script' },
    { command: 'make -C backend drop-database', messageId: 'script' },
    { command: 'just nuke-db', messageId: 'script' },
    { command: 'task infra:destroy', messageId: 'script' },
    { command: 'mise run db:fresh', messageId: 'script' },
  ],
});
