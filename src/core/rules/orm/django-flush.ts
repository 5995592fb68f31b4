// orm/django-flush: Django management commands that empty the database or undo every migration:
// `manage.py flush`, `reset_db` / `reset_schema` (django-extensions), `migrate <app> zero`.
import { operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

const VALUE_FLAGS = ['--settings', '--pythonpath', '--database', '-v', '--verbosity'];

export const rule: Rule = {
  meta: {
    id: 'orm/django-flush',
    title: 'Django flush / reset_db',
    severity: 'destructive',
    category: 'destructive',
    why: 'These Django commands delete every row of every table (flush), drop the whole database (reset_db), or undo all migrations of an app.',
    saferAlternative: 'Check DJANGO_SETTINGS_MODULE and DATABASES point at a local database; run manage.py dumpdata > backup.json first.',
    messages: {
      flush: '{{tool}} {{sub}} would delete every row in the configured database.',
      resetDb: '{{tool}} {{sub}} would drop and recreate the configured database.',
      zero: '{{tool}} migrate {{app}} zero would undo every migration of {{app}}, dropping its tables.',
    },
  },
  commands: ['manage.py', 'django-admin'],
  match(command): RuleMatch | null {
    const { name: tool, argv } = command;
    if (tool !== 'manage.py' && tool !== 'django-admin') return null;
    const [sub, app, target] = operands(argv, VALUE_FLAGS);
    if (sub === 'flush') return { messageId: 'flush', data: { tool, sub } };
    if (sub === 'reset_db' || sub === 'reset_schema') return { messageId: 'resetDb', data: { tool, sub } };
    if (sub === 'migrate' && target === 'zero') return { messageId: 'zero', data: { tool, app } };
    return null;
  },
};
