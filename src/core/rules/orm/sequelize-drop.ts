// orm/sequelize-drop: sequelize-cli commands that drop the database or undo every migration or seed.
import { operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

export const rule: Rule = {
  meta: {
    id: 'orm/sequelize-drop',
    title: 'Sequelize db:drop / undo all',
    severity: 'destructive',
    category: 'destructive',
    why: 'sequelize db:drop deletes the whole database; undoing every migration drops the tables with their rows.',
    saferAlternative: 'Check NODE_ENV and config/config.json point at a local database; undo one migration at a time (db:migrate:undo).',
    messages: {
      drop: 'sequelize db:drop would delete the database configured for this environment.',
      undoAll: 'sequelize {{sub}} would undo every migration or seed, dropping the tables or rows they created.',
      undo: 'sequelize db:migrate:undo would undo the last migration, which can drop a table or column.',
    },
  },
  commands: ['sequelize', 'sequelize-cli'],
  match(command): RuleMatch | null {
    if (command.name !== 'sequelize' && command.name !== 'sequelize-cli') return null;
    const { argv } = command;
    const sub = operands(argv, ['--env', '--config', '--url', '--to', '--name', '--migrations-path', '--seeders-path'])[0];
    if (sub === 'db:drop') return { messageId: 'drop' };
    if (sub === 'db:migrate:undo:all' || sub === 'db:seed:undo:all') return { messageId: 'undoAll', data: { sub } };
    if (sub === 'db:migrate:undo') return { messageId: 'undo', severity: 'caution' };
    return null;
  },
};
