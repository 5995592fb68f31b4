// credential-access/read-credential-file: printing, copying, archiving or uploading a credential file from the
// terminal — `cat .env`, `grep KEY .env.production`, `head ~/.aws/credentials`, `base64 ~/.ssh/id_rsa`,
// `cp .env /tmp`, `tar czf x.tgz ~/.ssh`, `curl -F f=@.env …`, `nc host < .env`, `git show HEAD:.env`. Paths come from
// credential-paths.ts; `.env.example` and other templates are not credentials.
import { hasFlag, operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import { HTTP_CLIENT_COMMANDS, readHttpRequest } from '../http/http-request';
import type { Rule, RuleMatch } from '../types';
import { credentialKindOfWord, isCredentialDirectory } from './credential-paths';
import { lookupTable } from '../lookup-table';

/** Programs that print what they read, with the options that take a separate value. */
const PRINTERS: Record<string, readonly string[]> = lookupTable({
  cat: [], tac: [], nl: ['-s', '-w', '-v', '-i'], less: ['-p', '-x', '-y', '-b', '-h', '-j', '-k', '-o', '-O', '-P', '-t', '-T', '-z'], more: ['-n'], most: [],
  head: ['-n', '-c', '--lines', '--bytes'], tail: ['-n', '-c', '--lines', '--bytes', '-s', '--sleep-interval', '--pid'],
  bat: ['-l', '--language', '-r', '--line-range', '--style', '--theme', '-H', '--highlight-line', '--color', '--paging', '--tabs', '--wrap', '-m', '--map-syntax'],
  batcat: ['-l', '--language', '-r', '--line-range', '--style', '--theme'],
  cut: ['-d', '-f', '-c', '-b', '--delimiter', '--fields'], sort: ['-k', '-t', '-o', '-S', '-T'], uniq: ['-f', '-s', '-w'], diff: ['-U', '-C', '-x', '-X', '-I', '--label'],
  base64: ['-w', '--wrap'], base32: ['-w'], xxd: ['-c', '-g', '-l', '-s', '-o', '-C'], od: ['-A', '-t', '-N', '-j', '-w'], hexdump: ['-n', '-s', '-e', '-f'],
  strings: ['-n', '-t', '-e'], cmp: [], comm: [], paste: ['-d'], fold: ['-w'], tr: [], rev: [], column: ['-t', '-s'],
  type: [], 'get-content': ['-TotalCount', '-Tail', '-Encoding'], gc: ['-TotalCount', '-Tail'], xclip: ['-selection', '-sel'], xsel: [], pbcopy: [],
  iconv: ['-f', '-t'], expand: [], unexpand: [], fmt: ['-w'], pr: [], gpg: ['-r', '--recipient', '-o', '--output'],
});
/** Programs whose first operand is a pattern or program, not a file (unless -e/-f give it). */
const PATTERN_FIRST: Record<string, { values: readonly string[]; patternFlags: readonly string[]; silent: string; silentLongs: readonly string[] }> = lookupTable({
  grep: { values: ['-e', '-f', '-m', '-A', '-B', '-C', '--regexp', '--file', '--max-count', '--context', '--after-context', '--before-context', '--label', '--include', '--exclude'], patternFlags: ['-e', '-f', '--regexp', '--file'], silent: 'qlLc', silentLongs: ['--quiet', '--silent', '--files-with-matches', '--files-without-match', '--count'] },
  rg: { values: ['-e', '-f', '-m', '-A', '-B', '-C', '-g', '-t', '-T', '--regexp', '--file', '--glob', '--type', '--type-not', '--max-count', '--context'], patternFlags: ['-e', '-f', '--regexp', '--file'], silent: 'qlc', silentLongs: ['--quiet', '--files-with-matches', '--files-without-match', '--count', '--files'] },
  ag: { values: ['-A', '-B', '-C', '-G', '-m'], patternFlags: [], silent: 'lc', silentLongs: ['--files-with-matches', '--count'] },
  ack: { values: ['-A', '-B', '-C', '-m'], patternFlags: [], silent: 'lc', silentLongs: ['--files-with-matches', '--count'] },
  awk: { values: ['-F', '-v', '-f'], patternFlags: ['-f'], silent: '', silentLongs: [] },
  sed: { values: ['-e', '-f', '-l', '--expression', '--file'], patternFlags: ['-e', '-f', '--expression', '--file'], silent: '', silentLongs: [] },
  jq: { values: ['--arg', '--argjson', '--slurpfile', '--rawfile', '--indent', '-L'], patternFlags: [], silent: '', silentLongs: [] },
  yq: { values: ['-o', '--output-format', '-I', '--indent'], patternFlags: [], silent: '', silentLongs: [] },
});
for (const alias of ['egrep', 'fgrep', 'zgrep']) PATTERN_FIRST[alias] = PATTERN_FIRST.grep;
for (const alias of ['gawk', 'mawk', 'nawk']) PATTERN_FIRST[alias] = PATTERN_FIRST.awk;

/** Programs that copy or pack files somewhere else; the last operand of cp/scp/rsync is the destination. */
const COPIERS: Record<string, { values: readonly string[]; lastIsDestination: boolean }> = lookupTable({
  cp: { values: ['-t', '--target-directory', '-S', '--suffix'], lastIsDestination: true },
  scp: { values: ['-i', '-P', '-o', '-F', '-c', '-l', '-J', '-S'], lastIsDestination: true },
  rsync: { values: ['-e', '--rsh', '--exclude', '--include', '--filter', '-f', '--exclude-from', '--include-from', '--files-from', '--chmod', '--chown', '-T', '--temp-dir', '--backup-dir', '--suffix'], lastIsDestination: true },
  install: { values: ['-m', '-o', '-g', '-t', '--mode', '--owner', '--group'], lastIsDestination: true },
  tar: { values: ['-f', '--file', '-C', '--directory', '-T', '--files-from', '-X', '--exclude-from', '--exclude'], lastIsDestination: false },
  zip: { values: ['-x', '-i', '-P', '--password', '-b'], lastIsDestination: false },
  '7z': { values: [], lastIsDestination: false },
  gzip: { values: ['-S'], lastIsDestination: false },
});

interface Found {
  file: string;
  kind: string;
}

function credentialIn(words: readonly string[], directories: boolean): Found | undefined {
  for (const word of words) {
    const kind = credentialKindOfWord(word) ?? (directories && isCredentialDirectory(word) ? 'a folder of credentials' : undefined);
    if (kind) return { file: word, kind };
  }
  return undefined;
}

/** `--file=x` → `--file`; a word without `=` as it is. */
function optionName(word: string): string {
  const eq = word.indexOf('=');
  return eq < 0 ? word : word.slice(0, eq);
}

function printedFile(command: SimpleCommand): Found | undefined {
  const { name } = command;
  const printer = PRINTERS[name];
  if (printer) return credentialIn(operands(command.argv, printer), false);
  const patternFirst = PATTERN_FIRST[name];
  if (patternFirst) {
    if (patternFirst.silent && hasFlag(command.argv, patternFirst.silent, ...patternFirst.silentLongs)) return undefined;
    // `sed -i` edits the file in place and prints nothing.
    if (name === 'sed' && hasFlag(command.argv, 'i', '--in-place')) return undefined;
    const ops = operands(command.argv, patternFirst.values);
    const files = command.argv.some((a) => patternFirst.patternFlags.includes(optionName(a))) ? ops : ops.slice(1);
    return credentialIn(files, false);
  }
  if (name === 'openssl') {
    const at = command.argv.findIndex((a) => a === '-in' || a === '-inkey');
    return at > 0 ? credentialIn([command.argv[at + 1] ?? ''], false) : undefined;
  }
  // `find . -name .env -exec cat {} \;`: the file is named by the test, the printer by -exec.
  if (name === 'find') {
    const execAt = command.argv.findIndex((a) => a === '-exec' || a === '-execdir');
    const runner = command.argv[execAt + 1]?.split('/').pop() ?? '';
    if (execAt < 0 || !(runner in PRINTERS || runner in PATTERN_FIRST)) return undefined;
    const named = command.argv.flatMap((a, i) => (['-name', '-iname', '-path', '-wholename'].includes(a) ? [command.argv[i + 1] ?? ''] : []));
    return credentialIn(named, false);
  }
  if (name === 'dd') return credentialIn(command.argv.filter((a) => a.startsWith('if=')).map((a) => a.slice(3)), false);
  // `git show HEAD:.env`, `git cat-file -p main:.env`.
  if (name === 'git' && GIT_SHOWS.has(operands(command.argv, GIT_VALUE_OPTIONS)[0] ?? '')) {
    return credentialIn(command.argv.filter((a) => /^[^-][^:]*:./.test(a)).map((a) => a.slice(a.indexOf(':') + 1)), false);
  }
  return undefined;
}

/** git's global options that take a value, and the subcommands that print a file of a commit (made once: every git
 * command comes through printedFile). */
const GIT_VALUE_OPTIONS = ['-C', '-c'];
const GIT_SHOWS = new Set(['show', 'cat-file']);

function copiedFile(command: SimpleCommand): Found | undefined {
  const copier = COPIERS[command.name];
  if (!copier) return undefined;
  let ops = operands(command.argv, copier.values);
  const targetDir = command.argv.some((a) => a === '-t' || a.startsWith('--target-directory'));
  if (copier.lastIsDestination && !targetDir) ops = ops.slice(0, -1);
  // tar's short options may come without a dash (`tar czf out.tgz .env`): the first operand is then the options.
  if (command.name === 'tar' && ops.length > 0 && /^[A-Za-z]+$/.test(ops[0]) && !command.argv[1]?.startsWith('-')) ops = ops.slice(1);
  return credentialIn(ops, true);
}

export const rule: Rule = {
  meta: {
    id: 'credential-access/read-credential-file',
    title: 'Read a credential file',
    severity: 'caution',
    category: 'credential',
    why: 'Whatever a command prints lands in the agent\'s context, its logs and the model provider\'s servers; a secret printed once has to be treated as leaked and rotated.',
    saferAlternative: 'Read the template instead (.env.example), or give the agent only the one non-secret value it needs.',
    messages: {
      read: '{{tool}} prints {{file}}, {{kind}}.',
      copy: '{{tool}} copies {{file}} ({{kind}}) somewhere else.',
      upload: '{{tool}} sends {{file}} ({{kind}}) over the network.',
      redirect: '{{tool}} reads {{file}} ({{kind}}) from its input.',
    },
  },
  commands: [...Object.keys(PRINTERS), ...Object.keys(PATTERN_FIRST), ...Object.keys(COPIERS), 'openssl', 'find', 'dd', 'git', ...HTTP_CLIENT_COMMANDS],
  // `nc host < .env`: any program reading a credential file on its input.
  alsoWhen: { redirects: true },
  match(command): RuleMatch | null {
    const tool = command.name;
    const printed = printedFile(command);
    if (printed) return { messageId: 'read', data: { tool, ...printed } };
    const copied = copiedFile(command);
    if (copied) return { messageId: 'copy', data: { tool, ...copied } };
    const request = readHttpRequest(command);
    const uploaded = request && credentialIn(request.bodyFiles, false);
    if (uploaded) return { messageId: 'upload', data: { tool, ...uploaded } };
    // `source .env` / `. .env` is credential-access/load-env-file.
    if (tool === 'source' || tool === '.') return null;
    for (const r of command.redirects) {
      const redirected = r.op === '<' || r.op === '<>' || r.op === '<&' ? credentialIn([r.target], false) : undefined;
      if (redirected) return { messageId: 'redirect', data: { tool: tool || 'The command', ...redirected } };
    }
    return null;
  },
};
