import { rule } from '../../../../src/core/rules/iac/auto-approve-apply';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['terraform apply', 'terraform apply tfplan', 'terraform plan -out=tfplan', 'pulumi up', 'pulumi preview', 'terraform destroy -auto-approve'],
  stop: [
    { command: 'terraform apply -auto-approve', messageId: 'terraform' },
    { command: 'terraform apply --auto-approve -var-file=dev.tfvars', messageId: 'terraform' },
    { command: 'tofu apply -auto-approve', messageId: 'terraform' },
    { command: 'terragrunt run-all apply -auto-approve', messageId: 'terraform' },
    { command: 'pulumi up --yes', messageId: 'pulumi' },
    { command: 'pulumi up -y -s dev', messageId: 'pulumi' },
    { command: 'pulumi up --skip-preview', messageId: 'pulumi' },
  ],
});
