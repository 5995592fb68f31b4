import { rule } from '../../../../src/core/rules/filesystem/find-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'find . -name "*.pyc" -delete',
    'find . -name __pycache__ -type d -exec rm -rf {} +',
    'find . -name node_modules -prune -exec rm -rf {} +',
    'find . -name .DS_Store -delete',
    'find ~ -name .DS_Store -delete',
    'find . -type d -empty -delete',
    'find /tmp -mtime +7 -delete',
    'find src -name "*.orig" -delete',
    'find dist -type f -delete',
    'find . -name "*.db"',
    'find . -name "*.log" -print',
    'find / -name "*.conf"',
    'echo find / -delete',
  ],
  stop: [
    { command: 'find / -delete', messageId: 'machineWide', severity: 'catastrophic' },
    { command: 'find ~ -delete', messageId: 'machineWide', severity: 'catastrophic' },
    { command: 'find $HOME -type f -exec rm -f {} \\;', messageId: 'machineWide', severity: 'catastrophic' },
    { command: 'find /etc -name "*.conf" -delete', messageId: 'machineWide', severity: 'destructive' },
    { command: 'find . -delete', messageId: 'everything', severity: 'destructive' },
    { command: 'find -mtime +30 -delete', messageId: 'everything' },
    { command: 'find . -name "*.db" -delete', messageId: 'data' },
    { command: 'find . -name "*.sqlite" -exec rm {} \\;', messageId: 'data' },
    { command: 'find backups -name "*.sql.gz" -mtime +7 -delete', messageId: 'data' },
    { command: 'find . -name .git -type d -exec rm -rf {} +', messageId: 'data' },
    { command: 'find ../other -type f -delete', messageId: 'outside' },
    { command: 'find /srv/uploads -mtime +30 -delete', messageId: 'outside' },
    { command: 'sudo find / -xdev -delete', messageId: 'machineWide' },
  ],
});
