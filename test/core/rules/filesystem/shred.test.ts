import { rule } from '../../../../src/core/rules/filesystem/shred';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['ls shred', 'echo shred secrets.txt', 'git log --grep shred'],
  stop: [
    { command: 'shred -u secrets.txt', messageId: 'shred' },
    { command: 'sudo shred -n 3 /dev/sda', messageId: 'shred' },
    { command: 'wipe -rf old/', messageId: 'shred' },
  ],
});
