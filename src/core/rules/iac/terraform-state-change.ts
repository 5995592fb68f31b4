// iac/terraform-state-change: editing Terraform state by hand: `state rm`, `state push` (-force), `force-unlock` (caution).
import type { Rule, RuleMatch } from '../types';
import { readTerraform, TERRAFORM_COMMANDS } from './terraform-command';

export const rule: Rule = {
  meta: {
    id: 'iac/terraform-state-change',
    title: 'terraform state rm / push',
    severity: 'destructive',
    category: 'destructive',
    why: 'Editing state by hand makes Terraform forget resources (they keep running, unmanaged) or overwrites the shared state for everyone.',
    saferAlternative: 'Pull a copy first (terraform state pull > backup.tfstate); prefer removed/moved blocks in code, reviewed in a plan.',
    messages: {
      rm: '{{tool}} state rm would make Terraform forget {{target}}; the next apply may create duplicates or fail.',
      push: '{{tool}} state push{{force}} would overwrite the remote state with a local file.',
      unlock: '{{tool}} force-unlock would release a state lock that another run may still hold.',
    },
  },
  commands: TERRAFORM_COMMANDS,
  match(command): RuleMatch | null {
    const tf = readTerraform(command);
    if (!tf) return null;
    const [sub, action, ...rest] = tf.words;
    if (sub === 'state' && action === 'rm') return { messageId: 'rm', data: { tool: tf.tool, target: rest.join(' ') || 'the named resources' } };
    if (sub === 'state' && action === 'push') return { messageId: 'push', data: { tool: tf.tool, force: tf.has('-force') ? ' -force' : '' } };
    if (sub === 'force-unlock') return { messageId: 'unlock', data: { tool: tf.tool }, severity: 'caution' };
    return null;
  },
};
