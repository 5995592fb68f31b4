import { rule } from '../../../../src/core/rules/containers/volume-remove';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'docker volume ls',
    'docker volume inspect pgdata',
    'docker volume create pgdata',
    'docker rm web',
    'docker rm -f web',
    'docker container rm web',
    'docker compose down',
    'docker run -v pgdata:/var/lib/postgresql/data postgres',
    'docker image prune -a',
    'docker system prune',
    'podman volume ls',
    'echo docker volume rm pgdata',
  ],
  stop: [
    { command: 'docker volume rm pgdata', messageId: 'remove', severity: 'destructive' },
    { command: 'docker volume rm -f app_db app_redis', messageId: 'remove' },
    { command: 'docker volume remove pgdata', messageId: 'remove' },
    { command: 'docker volume rm $(docker volume ls -q)', messageId: 'remove' },
    { command: 'docker volume prune', messageId: 'prune' },
    { command: 'docker volume prune -af', messageId: 'prune' },
    { command: 'docker --context prod volume rm pgdata', messageId: 'remove' },
    { command: 'docker -H ssh://deploy@db volume rm pgdata', messageId: 'remove' },
    { command: 'podman volume rm --all', messageId: 'remove' },
    { command: 'podman volume prune -f', messageId: 'prune' },
    { command: 'nerdctl volume rm data', messageId: 'remove' },
    { command: 'docker rm -v db', messageId: 'containerVolumes' },
    { command: 'docker rm -fv db', messageId: 'containerVolumes' },
    { command: 'docker container rm --volumes db', messageId: 'containerVolumes' },
    { command: 'sudo docker volume rm pgdata', messageId: 'remove' },
  ],
});
