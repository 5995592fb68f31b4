// orm/doctrine-drop: Symfony / Doctrine console commands that drop the database or schema
// (`bin/console doctrine:database:drop --force`, `doctrine:schema:drop --force`) or purge it (`doctrine:fixtures:load`).
import { hasWord, operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'orm/doctrine-drop',
    title: 'Doctrine database / schema drop',
    severity: 'destructive',
    category: 'destructive',
    why: 'These Doctrine commands drop the database or every table, or purge every table before loading fixtures.',
    saferAlternative: 'Check DATABASE_URL in .env.local points at a local database; use doctrine:migrations:diff for real schema changes.',
    messages: {
      drop: 'console {{sub}} --force would drop the {{what}} configured in DATABASE_URL.',
      fixtures: 'console doctrine:fixtures:load without --append would empty every table before loading fixtures.',
    },
  },
  commands: ['console'],
  match(command) {
    if (command.name !== 'console') return null;
    const { argv } = command;
    const sub = operands(argv, ['--env', '-e', '--connection', '--em'])[0];
    const force = hasWord(argv, '--force', '-f');
    if (sub === 'doctrine:database:drop' && force) return { messageId: 'drop', data: { sub, what: 'database' } };
    if (sub === 'doctrine:schema:drop' && force) return { messageId: 'drop', data: { sub, what: 'schema (every table)' } };
    if (sub === 'doctrine:fixtures:load' && !hasWord(argv, '--append')) return { messageId: 'fixtures' };
    return null;
  },
};
