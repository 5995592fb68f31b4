// orm/reset-script: project scripts and task-runner targets whose name says they reset or drop a database or tear down
// infrastructure (`npm run db:reset`, `pnpm db:drop`, `make db-reset`, `just nuke-db`, `task infra:destroy`). The script
// body is not read; its name is the warning, like sql/destructive-script.
import { operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import type { Rule } from '../types';

/** What the script does to… */
const VERB = /(reset|drop|wipe|nuke|purge|destroy|truncate|flush|teardown|tear-down|fresh|clean-?db)/i;
/** …something that holds data. */
const DATA = /(^|[^a-z])(db|dbs|database|databases|schema|data|migrations?|prisma|sql|pg|postgres|mysql|mongo|redis|infra|stack|tf|terraform|cluster|volumes?|env|environment|storage|bucket)([^a-z]|$)/i;

const PACKAGE_MANAGERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);
const TASK_RUNNERS = new Set(['make', 'just', 'task', 'mise', 'invoke', 'nx', 'turbo', 'composer', 'deno']);
/** Their own subcommands, which are not script names. */
const OWN = new Set(['install', 'i', 'add', 'remove', 'rm', 'uninstall', 'update', 'up', 'upgrade', 'ci', 'exec', 'dlx', 'x', 'init', 'create', 'publish', 'link', 'ls', 'list', 'why', 'audit', 'outdated', 'config', 'cache', 'set', 'pack', 'info', 'view', 'prune', 'dedupe', 'rebuild', 'help', 'test', 'start', 'build']);

function scriptNamesOf(command: SimpleCommand): { runner: string; names: string[] } | null {
  const words = operands(command.argv, ['-C', '--dir', '--cwd', '--filter', '-F', '-w', '--workspace', '--prefix', '-f', '--file', '--makefile', '--justfile', '-d', '--directory', '-t', '--taskfile', '--project']);
  if (PACKAGE_MANAGERS.has(command.name)) {
    if (words[0] === 'run' || words[0] === 'run-script') return { runner: `${command.name} run`, names: words.slice(1, 2) };
    if (command.name !== 'npm' && words[0] && !OWN.has(words[0])) return { runner: command.name, names: [words[0]] };
    return null;
  }
  if (TASK_RUNNERS.has(command.name)) {
    const names = command.name === 'mise' || command.name === 'nx' || command.name === 'turbo' || command.name === 'composer' || command.name === 'deno'
      ? (words[0] === 'run' || words[0] === 'task' ? words.slice(1) : [])
      : words.filter((w) => !w.includes('='));
    return { runner: command.name, names };
  }
  return null;
}

export const rule: Rule = {
  meta: {
    id: 'orm/reset-script',
    title: 'Database reset script',
    severity: 'destructive',
    category: 'destructive',
    why: 'The script or target is named like one that resets or drops a database or tears down infrastructure; run against real data, that data is gone.',
    saferAlternative: 'Read what the script runs (package.json, Makefile) and check which database or environment it points at before running it.',
    messages: {
      script: '{{runner}} {{name}} is named like a script that resets, drops or tears down data.',
    },
  },
  commands: [...PACKAGE_MANAGERS, ...TASK_RUNNERS],
  match(command) {
    const found = scriptNamesOf(command);
    const name = found?.names.find((n) => VERB.test(n) && DATA.test(n.replace(VERB, ' ')));
    if (!found || !name) return null;
    return { messageId: 'script', data: { runner: found.runner, name } };
  },
};
