// orm/prisma-reset: Prisma commands that drop the database or accept losing data:
// `prisma migrate reset`, `prisma db push --force-reset`, `prisma db push --accept-data-loss` (also through npx & co).
import { hasWord, subcommandIs } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'orm/prisma-reset',
    title: 'Prisma reset or data-loss push',
    severity: 'destructive',
    category: 'destructive',
    why: 'Prisma drops and recreates the database (or the changed tables) here, so every row in it is deleted.',
    saferAlternative: 'Check DATABASE_URL points at a throwaway database; for real data write a migration (prisma migrate dev --create-only) and review it.',
    messages: {
      migrateReset: 'prisma migrate reset drops the database in DATABASE_URL and recreates it empty.',
      forceReset: 'prisma db push --force-reset drops the database in DATABASE_URL before pushing the schema.',
      acceptDataLoss: 'prisma db push --accept-data-loss applies schema changes that delete columns or tables with their data.',
    },
  },
  commands: ['prisma'],
  match(command) {
    if (command.name !== 'prisma') return null;
    const { argv } = command;
    if (subcommandIs(argv, ['migrate', 'reset'], ['--schema'])) return { messageId: 'migrateReset' };
    if (subcommandIs(argv, ['db', 'push'], ['--schema'])) {
      if (hasWord(argv, '--force-reset')) return { messageId: 'forceReset' };
      if (hasWord(argv, '--accept-data-loss')) return { messageId: 'acceptDataLoss' };
    }
    return null;
  },
};
