import { rule } from '../../../../src/core/rules/system/chmod-system-paths';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'chmod +x scripts/build.sh',
    'chmod -R 755 ./public',
    'chown -R dev:dev .',
    'chown -R $USER node_modules',
    'chmod 600 ~/.ssh/id_ed25519',
    'chmod 700 ~/.ssh',
    'chmod -R 777 /tmp/cache',
    'sudo chown -R www-data /var/www/app',
    'chmod 644 /etc/hosts',
    'echo chmod -R 777 /',
  ],
  stop: [
    { command: 'chmod -R 777 /', messageId: 'system', severity: 'catastrophic' },
    { command: 'sudo chmod -R 777 /', messageId: 'system' },
    { command: 'chmod --recursive 755 /usr', messageId: 'system' },
    { command: 'chown -R dev /usr', messageId: 'system' },
    { command: 'sudo chown -R dev:staff /usr/local', messageId: 'system' },
    { command: 'chgrp -R users /etc', messageId: 'system' },
    { command: 'chmod -R 000 /var/lib', messageId: 'system' },
    { command: 'chown -R --reference=/tmp/x /usr', messageId: 'system' },
    { command: 'chmod -R 777 ~', messageId: 'home', severity: 'destructive' },
    { command: 'chown -R nobody $HOME', messageId: 'home' },
    { command: 'chmod 777 /', messageId: 'root' },
    { command: 'chmod 777 /*', messageId: 'root' },
  ],
});
