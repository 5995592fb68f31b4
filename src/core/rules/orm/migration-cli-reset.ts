// orm/migration-cli-reset: standalone migration tools that drop the database or undo every migration:
// golang-migrate `migrate … drop` / `down` (all), goose `reset`, dbmate `drop`, sqlx / diesel `database drop|reset`,
// atlas `schema clean`, sea-orm-cli `migrate fresh|refresh|reset`, graphile-migrate `reset`.
import { operands } from '../../shell/args';
import type { Rule } from '../types';

/** Value-taking options of these tools, so their values are not read as subcommands. */
const VALUE_FLAGS = ['-path', '-source', '-database', '-dir', '--dir', '-d', '--url', '-u', '--database-url', '--migrations-dir', '--env', '--database', '--config', '-table'];

/** The tools resetOf knows. */
const MIGRATION_TOOLS = ['migrate', 'goose', 'dbmate', 'sqlx', 'sqlx-cli', 'diesel', 'atlas', 'sea-orm-cli', 'graphile-migrate'];

function resetOf(tool: string, words: string[]): string | null {
  const [a, b] = words;
  switch (tool) {
    case 'migrate': // golang-migrate: `down` with no count means all
      if (a === 'drop') return 'migrate drop';
      if (a === 'down' && (b === undefined || b === '-all')) return 'migrate down (all)';
      return null;
    case 'goose':
      return words.includes('reset') ? 'goose reset' : words.includes('down-to') && words[words.indexOf('down-to') + 1] === '0' ? 'goose down-to 0' : null;
    case 'dbmate':
      return a === 'drop' ? 'dbmate drop' : null;
    case 'sqlx':
    case 'sqlx-cli':
    case 'diesel':
      return a === 'database' && (b === 'drop' || b === 'reset') ? `${tool} database ${b}` : null;
    case 'atlas':
      return a === 'schema' && b === 'clean' ? 'atlas schema clean' : null;
    case 'sea-orm-cli':
      return a === 'migrate' && ['fresh', 'refresh', 'reset'].includes(b) ? `sea-orm-cli migrate ${b}` : null;
    case 'graphile-migrate':
      return a === 'reset' ? 'graphile-migrate reset' : null;
    default:
      return null;
  }
}

export const rule: Rule = {
  meta: {
    id: 'orm/migration-cli-reset',
    title: 'Migration tool drop / reset',
    severity: 'destructive',
    category: 'destructive',
    why: 'This migration tool drops the database or runs every migration backwards, deleting the tables and rows it covers.',
    saferAlternative: 'Check the database URL points at a throwaway database; roll back one migration at a time after a dump.',
    messages: {
      reset: '{{what}} would drop the database or undo every migration of {{url}}.',
    },
  },
  commands: MIGRATION_TOOLS,
  match(command) {
    const { argv } = command;
    const what = resetOf(command.name, operands(argv, VALUE_FLAGS).map((w) => w.toLowerCase()));
    if (!what) return null;
    const at = argv.findIndex((w) => ['-database', '--database-url', '--url', '-u', '--env'].includes(w));
    return { messageId: 'reset', data: { what, url: at > 0 && argv[at + 1] ? argv[at + 1] : 'the configured database' } };
  },
};
