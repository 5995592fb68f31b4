import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { toolInvocation } from '../../../../src/core/rules/orm/package-runner';
import { parseCommandLine } from '../../../../src/core/shell/parse';

const run = (line: string) => toolInvocation(parseCommandLine(line).commands[0]).argv.join(' ');

describe('package-runner', () => {
  it('unwraps package runners and launchers', () => {
    assert.equal(run('npx -y prisma@5 migrate reset'), 'prisma migrate reset');
    assert.equal(run('npx -p @aws-cdk/cli cdk destroy'), 'cdk destroy');
    assert.equal(run('npx @railway/cli@latest volume delete'), 'railway volume delete');
    assert.equal(run('npm exec -- prisma db push'), 'prisma db push');
    assert.equal(run('pnpm --filter api dlx prisma migrate reset'), 'prisma migrate reset');
    assert.equal(run('pnpm prisma migrate reset'), 'prisma migrate reset');
    assert.equal(run('yarn dlx sequelize-cli db:drop'), 'sequelize-cli db:drop');
    assert.equal(run('bun x drizzle-kit push --force'), 'drizzle-kit push --force');
    assert.equal(run('bundle exec rake db:drop'), 'rake db:drop');
    assert.equal(run('poetry run python manage.py flush'), 'manage.py flush');
    assert.equal(run('python3 -m alembic downgrade base'), 'alembic downgrade base');
    assert.equal(run('php artisan migrate:fresh'), 'artisan migrate:fresh');
    assert.equal(run('dotnet ef database drop'), 'dotnet-ef database drop');
    assert.equal(run('npx dotenv -e .env -- npx prisma migrate reset'), 'prisma migrate reset');
    assert.equal(run('cross-env NODE_ENV=test knex migrate:rollback --all'), 'knex migrate:rollback --all');
    assert.equal(run('heroku run rails db:reset -a api'), 'rails db:reset -a api');
    assert.equal(run('heroku run "rails db:reset" -a api'), 'rails db:reset -a api');
    assert.equal(run('railway run npx prisma migrate reset'), 'prisma migrate reset');
    assert.equal(run('doppler run --config dev -- npx prisma migrate reset'), 'prisma migrate reset');
    assert.equal(run('op run --env-file .env -- terraform destroy'), 'terraform destroy');
  });
  it('leaves package managers\' own commands alone', () => {
    assert.equal(run('pnpm install'), 'pnpm install');
    assert.equal(run('yarn add prisma'), 'yarn add prisma');
    assert.equal(run('npm run db:reset'), 'npm run db:reset');
    assert.equal(run('python -c "print(1)"'), 'python -c print(1)');
  });
});
