// system/kill-all-processes: signals to every process: `kill -9 -1`, `kill -- -1`, `kill 1` (init), `killall5`,
// `pkill -u user` with no pattern, `pkill .` / `pkill -f .*`. Killing one named program (`pkill node`) is not matched.
import { normalizeDashes } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

/** Patterns that match every process name. */
const MATCH_ALL = /^(\.|\.\*|\.\+|\^|\$|\^\.\*\$?|\.\*\$|)$/;

/** pkill/killall options that take a value. */
const PKILL_VALUE_FLAGS = new Set(['-u', '-U', '-g', '-G', '-P', '-s', '-t', '--signal', '-o', '--older-than', '-y', '--younger-than', '-n', '--ns', '--nslist', '-F', '--pidfile', '-q']);

/** The pids a `kill` command signals: everything after the signal option. */
function killTargets(argv: readonly string[]): { signal: string; pids: string[] } {
  const args = argv.slice(1).map(normalizeDashes);
  let i = 0;
  let signal = 'TERM';
  if (args[0] === '-s' || args[0] === '-n' || args[0] === '--signal') {
    signal = args[1] ?? '';
    i = 2;
  } else if (args[0]?.startsWith('-') && args[0] !== '--' && args.length > 1) {
    signal = args[0].slice(1);
    i = 1;
  }
  return { signal, pids: args.slice(i).filter((a) => a !== '--') };
}

export const rule: Rule = {
  meta: {
    id: 'system/kill-all-processes',
    title: 'Kill every process',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Signalling every process (or init) ends your session, editors, databases and servers at once; unsaved work is lost.',
    saferAlternative: 'Find the one process you mean (pgrep -a name, lsof -i :3000) and kill it by its pid.',
    messages: {
      killAll: '{{how}} sends a signal to every process you can reach.',
      init: '{{how}} signals process 1 (init), which stops the whole machine or container.',
      userAll: '{{how}} kills every process of {{user}}, logging them out.',
    },
  },
  commands: ['killall5', 'kill', 'pkill', 'killall'],
  match(command): RuleMatch | null {
    const argv = command.argv;
    const how = argv.join(' ');
    if (command.name === 'killall5') return { messageId: 'killAll', data: { how } };
    if (command.name === 'kill') {
      if (['-l', '-L', '--list', '--table'].includes(normalizeDashes(argv[1] ?? ''))) return null;
      const { signal, pids } = killTargets(argv);
      if (signal === '0') return null;
      if (pids.includes('-1')) return { messageId: 'killAll', data: { how } };
      if (pids.includes('1')) return { messageId: 'init', data: { how } };
      return null;
    }
    if (command.name === 'pkill' || command.name === 'killall') {
      const words = argv.slice(1);
      const patterns: string[] = [];
      for (let i = 0; i < words.length; i++) {
        const word = normalizeDashes(words[i]);
        if (PKILL_VALUE_FLAGS.has(word)) i++;
        else if (!word.startsWith('-') || word === '') patterns.push(words[i]);
      }
      if (patterns.some((p) => MATCH_ALL.test(p))) return { messageId: 'killAll', data: { how } };
      const user = words[words.indexOf('-u') + 1] ?? words.find((w) => w.startsWith('--user='))?.slice(7);
      if (patterns.length === 0 && (words.includes('-u') || words.some((w) => w.startsWith('--user')))) {
        return { messageId: 'userAll', data: { how, user: user ?? 'the user' } };
      }
    }
    return null;
  },
};
