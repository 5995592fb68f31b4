// filesystem/find-delete: `find … -delete` and `find … -exec rm …`, judged by where the search starts and what it
// selects. Routine cleanups (`-name '*.pyc'`, `-name node_modules`, `-type d -empty`, anything in /tmp) are left alone.
// The command run by -exec is also checked on its own by the rm rules, since the parser emits it separately.
// `find … | xargs rm` is judged the same way: the rm reached through xargs is matched by the find that feeds it.
import type { SimpleCommand } from '../../shell/types';
import type { Rule, RuleMatch } from '../types';
import { dataFolderIn, isDataFile, isGitHistory } from './data-paths';
import { classifyPathTarget, isDisposable, isMachineWide } from './path-target';

/** find's expression words that filter by name or path. */
const NAME_TESTS = new Set(['-name', '-iname', '-path', '-ipath', '-wholename', '-iwholename', '-regex', '-iregex', '-lname', '-ilname']);

/** Names of scratch files and folders people routinely sweep with find. */
const DISPOSABLE_PATTERN = /^(\*\.(pyc|pyo|class|o|obj|log|tmp|temp|swp|swo|orig|rej|bak~|map|tsbuildinfo)|\*~|\.DS_Store|Thumbs\.db|__pycache__|node_modules|\.pytest_cache|\.mypy_cache|\.cache|dist|build|coverage|\.next|\.turbo|target|\._\*|\*\.egg-info|\.#\*|#\*#)$/;

const DELETING_TOOLS = new Set(['rm', 'shred', 'unlink', 'srm']);

interface FindCommand {
  roots: string[];
  names: string[];
  deletes: boolean;
  onlyEmpty: boolean;
}

function readFind(command: SimpleCommand): FindCommand | null {
  if (command.name !== 'find') return null;
  const args = command.argv.slice(1);
  let i = 0;
  // Leading options: -H -L -P -O3 -D debugopts.
  while (i < args.length && /^-([HLP]|O\d*|D)$/.test(args[i])) i += args[i] === '-D' ? 2 : 1;
  const roots: string[] = [];
  while (i < args.length && !args[i].startsWith('-') && args[i] !== '(' && args[i] !== '!') roots.push(args[i++]);
  const names: string[] = [];
  let deletes = false;
  let onlyEmpty = false;
  for (; i < args.length; i++) {
    const word = args[i];
    if (NAME_TESTS.has(word) && args[i + 1] !== undefined) names.push(args[++i]);
    else if (word === '-delete') deletes = true;
    else if (word === '-empty') onlyEmpty = true;
    else if ((word === '-exec' || word === '-execdir' || word === '-ok' || word === '-okdir') && args[i + 1] !== undefined) {
      const tool = args[i + 1].split('/').pop() ?? '';
      if (DELETING_TOOLS.has(tool)) deletes = true;
    }
  }
  return { roots: roots.length > 0 ? roots : ['.'], names, deletes, onlyEmpty };
}

/** `find … | xargs rm`: the find whose output an xargs-run deleting tool consumes, read as if it had -delete. */
function readFindFeedingXargs(command: SimpleCommand): FindCommand | null {
  if (!DELETING_TOOLS.has(command.name) || !command.via.includes('xargs')) return null;
  const feeder = [...command.pipelineBefore].reverse().find((c) => c.name === 'find');
  const find = feeder ? readFind(feeder) : null;
  return find ? { ...find, deletes: true } : null;
}

function namesData(name: string): boolean {
  const plain = name.replace(/^\*\//, '').replace(/\/\*$/, '');
  return isDataFile(plain) || dataFolderIn(plain) !== undefined || plain === '.git' || plain.endsWith('/.git');
}

export const rule: Rule = {
  meta: {
    id: 'filesystem/find-delete',
    title: 'find that deletes',
    severity: 'destructive',
    category: 'destructive',
    why: 'find -delete removes every file the expression selects, with no list and no undo; a loose expression deletes far more than intended.',
    saferAlternative: 'Run the same find with -print instead of -delete first, read the list, then narrow the expression.',
    messages: {
      machineWide: 'find {{root}} … deletes files across a home or system folder.',
      everything: 'find {{root}} … deletes every file it finds under {{root}}.',
      data: 'find … deletes database, backup or data files ({{name}}).',
      outside: 'find {{root}} … deletes files outside this workspace.',
    },
  },
  commands: ['find', ...DELETING_TOOLS],
  match(command, context): RuleMatch | null {
    const find = readFind(command) ?? readFindFeedingXargs(command);
    if (!find || !find.deletes) return null;
    const dataName = find.names.find(namesData);
    const allDisposable = find.names.length > 0 && find.names.every((n) => DISPOSABLE_PATTERN.test(n));
    for (const root of find.roots) {
      const target = classifyPathTarget(root, context);
      if (target.kind === 'temp') continue;
      if (isMachineWide(target)) {
        if (allDisposable && target.kind === 'home') continue;
        return { messageId: 'machineWide', data: { root }, severity: find.names.length === 0 && !find.onlyEmpty ? 'catastrophic' : 'destructive' };
      }
      if (dataName) return { messageId: 'data', data: { name: dataName, root } };
      const dataRoot = dataFolderIn(root) ?? (isGitHistory(root) ? '.git' : undefined);
      if (dataRoot && !allDisposable) return { messageId: 'data', data: { name: dataRoot, root } };
      if (allDisposable || isDisposable(target)) continue;
      if (target.kind === 'outside') return { messageId: 'outside', data: { root } };
      if (find.names.length === 0 && !find.onlyEmpty && target.kind === 'workspace') return { messageId: 'everything', data: { root } };
    }
    return null;
  },
};
