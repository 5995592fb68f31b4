import { rule } from '../../../../src/core/rules/orm/supabase-db-reset';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['supabase start', 'supabase db push', 'supabase db diff', 'supabase migration new add_users', 'supabase db dump -f backup.sql'],
  stop: [
    { command: 'supabase db reset', messageId: 'local', severity: 'destructive' },
    { command: 'npx supabase db reset', messageId: 'local' },
    { command: 'supabase db reset --linked', messageId: 'remote', severity: 'catastrophic' },
    { command: 'supabase db reset --db-url postgres://user@db.example.com/postgres', messageId: 'remote' },
  ],
});
