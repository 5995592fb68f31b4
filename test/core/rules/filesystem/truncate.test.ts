import { rule } from '../../../../src/core/rules/filesystem/truncate';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'truncate -s 0 app.log',
    'truncate -s 0 /var/log/syslog',
    'truncate -s 0 logs/server.txt',
    'truncate -s 0 /tmp/out.txt',
    'truncate -s 10G disk.img',
    'truncate -s +1M file.bin',
    'truncate --size=1G swapfile',
    'echo truncate -s 0 app.db',
    'grep truncate notes.md',
  ],
  stop: [
    { command: 'truncate -s 0 app.db', messageId: 'dataFile', severity: 'destructive' },
    { command: 'truncate --size=0 backup.sql', messageId: 'dataFile' },
    { command: 'truncate --size 0 data/users.sqlite', messageId: 'dataFile' },
    { command: 'truncate -s0 prod.db', messageId: 'dataFile' },
    { command: 'truncate -s 0K notes.txt', messageId: 'file' },
    { command: 'truncate -s -100M archive.bin', messageId: 'file' },
    { command: 'truncate -c -s 0 config.yaml', messageId: 'file' },
    { command: 'sudo truncate -s 0 /srv/app.db', messageId: 'dataFile' },
  ],
});
