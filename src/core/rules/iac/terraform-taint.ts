// iac/terraform-taint: forcing a resource to be replaced: `terraform taint`, `apply -replace=…`.
import type { Rule } from '../types';
import { readTerraform, TERRAFORM_COMMANDS } from './terraform-command';

export const rule: Rule = {
  meta: {
    id: 'iac/terraform-taint',
    title: 'terraform taint / -replace',
    severity: 'caution',
    category: 'destructive',
    why: 'Replacing a resource destroys it and creates a new one; for a database or disk that means starting empty.',
    saferAlternative: 'Run terraform plan -replace=… first and check the resource holds no data you need.',
    messages: {
      taint: '{{tool}} taint {{target}} marks it to be destroyed and recreated on the next apply.',
      replace: '{{tool}} apply -replace would destroy and recreate {{target}}.',
    },
  },
  commands: TERRAFORM_COMMANDS,
  match(command) {
    const tf = readTerraform(command);
    if (!tf) return null;
    if (tf.words[0] === 'taint') return { messageId: 'taint', data: { tool: tf.tool, target: tf.words[1] ?? 'a resource' } };
    const at = tf.argv.findIndex((w) => /^--?replace(=|$)/.test(w));
    if (tf.words[0] === 'apply' && at > 0) {
      const word = tf.argv[at];
      return { messageId: 'replace', data: { tool: tf.tool, target: word.includes('=') ? word.slice(word.indexOf('=') + 1) : (tf.argv[at + 1] ?? '') } };
    }
    return null;
  },
};
