import { rule } from '../../../../src/core/rules/iac/terraform-state-change';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['terraform state list', 'terraform state show aws_instance.web', 'terraform state pull > backup.tfstate', 'terraform state mv a b'],
  stop: [
    { command: 'terraform state rm aws_db_instance.main', messageId: 'rm' },
    { command: 'tofu state rm module.db', messageId: 'rm' },
    { command: 'terraform state push terraform.tfstate', messageId: 'push' },
    { command: 'terraform state push -force old.tfstate', messageId: 'push' },
    { command: 'terraform force-unlock 1234-abcd', messageId: 'unlock', severity: 'caution' },
  ],
});
