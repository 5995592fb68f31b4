// Package runners and project launchers: the tool they start is emitted as a command of its own (the runner is kept),
// with the runner recorded in `via`, and a package spec renamed to the command it installs.
import { describe } from 'node:test';
import { runCases, type ParseCase } from './cases';

const packageRunners: ParseCase[] = [
  {
    line: 'npx -y prisma@5 migrate reset',
    commands: [{ argv: ['npx', '-y', 'prisma@5', 'migrate', 'reset'] }, { argv: ['prisma', 'migrate', 'reset'], via: ['npx'], text: 'prisma@5 migrate reset' }],
  },
  { line: 'npx prisma migrate reset', commands: [{ argv: ['npx', 'prisma', 'migrate', 'reset'] }, { argv: ['prisma', 'migrate', 'reset'], via: ['npx'] }] },
  { line: 'npx -p @aws-cdk/cli cdk destroy', commands: [{ argv: ['npx', '-p', '@aws-cdk/cli', 'cdk', 'destroy'] }, { argv: ['cdk', 'destroy'], via: ['npx'] }] },
  { line: 'npx @railway/cli@latest volume delete', commands: [{ argv: ['npx', '@railway/cli@latest', 'volume', 'delete'] }, { argv: ['railway', 'volume', 'delete'], via: ['npx'] }] },
  { line: 'bunx netlify-cli sites:delete x', commands: [{ argv: ['bunx', 'netlify-cli', 'sites:delete', 'x'] }, { argv: ['netlify', 'sites:delete', 'x'], via: ['bunx'] }] },
  { line: 'uvx --from alembic alembic downgrade base', commands: [{ argv: ['uvx', '--from', 'alembic', 'alembic', 'downgrade', 'base'] }, { argv: ['alembic', 'downgrade', 'base'], via: ['uvx'] }] },
  { line: 'npm exec -- prisma db push', commands: [{ argv: ['npm', 'exec', '--', 'prisma', 'db', 'push'] }, { argv: ['prisma', 'db', 'push'], via: ['npm exec'] }] },
  { line: 'npm x -w api knex migrate:rollback', commands: [{ argv: ['npm', 'x', '-w', 'api', 'knex', 'migrate:rollback'] }, { argv: ['knex', 'migrate:rollback'], via: ['npm x'] }] },
  {
    line: 'pnpm --filter api dlx prisma migrate reset',
    commands: [{ argv: ['pnpm', '--filter', 'api', 'dlx', 'prisma', 'migrate', 'reset'] }, { argv: ['prisma', 'migrate', 'reset'], via: ['pnpm dlx'] }],
  },
  { line: 'pnpm prisma migrate reset', commands: [{ argv: ['pnpm', 'prisma', 'migrate', 'reset'] }, { argv: ['prisma', 'migrate', 'reset'], via: ['pnpm'] }] },
  { line: 'yarn dlx sequelize-cli db:drop', commands: [{ argv: ['yarn', 'dlx', 'sequelize-cli', 'db:drop'] }, { argv: ['sequelize-cli', 'db:drop'], via: ['yarn dlx'] }] },
  { line: 'bun x drizzle-kit push --force', commands: [{ argv: ['bun', 'x', 'drizzle-kit', 'push', '--force'] }, { argv: ['drizzle-kit', 'push', '--force'], via: ['bun x'] }] },
  { line: 'bun run db:reset', commands: [{ argv: ['bun', 'run', 'db:reset'] }, { argv: ['db:reset'], via: ['bun run'] }] },
];

const launchers: ParseCase[] = [
  { line: 'bundle exec rake db:drop', commands: [{ argv: ['bundle', 'exec', 'rake', 'db:drop'] }, { argv: ['rake', 'db:drop'], via: ['bundle exec'] }] },
  {
    line: 'poetry run python manage.py flush',
    commands: [
      { argv: ['poetry', 'run', 'python', 'manage.py', 'flush'] },
      { argv: ['python', 'manage.py', 'flush'], via: ['poetry run'] },
      { argv: ['manage.py', 'flush'], via: ['poetry run', 'python'] },
    ],
  },
  { line: 'uv run --with psycopg alembic downgrade -1', commands: [{ argv: ['uv', 'run', '--with', 'psycopg', 'alembic', 'downgrade', '-1'] }, { argv: ['alembic', 'downgrade', '-1'], via: ['uv run'] }] },
  { line: 'pipx run --spec x cdk destroy', commands: [{ argv: ['pipx', 'run', '--spec', 'x', 'cdk', 'destroy'] }, { argv: ['cdk', 'destroy'], via: ['pipx run'] }] },
  { line: 'python3 -m alembic downgrade base', commands: [{ argv: ['python3', '-m', 'alembic', 'downgrade', 'base'] }, { argv: ['alembic', 'downgrade', 'base'], via: ['python3 -m'] }] },
  { line: 'python -m django flush', commands: [{ argv: ['python', '-m', 'django', 'flush'] }, { argv: ['django-admin', 'flush'], via: ['python -m'] }] },
  { line: './manage.py flush', commands: [{ argv: ['./manage.py', 'flush'] }] },
  { line: 'php artisan migrate:fresh', commands: [{ argv: ['php', 'artisan', 'migrate:fresh'] }, { argv: ['artisan', 'migrate:fresh'], via: ['php'] }] },
  { line: 'ruby bin/rails db:reset', commands: [{ argv: ['ruby', 'bin/rails', 'db:reset'] }, { argv: ['bin/rails', 'db:reset'], via: ['ruby'] }] },
  { line: 'node node_modules/.bin/prisma migrate reset', commands: [{ argv: ['node', 'node_modules/.bin/prisma', 'migrate', 'reset'] }, { argv: ['node_modules/.bin/prisma', 'migrate', 'reset'], via: ['node'] }] },
  { line: 'dotnet ef database drop', commands: [{ argv: ['dotnet', 'ef', 'database', 'drop'] }, { argv: ['dotnet-ef', 'database', 'drop'], via: ['dotnet ef'], text: 'ef database drop' }] },
  {
    line: 'npx dotenv -e .env -- npx prisma migrate reset',
    commands: [
      { argv: ['npx', 'dotenv', '-e', '.env', '--', 'npx', 'prisma', 'migrate', 'reset'] },
      { argv: ['dotenv', '-e', '.env', '--', 'npx', 'prisma', 'migrate', 'reset'], via: ['npx'] },
      { argv: ['npx', 'prisma', 'migrate', 'reset'], via: ['npx', 'dotenv'] },
      { argv: ['prisma', 'migrate', 'reset'], via: ['npx', 'dotenv', 'npx'] },
    ],
  },
  {
    line: 'cross-env NODE_ENV=test knex migrate:rollback --all',
    commands: [{ argv: ['cross-env', 'NODE_ENV=test', 'knex', 'migrate:rollback', '--all'] }, { argv: ['knex', 'migrate:rollback', '--all'], via: ['cross-env'], assignments: { NODE_ENV: 'test' } }],
  },
];

const remoteAndSecretRunners: ParseCase[] = [
  { line: 'heroku run rails db:reset -a api', commands: [{ argv: ['heroku', 'run', 'rails', 'db:reset', '-a', 'api'] }, { argv: ['rails', 'db:reset', '-a', 'api'], via: ['heroku run'] }] },
  {
    line: 'heroku run "rails db:reset && rm -rf tmp" -a api',
    commands: [
      { argv: ['heroku', 'run', 'rails db:reset && rm -rf tmp', '-a', 'api'] },
      { argv: ['rails', 'db:reset'], via: ['heroku run'] },
      { argv: ['rm', '-rf', 'tmp', '-a', 'api'], via: ['heroku run'] },
    ],
  },
  {
    line: 'railway run npx prisma migrate reset',
    commands: [
      { argv: ['railway', 'run', 'npx', 'prisma', 'migrate', 'reset'] },
      { argv: ['npx', 'prisma', 'migrate', 'reset'], via: ['railway run'] },
      { argv: ['prisma', 'migrate', 'reset'], via: ['railway run', 'npx'] },
    ],
  },
  {
    line: 'doppler run --config dev -- prisma migrate reset',
    commands: [{ argv: ['doppler', 'run', '--config', 'dev', '--', 'prisma', 'migrate', 'reset'] }, { argv: ['prisma', 'migrate', 'reset'], via: ['doppler run'] }],
  },
  { line: 'op run --env-file .env -- terraform destroy', commands: [{ argv: ['op', 'run', '--env-file', '.env', '--', 'terraform', 'destroy'] }, { argv: ['terraform', 'destroy'], via: ['op run'] }] },
];

const notRunners: ParseCase[] = [
  { line: 'pnpm install', commands: [{ argv: ['pnpm', 'install'] }] },
  { line: 'yarn add prisma', commands: [{ argv: ['yarn', 'add', 'prisma'] }] },
  { line: 'npm run db:reset', commands: [{ argv: ['npm', 'run', 'db:reset'] }] },
  { line: 'npx', commands: [{ argv: ['npx'] }] },
  { line: 'python -c "print(1)"', commands: [{ argv: ['python', '-c', 'print(1)'] }] },
  { line: 'bun -e "console.log(1)"', commands: [{ argv: ['bun', '-e', 'console.log(1)'] }] },
  { line: 'heroku logs --tail -a api', commands: [{ argv: ['heroku', 'logs', '--tail', '-a', 'api'] }] },
  { line: 'op read op://vault/db/password', commands: [{ argv: ['op', 'read', 'op://vault/db/password'] }] },
  { line: 'dotnet build', commands: [{ argv: ['dotnet', 'build'] }] },
];

describe('shell parser: package runners', () => runCases(packageRunners));
describe('shell parser: project launchers', () => runCases(launchers));
describe('shell parser: remote and secret-injecting runners', () => runCases(remoteAndSecretRunners));
describe('shell parser: package managers\' own commands', () => runCases(notRunners));
