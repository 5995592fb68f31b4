// orm/alembic-downgrade: `alembic downgrade base` (and `flask db downgrade base`) undoes every migration;
// any other downgrade is caution.
import { operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

export const rule: Rule = {
  meta: {
    id: 'orm/alembic-downgrade',
    title: 'Alembic downgrade',
    severity: 'destructive',
    category: 'destructive',
    why: 'Downgrading runs the migrations backwards; to base it drops every table the migrations created, with their rows.',
    saferAlternative: 'Downgrade one step at a time (alembic downgrade -1) against a local database, after a dump.',
    messages: {
      base: '{{tool}} downgrade base would undo every migration, dropping the tables they created.',
      step: '{{tool}} downgrade {{target}} would undo migrations, which can drop tables or columns.',
    },
  },
  commands: ['alembic', 'flask'],
  match(command): RuleMatch | null {
    const { name: tool, argv } = command;
    let words: string[];
    if (tool === 'alembic') words = operands(argv, ['-c', '--config', '-n', '--name', '-x']);
    else if (tool === 'flask' && operands(argv, ['--app', '-A'])[0] === 'db') words = operands(argv, ['--app', '-A', '-d', '--directory']).slice(1);
    else return null;
    if (words[0] !== 'downgrade') return null;
    const target = words[1] ?? '-1';
    const name = tool === 'flask' ? 'flask db' : tool;
    if (target === 'base') return { messageId: 'base', data: { tool: name } };
    return { messageId: 'step', data: { tool: name, target }, severity: 'caution' };
  },
};
