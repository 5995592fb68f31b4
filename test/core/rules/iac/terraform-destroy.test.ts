import { rule } from '../../../../src/core/rules/iac/terraform-destroy';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['terraform plan', 'terraform plan -destroy', 'terraform plan -destroy -out=destroy.tfplan', 'terraform apply', 'tofu init', 'terraform state list', 'echo terraform destroy', 'grep destroy main.tf', 'terragrunt run-all plan'],
  stop: [
    { command: 'terraform destroy', messageId: 'destroy', severity: 'catastrophic' },
    { command: 'terraform destroy -auto-approve', messageId: 'destroy' },
    { command: 'terraform -chdir=infra destroy --auto-approve', messageId: 'destroy' },
    { command: 'terraform apply -destroy', messageId: 'destroy' },
    { command: 'terraform apply --destroy -auto-approve', messageId: 'destroy' },
    { command: 'tofu destroy -var-file prod.tfvars', messageId: 'destroy' },
    { command: 'tflocal destroy', messageId: 'destroy' },
    { command: 'terragrunt destroy', messageId: 'destroy' },
    { command: 'terragrunt run-all destroy', messageId: 'destroyAll' },
    { command: 'terragrunt run --all destroy', messageId: 'destroyAll' },
    { command: 'terraform destroy -target=aws_instance.web', messageId: 'destroyTarget', severity: 'destructive' },
    { command: 'terraform destroy -target aws_instance.web', messageId: 'destroyTarget' },
    { command: 'sudo terraform destroy', messageId: 'destroy' },
    { command: 'bash -c "terraform destroy -auto-approve"', messageId: 'destroy' },
  ],
});
