import { rule } from '../../../../src/core/rules/orm/migration-cli-reset';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['migrate -path db/migrations -database postgres://localhost/app up', 'migrate -path db/migrations -database postgres://localhost/app down 1', 'goose up', 'dbmate up', 'sqlx migrate run', 'diesel migration run', 'atlas schema apply'],
  stop: [
    { command: 'migrate -path db/migrations -database postgres://localhost/app drop -f', messageId: 'reset' },
    { command: 'migrate -path db/migrations -database postgres://localhost/app down -all', messageId: 'reset' },
    { command: 'goose postgres "user=postgres dbname=app" reset', messageId: 'reset' },
    { command: 'dbmate drop', messageId: 'reset' },
    { command: 'sqlx database reset -y', messageId: 'reset' },
    { command: 'diesel database reset', messageId: 'reset' },
    { command: 'atlas schema clean -u mysql://root@localhost/app', messageId: 'reset' },
    { command: 'sea-orm-cli migrate fresh', messageId: 'reset' },
  ],
});
