// iac/terraform-workspace-delete: `terraform workspace delete` removes a workspace's state.
import type { Rule } from '../types';
import { readTerraform, TERRAFORM_COMMANDS } from './terraform-command';

export const rule: Rule = {
  meta: {
    id: 'iac/terraform-workspace-delete',
    title: 'terraform workspace delete',
    severity: 'destructive',
    category: 'destructive',
    why: 'Deleting a workspace deletes its state; with -force the resources it tracked keep running with nothing managing them.',
    saferAlternative: 'Destroy the workspace\'s resources deliberately first (plan -destroy, reviewed), and keep a state pull backup.',
    messages: {
      delete: '{{tool}} workspace delete would delete the state of workspace {{name}}.',
    },
  },
  commands: TERRAFORM_COMMANDS,
  match(command) {
    const tf = readTerraform(command);
    if (!tf || tf.words[0] !== 'workspace' || tf.words[1] !== 'delete') return null;
    return { messageId: 'delete', data: { tool: tf.tool, name: tf.words[2] ?? '' } };
  },
};
