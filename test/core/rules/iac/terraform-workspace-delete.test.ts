import { rule } from '../../../../src/core/rules/iac/terraform-workspace-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['terraform workspace list', 'terraform workspace select dev', 'terraform workspace new feature-x', 'terraform workspace show'],
  stop: [
    { command: 'terraform workspace delete feature-x', messageId: 'delete' },
    { command: 'terraform workspace delete -force staging', messageId: 'delete' },
    { command: 'tofu workspace delete old', messageId: 'delete' },
  ],
});
