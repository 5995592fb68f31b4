import { rule } from '../../../../src/core/rules/system/delete-user';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['useradd -m alice', 'usermod -L alice', 'id alice', 'passwd -l alice', 'echo userdel -r alice'],
  stop: [
    { command: 'userdel -r alice', messageId: 'removeHome', severity: 'destructive' },
    { command: 'sudo userdel --remove alice', messageId: 'removeHome' },
    { command: 'userdel -rf alice', messageId: 'removeHome' },
    { command: 'deluser --remove-home alice', messageId: 'removeHome' },
    { command: 'deluser --remove-all-files bob', messageId: 'removeHome' },
    { command: 'userdel alice', messageId: 'account', severity: 'caution' },
    { command: 'deluser bob', messageId: 'account' },
  ],
});
