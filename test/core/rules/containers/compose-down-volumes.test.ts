import { rule } from '../../../../src/core/rules/containers/compose-down-volumes';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'docker compose down',
    'docker compose down --remove-orphans',
    'docker compose down --rmi local',
    'docker-compose down',
    'docker compose up -d',
    'docker compose -f docker-compose.prod.yml down',
    'docker compose rm -f',
    'docker-compose -v',
    'docker compose logs -f',
    'echo docker compose down -v',
  ],
  stop: [
    { command: 'docker compose down -v', messageId: 'down', severity: 'destructive' },
    { command: 'docker compose down --volumes', messageId: 'down' },
    { command: 'docker compose down --volumes --remove-orphans', messageId: 'down' },
    { command: 'docker compose down -v --rmi all', messageId: 'down' },
    { command: 'docker-compose down -v', messageId: 'down' },
    { command: 'docker compose -f docker-compose.yml -p shop down -v', messageId: 'down' },
    { command: 'docker-compose --project-name shop down --volumes', messageId: 'down' },
    { command: 'podman-compose down -v', messageId: 'down' },
    { command: 'podman compose down -v', messageId: 'down' },
    { command: 'docker compose rm -fsv', messageId: 'rm' },
    { command: 'sudo docker compose down -v', messageId: 'down' },
    { command: "bash -c 'docker compose down -v && docker compose up -d'", messageId: 'down' },
  ],
});
