// sql/redis-flush: emptying a Redis (or Valkey, KeyDB) server: FLUSHALL / FLUSHDB through redis-cli (as arguments, on
// stdin or inside EVAL), and mass deletes that feed every scanned key to `redis-cli DEL` through xargs.
import { operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

const CLIENTS = new Set(['redis-cli', 'valkey-cli', 'keydb-cli', 'memurai-cli']);
const VALUE_FLAGS = [
  '-h', '-p', '-s', '-a', '-u', '-n', '-r', '-i', '-d', '-D', '--user', '--pass', '--cacert', '--cacertdir', '--cert', '--key',
  '--sni', '--pattern', '--quoted-pattern', '--count', '--rdb', '--functions-rdb', '--pipe-timeout', '--memkeys-samples', '--eval',
];

/** FLUSHALL / FLUSHDB written as a word of the text sent to the client. */
const MENTIONS = { flushall: /(^|[^a-z])flushall([^a-z]|$)/im, flushdb: /(^|[^a-z])flushdb([^a-z]|$)/im } as const;

export const rule: Rule = {
  meta: {
    id: 'sql/redis-flush',
    title: 'Redis FLUSHALL / FLUSHDB',
    severity: 'destructive',
    category: 'destructive',
    why: 'FLUSHALL deletes every key in every database of the server, FLUSHDB every key of one database; Redis keeps no undo.',
    saferAlternative: 'Delete only the keys you mean (a narrow --scan --pattern, checked first), or take a snapshot first (redis-cli --rdb backup.rdb).',
    messages: {
      flushAll: '{{client}} FLUSHALL would delete every key in every database of the server.',
      flushDb: '{{client}} FLUSHDB would delete every key in the selected database.',
      massDelete: '{{client}} {{verb}} fed by xargs would delete every key the earlier command listed.',
    },
  },
  commands: [...CLIENTS],
  match(command): RuleMatch | null {
    if (!CLIENTS.has(command.name)) return null;
    const client = command.name;
    const ops = operands(command.argv, VALUE_FLAGS);
    const verb = (ops[0] ?? '').toLowerCase();
    const texts = [command.stdinText ?? '', ...command.pipelineBefore.filter((c) => c.name === 'echo' || c.name === 'printf').map((c) => c.argv.slice(1).join(' '))];
    if (verb === 'eval' || verb === 'fcall') texts.push(ops.slice(1).join(' '));
    const evalScript = command.argv.find((w, i) => command.argv[i - 1] === '--eval');
    if (evalScript) texts.push(evalScript);
    const mentions = (word: 'flushall' | 'flushdb') => verb === word || texts.some((t) => MENTIONS[word].test(t));
    if (mentions('flushall')) return { messageId: 'flushAll', data: { client }, severity: 'catastrophic' };
    if (mentions('flushdb')) return { messageId: 'flushDb', data: { client } };
    if ((verb === 'del' || verb === 'unlink') && command.via.includes('xargs')) return { messageId: 'massDelete', data: { client, verb: verb.toUpperCase() } };
    return null;
  },
};
