// orm/supabase-db-reset: `supabase db reset` recreates the local database; with --linked or --db-url it wipes a remote one.
import { hasWord, subcommandIs } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'orm/supabase-db-reset',
    title: 'supabase db reset',
    severity: 'destructive',
    category: 'destructive',
    why: 'supabase db reset drops the database and rebuilds it from migrations and seed; every row written since is lost.',
    saferAlternative: 'Reset only the local stack (no --linked / --db-url), and run supabase db dump first when the data matters.',
    messages: {
      local: 'supabase db reset would drop and rebuild the local database.',
      remote: 'supabase db reset {{flag}} would drop and rebuild a hosted Supabase database, deleting its data.',
    },
  },
  commands: ['supabase'],
  match(command) {
    const { argv } = command;
    if (command.name !== 'supabase' || !subcommandIs(argv, ['db', 'reset'], ['--db-url', '--workdir', '--version'])) return null;
    const flag = ['--linked', '--db-url'].find((f) => hasWord(argv, f));
    if (flag) return { messageId: 'remote', data: { flag }, severity: 'catastrophic' };
    return { messageId: 'local' };
  },
};
