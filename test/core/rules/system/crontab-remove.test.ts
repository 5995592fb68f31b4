import { rule } from '../../../../src/core/rules/system/crontab-remove';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['crontab -l', 'crontab -e', 'crontab -l > crontab.bak', 'crontab mycron.txt', 'crontab -l | grep -v backup | crontab -', 'echo crontab -r'],
  stop: [
    { command: 'crontab -r', messageId: 'remove', severity: 'destructive' },
    { command: 'crontab -ir', messageId: 'remove' },
    { command: 'crontab -u www-data -r', messageId: 'remove' },
    { command: 'sudo crontab -r -u root', messageId: 'remove' },
    { command: 'crontab /dev/null', messageId: 'remove' },
  ],
});
