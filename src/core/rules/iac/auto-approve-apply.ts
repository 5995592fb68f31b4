// iac/auto-approve-apply: applying infrastructure changes without the tool's own review step:
// `terraform apply -auto-approve` (tofu, terragrunt), `pulumi up --yes` / `--skip-preview`.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { readTerraform, TERRAFORM_COMMANDS } from './terraform-command';

export const rule: Rule = {
  meta: {
    id: 'iac/auto-approve-apply',
    title: 'Apply without review (-auto-approve)',
    severity: 'caution',
    category: 'destructive',
    why: 'The plan is applied without anyone reading it; if it replaces or deletes a resource, its data goes with it.',
    saferAlternative: 'Run terraform plan -out=tfplan (or pulumi preview), read it, then apply that plan.',
    messages: {
      terraform: '{{tool}} apply -auto-approve would change real infrastructure without showing the plan first.',
      pulumi: 'pulumi up {{flag}} would change real infrastructure without showing the preview first.',
    },
  },
  commands: [...TERRAFORM_COMMANDS, 'pulumi'],
  match(command): RuleMatch | null {
    const tf = readTerraform(command);
    if (tf) {
      const applies = tf.words[0] === 'apply' || (['run-all', 'run'].includes(tf.words[0]) && tf.words.includes('apply'));
      if (applies && tf.has('-auto-approve') && !tf.has('-destroy')) return { messageId: 'terraform', data: { tool: tf.tool } };
      return null;
    }
    if (command.name !== 'pulumi') return null;
    const { argv } = command;
    const sub = operands(argv, ['-s', '--stack', '-C', '--cwd', '--target', '-t'])[0];
    if (sub !== 'up' && sub !== 'update') return null;
    if (hasFlag(argv, 'yf', '--yes', '--skip-preview')) {
      return { messageId: 'pulumi', data: { flag: hasFlag(argv, '', '--skip-preview') ? '--skip-preview' : '--yes' } };
    }
    return null;
  },
};
