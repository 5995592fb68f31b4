// orm/ecto-drop: Elixir `mix ecto.drop`, `mix ecto.reset`, `mix ecto.rollback --all`.
import { hasWord, operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'orm/ecto-drop',
    title: 'Ecto drop / reset',
    severity: 'destructive',
    category: 'destructive',
    why: 'mix ecto.drop and ecto.reset delete the repo\'s database; rolling back every migration drops its tables.',
    saferAlternative: 'Check MIX_ENV and the repo config point at a local database; roll back one step at a time.',
    messages: {
      task: 'mix {{task}} would delete the data in the repo\'s database.',
    },
  },
  commands: ['mix'],
  match(command) {
    if (command.name !== 'mix') return null;
    const { argv } = command;
    const task = operands(argv, ['-r', '--repo'])[0];
    if (task === 'ecto.drop' || task === 'ecto.reset') return { messageId: 'task', data: { task } };
    if (task === 'ecto.rollback' && hasWord(argv, '--all')) return { messageId: 'task', data: { task: 'ecto.rollback --all' } };
    return null;
  },
};
