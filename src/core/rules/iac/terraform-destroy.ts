// iac/terraform-destroy: `terraform destroy` / `apply -destroy` (also tofu, terragrunt, tflocal; terragrunt run-all),
// which deletes every resource the state manages. `plan -destroy` only plans and is not matched.
import type { Rule, RuleMatch } from '../types';
import { readTerraform, TERRAFORM_COMMANDS } from './terraform-command';

export const rule: Rule = {
  meta: {
    id: 'iac/terraform-destroy',
    title: 'terraform destroy',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'terraform destroy deletes every resource in this state (databases, buckets and their data included); nothing brings the data back.',
    saferAlternative: 'Run terraform plan -destroy and read it; remove only what you mean with -target, after checking the workspace and backend.',
    messages: {
      destroy: '{{tool}} {{how}} would delete every resource managed by this configuration and workspace.',
      destroyAll: 'terragrunt {{how}} would delete every resource of every module under this folder.',
      destroyTarget: '{{tool}} {{how}} -target={{target}} would delete {{target}} and what depends on it.',
    },
  },
  commands: TERRAFORM_COMMANDS,
  match(command): RuleMatch | null {
    const tf = readTerraform(command);
    if (!tf) return null;
    const [sub, next] = tf.words;
    let how: string | null = null;
    if (sub === 'destroy' || sub === 'destroy-all') how = sub;
    else if (sub === 'apply' && tf.has('-destroy')) how = 'apply -destroy';
    else if ((sub === 'run-all' || sub === 'run') && tf.words.includes('destroy')) how = `${sub} destroy`;
    else if ((sub === 'run-all' || sub === 'run') && next === 'apply' && tf.has('-destroy')) how = `${sub} apply -destroy`;
    if (!how) return null;
    if (tf.tool === 'terragrunt' && (how.startsWith('run') || how === 'destroy-all' || tf.has('-all'))) return { messageId: 'destroyAll', data: { how } };
    const targetAt = tf.argv.findIndex((w) => /^--?target(=|$)/.test(w));
    if (targetAt > 0) {
      const word = tf.argv[targetAt];
      const target = word.includes('=') ? word.slice(word.indexOf('=') + 1) : (tf.argv[targetAt + 1] ?? '');
      return { messageId: 'destroyTarget', data: { tool: tf.tool, how, target }, severity: 'destructive' };
    }
    return { messageId: 'destroy', data: { tool: tf.tool, how } };
  },
};
