import { rule } from '../../../../src/core/rules/filesystem/rsync-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'rsync -av src/ dest/',
    'rsync -avn --delete dist/ server:/var/www/',
    'rsync --dry-run --delete dist/ /srv/www/',
    'rsync -av --exclude node_modules ./ backup/',
    'echo rsync --delete',
    'rsync -av -e "ssh -p 2222" dist/ host:/srv/app/',
  ],
  stop: [
    { command: 'rsync -av --delete dist/ server:/var/www/', messageId: 'delete', severity: 'destructive' },
    { command: 'rsync -a --delete-after build/ /srv/www/', messageId: 'delete' },
    { command: 'rsync -a --delete-before a/ b/', messageId: 'delete' },
    { command: 'rsync -a --delete-excluded a/ b/', messageId: 'delete' },
    { command: 'rsync -a --del a/ b/', messageId: 'delete' },
    { command: 'rsync -av --remove-source-files uploads/ archive/', messageId: 'removeSource' },
    { command: 'rsync -a --delete empty/ ~/', messageId: 'machineWide', severity: 'catastrophic' },
    { command: 'rsync -a --delete /tmp/empty/ /', messageId: 'machineWide', severity: 'catastrophic' },
    { command: 'sudo rsync -a \u2013\u2013delete a/ /srv/b/', messageId: 'delete' },
  ],
});
