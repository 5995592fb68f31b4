// The orm pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as alembicDowngrade } from './alembic-downgrade';
import { rule as djangoFlush } from './django-flush';
import { rule as doctrineDrop } from './doctrine-drop';
import { rule as dotnetEfDrop } from './dotnet-ef-drop';
import { rule as drizzleForce } from './drizzle-force';
import { rule as ectoDrop } from './ecto-drop';
import { rule as flywayClean } from './flyway-clean';
import { rule as knexRollbackAll } from './knex-rollback-all';
import { rule as laravelWipe } from './laravel-wipe';
import { rule as liquibaseDropAll } from './liquibase-drop-all';
import { rule as migrationCliReset } from './migration-cli-reset';
import { rule as prismaReset } from './prisma-reset';
import { rule as railsDbReset } from './rails-db-reset';
import { rule as resetScript } from './reset-script';
import { rule as sequelizeDrop } from './sequelize-drop';
import { rule as supabaseDbReset } from './supabase-db-reset';
import { rule as typeormSchemaDrop } from './typeorm-schema-drop';

export const rules: readonly Rule[] = [
  alembicDowngrade,
  djangoFlush,
  doctrineDrop,
  dotnetEfDrop,
  drizzleForce,
  ectoDrop,
  flywayClean,
  knexRollbackAll,
  laravelWipe,
  liquibaseDropAll,
  migrationCliReset,
  prismaReset,
  railsDbReset,
  resetScript,
  sequelizeDrop,
  supabaseDbReset,
  typeormSchemaDrop,
];
