import { rule } from '../../../../src/core/rules/iac/terraform-taint';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['terraform untaint aws_instance.web', 'terraform plan -replace=aws_instance.web', 'terraform apply'],
  stop: [
    { command: 'terraform taint aws_instance.web', messageId: 'taint' },
    { command: 'terraform apply -replace=aws_db_instance.main', messageId: 'replace' },
    { command: 'terraform apply -replace aws_db_instance.main -auto-approve', messageId: 'replace' },
  ],
});
