// orm/rails-db-reset: Rails / rake database tasks that drop, reset or reload the database (`rails db:drop`,
// `bin/rails db:reset`, `bundle exec rake db:schema:load`, …), and rollbacks.
import { operands } from '../../shell/args';
import type { Rule, RuleMatch, Severity } from '../types';
import { lookupTable } from '../lookup-table';

const TASKS: Record<string, Severity> = lookupTable({
  'db:drop': 'destructive',
  'db:drop:all': 'catastrophic',
  'db:purge': 'destructive',
  'db:purge:all': 'catastrophic',
  'db:reset': 'destructive',
  'db:migrate:reset': 'destructive',
  'db:schema:load': 'destructive',
  'db:structure:load': 'destructive',
  'db:truncate_all': 'destructive',
  'db:seed:replant': 'destructive',
  'db:fixtures:load': 'caution',
  'db:rollback': 'caution',
  'db:migrate:down': 'caution',
  'db:migrate:redo': 'caution',
});

export const rule: Rule = {
  meta: {
    id: 'orm/rails-db-reset',
    title: 'Rails database drop / reset',
    severity: 'destructive',
    category: 'destructive',
    why: 'These Rails tasks drop the database, or empty it and load the schema again, deleting every row.',
    saferAlternative: 'Check RAILS_ENV and config/database.yml point at a local database; for real data write a migration instead.',
    messages: {
      task: '{{tool}} {{task}} would delete the data in the {{env}} database.',
      rollback: '{{tool}} {{task}} would undo migrations, which can drop tables or columns with their data.',
      unprotected: '{{tool}} {{task}} with DISABLE_DATABASE_ENVIRONMENT_CHECK=1 turns off the check that stops Rails from dropping a production database.',
    },
  },
  commands: ['rails', 'rake'],
  match(command): RuleMatch | null {
    const { name: tool, argv } = command;
    if (tool !== 'rails' && tool !== 'rake') return null;
    const words = operands(argv, ['-e', '--environment']);
    const task = words.find((w) => w in TASKS);
    if (!task) return null;
    const settings = [...command.assignments.map((a) => `${a.name}=${a.value}`), ...words.filter((w) => w.includes('='))];
    const env = settings.find((s) => s.startsWith('RAILS_ENV='))?.slice(10) ?? argv[argv.indexOf('-e') + 1] ?? 'configured';
    const data = { tool, task, env: argv.includes('-e') || settings.some((s) => s.startsWith('RAILS_ENV=')) ? env : 'configured' };
    if (settings.some((s) => /^DISABLE_DATABASE_ENVIRONMENT_CHECK=(1|true)$/i.test(s))) return { messageId: 'unprotected', data, severity: 'catastrophic' };
    return { messageId: TASKS[task] === 'caution' ? 'rollback' : 'task', data, severity: TASKS[task] };
  },
};
