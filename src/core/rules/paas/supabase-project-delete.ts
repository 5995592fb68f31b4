// paas/supabase-project-delete: Supabase CLI commands that delete a hosted project or branch or its stored files.
// `supabase db reset` is in orm/supabase-db-reset.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

export const rule: Rule = {
  meta: {
    id: 'paas/supabase-project-delete',
    title: 'supabase projects delete',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Deleting a Supabase project deletes its database, storage, auth users and backups; a branch delete drops that branch\'s database.',
    saferAlternative: 'Dump the database first (supabase db dump), check the project ref, and delete from the dashboard where it asks you to type the name.',
    messages: {
      project: 'supabase projects delete {{ref}} would delete the project with its database, storage and backups.',
      branch: 'supabase branches delete {{ref}} would delete the preview branch and its database.',
      storage: 'supabase storage rm would delete the files {{ref}}.',
      secrets: 'supabase secrets unset would delete the secrets {{ref}} from the project\'s functions.',
    },
  },
  commands: ['supabase'],
  match(command): RuleMatch | null {
    if (command.name !== 'supabase') return null;
    const { argv } = command;
    const words = operands(argv, ['--project-ref', '--workdir', '-o', '--output', '--experimental']);
    const [group, verb, ...rest] = words;
    const ref = rest.join(' ');
    if (group === 'projects' && verb === 'delete') return { messageId: 'project', data: { ref } };
    if (group === 'branches' && verb === 'delete') return { messageId: 'branch', data: { ref }, severity: 'destructive' };
    if (group === 'storage' && verb === 'rm') return { messageId: 'storage', data: { ref }, severity: hasFlag(argv, 'r', '--recursive') ? 'destructive' : 'caution' };
    if (group === 'secrets' && verb === 'unset') return { messageId: 'secrets', data: { ref }, severity: 'caution' };
    return null;
  },
};
