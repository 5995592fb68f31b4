// filesystem/clobber-data-file: overwriting a database, dump or backup file with nothing or with text:
// `> app.db`, `: > dump.sql`, `echo > backup.sql`, `cat /dev/null > app.sqlite`, `cp /dev/null app.db`,
// `dd if=/dev/zero of=app.db`, `… | tee app.db`. Writing a fresh dump (`pg_dump > backup.sql`) is not matched.
import { hasFlag, operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import type { Rule, RuleMatch } from '../types';
import { isDataFile } from './data-paths';
import { classifyPathTarget, isDisposable } from './path-target';

/** Redirects that replace a file's contents (not `>>`, which appends). */
const OVERWRITE_OPS = new Set(['>', '>|', '&>', '>&']);

/** Binary database files: any text written over them destroys them. Dumps and backups are text, so only emptying counts. */
const DATABASE_FILE = /\.(db|sqlite|sqlite3|db3|sdb|rdb|mdb|accdb|ibd|duckdb|realm)$/i;

const EMPTY_SOURCES = new Set(['/dev/null', '/dev/zero', '/dev/urandom', '/dev/random']);

/** Commands that write nothing (or nothing useful): `: > f`, `true > f`, `echo > f`, `cat /dev/null > f`, bare `> f`. */
function writesNothing(command: SimpleCommand): boolean {
  const args = command.argv.slice(1);
  switch (command.name) {
    case '':
    case ':':
    case 'true':
    case 'false':
      return true;
    case 'echo':
      return args.every((a) => /^-[neE]+$/.test(a) || a === '');
    case 'printf':
      return args.length === 0 || args.every((a) => a === '' || a === '--');
    case 'cat':
      return args.length > 0 && args.every((a) => EMPTY_SOURCES.has(a));
    default:
      return false;
  }
}

function guarded(word: string, context: Parameters<Rule['match']>[1]): boolean {
  return isDataFile(word) && !isDisposable(classifyPathTarget(word, context));
}

export const rule: Rule = {
  meta: {
    id: 'filesystem/clobber-data-file',
    title: 'Overwrite a database or backup file',
    severity: 'destructive',
    category: 'destructive',
    why: 'Overwriting a database, dump or backup file replaces its contents at once; the old data is not kept anywhere.',
    saferAlternative: 'Write to a new file (dump-$(date +%F).sql) or copy the old one aside first (cp app.db app.db.bak).',
    messages: {
      redirect: '"{{how}} {{target}}" overwrites the data file {{target}}.',
      emptyCopy: '{{tool}} {{source}} replaces the data file {{target}} with nothing.',
      tee: 'tee overwrites the database file {{target}} with text.',
    },
  },
  commands: ['cp', 'install', 'dd', 'tee'],
  alsoWhen: { redirects: true },
  match(command, context): RuleMatch | null {
    for (const redirect of command.redirects) {
      if (!OVERWRITE_OPS.has(redirect.op) || !guarded(redirect.target, context)) continue;
      if (DATABASE_FILE.test(redirect.target) || writesNothing(command)) {
        const how = command.name ? `${command.name} … ${redirect.op}` : redirect.op;
        return { messageId: 'redirect', data: { how, target: redirect.target } };
      }
    }
    // Any command may redirect; only these few overwrite a file named in their arguments.
    if (command.name === 'cp' || command.name === 'install') {
      const args = operands(command.argv);
      const target = args[args.length - 1];
      if (args.length >= 2 && EMPTY_SOURCES.has(args[0]) && guarded(target, context)) {
        return { messageId: 'emptyCopy', data: { tool: command.name, source: args[0], target } };
      }
    }
    if (command.name === 'dd') {
      const input = command.argv.find((a) => a.startsWith('if='))?.slice(3);
      const output = command.argv.find((a) => a.startsWith('of='))?.slice(3);
      if (input && output && EMPTY_SOURCES.has(input) && guarded(output, context)) {
        return { messageId: 'emptyCopy', data: { tool: 'dd', source: input, target: output } };
      }
    }
    if (command.name === 'tee' && !hasFlag(command.argv, 'a', '--append')) {
      const target = operands(command.argv).find((a) => DATABASE_FILE.test(a) && guarded(a, context));
      if (target) return { messageId: 'tee', data: { target } };
    }
    return null;
  },
};
