import { rule } from '../../../../src/core/rules/containers/system-prune-volumes';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['docker system prune', 'docker system prune -a', 'docker system prune -af', 'docker system df', 'docker builder prune', 'podman system prune', 'docker compose down'],
  stop: [
    { command: 'docker system prune --volumes', messageId: 'prune', severity: 'destructive' },
    { command: 'docker system prune -a --volumes', messageId: 'prune' },
    { command: 'docker system prune -af --volumes', messageId: 'prune' },
    { command: 'docker system prune --all --force --volumes', messageId: 'prune' },
    { command: 'podman system prune --volumes -f', messageId: 'prune' },
    { command: 'podman system reset', messageId: 'reset' },
    { command: 'podman system reset --force', messageId: 'reset' },
  ],
});
