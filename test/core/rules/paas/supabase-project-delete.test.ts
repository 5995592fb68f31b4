import { rule } from '../../../../src/core/rules/paas/supabase-project-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['supabase projects list', 'supabase link --project-ref abcd', 'supabase branches list', 'supabase secrets list', 'supabase storage ls ss:///bucket'],
  stop: [
    { command: 'supabase projects delete abcdefgh', messageId: 'project', severity: 'catastrophic' },
    { command: 'npx supabase projects delete abcdefgh', messageId: 'project' },
    { command: 'supabase branches delete feature-x', messageId: 'branch', severity: 'destructive' },
    { command: 'supabase storage rm -r ss:///avatars', messageId: 'storage', severity: 'destructive' },
    { command: 'supabase secrets unset STRIPE_KEY', messageId: 'secrets', severity: 'caution' },
  ],
});
