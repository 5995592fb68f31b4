import { rule } from '../../../../src/core/rules/orm/prisma-reset';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['npx prisma migrate dev', 'npx prisma generate', 'prisma db push', 'pnpm prisma migrate deploy', 'npx prisma studio', 'echo prisma migrate reset', 'npm install prisma'],
  stop: [
    { command: 'prisma migrate reset', messageId: 'migrateReset' },
    { command: 'npx prisma migrate reset --force', messageId: 'migrateReset' },
    { command: 'npx --yes prisma@5.22.0 migrate reset', messageId: 'migrateReset' },
    { command: 'pnpm prisma migrate reset', messageId: 'migrateReset' },
    { command: 'pnpm dlx prisma migrate reset -f', messageId: 'migrateReset' },
    { command: 'yarn prisma migrate reset', messageId: 'migrateReset' },
    { command: 'bunx prisma migrate reset', messageId: 'migrateReset' },
    { command: 'npm exec -- prisma migrate reset', messageId: 'migrateReset' },
    { command: 'npx dotenv -e .env.test -- prisma migrate reset', messageId: 'migrateReset' },
    { command: './node_modules/.bin/prisma migrate reset --schema prisma/schema.prisma', messageId: 'migrateReset' },
    { command: 'npx prisma db push --force-reset', messageId: 'forceReset' },
    { command: 'npx prisma db push --accept-data-loss', messageId: 'acceptDataLoss' },
    { command: 'DATABASE_URL=postgres://localhost/app npx prisma migrate reset', messageId: 'migrateReset' },
  ],
});
