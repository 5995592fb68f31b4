// orm/typeorm-schema-drop: `typeorm schema:drop` drops every table; schema:sync and migration:revert can drop columns.
import { operands } from '../../shell/args';
import type { Rule } from '../types';

const TOOLS = new Set(['typeorm', 'typeorm-ts-node-commonjs', 'typeorm-ts-node-esm']);

export const rule: Rule = {
  meta: {
    id: 'orm/typeorm-schema-drop',
    title: 'TypeORM schema:drop',
    severity: 'destructive',
    category: 'destructive',
    why: 'typeorm schema:drop drops every table of the data source, with all their rows.',
    saferAlternative: 'Point the data source at a local database, or write a migration (typeorm migration:generate) and review it.',
    messages: {
      drop: 'typeorm schema:drop would drop every table of the data source.',
      change: 'typeorm {{sub}} changes the schema directly and can drop columns or tables with their data.',
    },
  },
  commands: [...TOOLS],
  match(command) {
    if (!TOOLS.has(command.name)) return null;
    const { argv } = command;
    const sub = operands(argv, ['-d', '--dataSource', '--data-source'])[0];
    if (sub === 'schema:drop') return { messageId: 'drop' };
    if (sub === 'schema:sync' || sub === 'migration:revert') return { messageId: 'change', data: { sub }, severity: 'caution' };
    return null;
  },
};
