// credential-access/dump-environment: printing every environment variable — bare `env`/`printenv`, `set`, `export -p`,
// `declare -x`, PowerShell `Get-ChildItem env:`, or inline code printing the whole of `process.env` / `os.environ`.
// A shell's environment usually holds API tokens, cloud keys and database URLs. Piped into a count or a names-only
// filter (`env | wc -l`, `env | grep -c PATH`, `env | cut -d= -f1`) it shows no values and is not matched.
import { flagValue, hasFlag, normalizeDashes } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import { readInlineProgram } from '../interpreters/inline-program';
import type { Rule, RuleMatch } from '../types';

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** The shell and PowerShell commands read below; this rule sees every command, so others return at once. */
const ENV_PRINTERS = new Set(['env', 'printenv', 'set', 'export', 'declare', 'typeset', 'get-childitem', 'gci', 'ls', 'dir', 'get-item']);

function dumps(command: SimpleCommand): string | undefined {
  if (!ENV_PRINTERS.has(command.name)) return undefined;
  const args = command.argv.slice(1).map(normalizeDashes);
  switch (command.name) {
    case 'env':
      // `env -u X`, `env -0`, `env X=1`: still prints everything when no command follows.
      return args.every((a, i) => a.startsWith('-') || ASSIGNMENT.test(a) || args[i - 1] === '-u' || args[i - 1] === '--unset') ? 'env' : undefined;
    case 'printenv':
      return args.every((a) => a.startsWith('-')) ? 'printenv' : undefined;
    case 'set':
      return args.length === 0 ? 'set' : undefined;
    case 'export':
      return args.length === 0 || (args.length === 1 && args[0] === '-p') ? 'export' : undefined;
    case 'declare': case 'typeset':
      return args.length === 0 || args.every((a) => /^-[xpg]+$/.test(a)) ? command.name : undefined;
    case 'get-childitem': case 'gci': case 'ls': case 'dir': case 'get-item':
      return args.some((a) => /^env:\\?\*?$/i.test(a)) ? command.name : undefined;
    default:
      return undefined;
  }
}

/** Readers that keep nothing of the values: a count (`wc -l`, `grep -c`), a yes/no (`grep -q`), or the names only
 * (`cut -d= -f1`). */
function keepsNoValues(reader: SimpleCommand): boolean {
  switch (reader.name) {
    case 'wc':
      return true;
    case 'grep': case 'egrep': case 'fgrep': case 'rg':
      return hasFlag(reader.argv, 'cqlL', '--count', '--quiet', '--silent', '--files-with-matches', '--files-without-match');
    case 'cut':
      return flagValue(reader.argv, ['--delimiter'], 'd') === '=' && flagValue(reader.argv, ['--fields'], 'f') === '1';
    default:
      return false;
  }
}

/** The dump piped into this command, when this command is the first to read it (`env | grep TOKEN` at grep). */
function dumpReadBy(command: SimpleCommand): string | undefined {
  for (const source of command.pipelineBefore) {
    const tool = source.pipelineAfter && dumps(source);
    if (!tool) continue;
    // Another command read the dump first (`env | grep -c X | cat`): that one is judged.
    if (command.pipelineBefore.some((c) => c !== source && c.pipelineBefore.includes(source))) continue;
    return tool;
  }
  return undefined;
}

/** `console.log(process.env)`, `node -p process.env`, `print(os.environ)`, `print(dict(os.environ))`, `pp ENV`. */
const WHOLE_ENV = /process\.env(?![\w$.[])|os\.environ(?![\w.[])|\bENV(?![\w.[])|%ENV(?!\{)|\$_ENV(?!\[)|getenv\(\s*\)/;
const PRINTS = /console\.(log|dir|table)|\bprint\b|\bputs\b|\bpp\b|\bp\s|var_dump|print_r|JSON\.stringify|\bsay\b|json\.dumps/;

export const rule: Rule = {
  meta: {
    id: 'credential-access/dump-environment',
    title: 'Print the whole environment',
    severity: 'caution',
    category: 'credential',
    why: 'The environment of a developer\'s shell usually holds API tokens, cloud keys and database passwords; printing it puts them all in the agent\'s context and logs.',
    saferAlternative: 'Print only the variable you need (printenv NODE_ENV), or list names without values (env | cut -d= -f1).',
    messages: {
      dump: '{{tool}} prints every environment variable, secrets included.',
      inline: 'This {{via}} code prints every environment variable, secrets included.',
    },
  },
  commands: [...ENV_PRINTERS],
  // A dump read further down a pipe (`env | grep TOKEN`); inline code printing the whole environment.
  alsoWhen: { pipedInput: true, names: ['interpreter'] },
  match(command): RuleMatch | null {
    // A dump piped onwards is judged where it is first read: `env | grep -c PATH`, `printenv | wc -l` and
    // `env | cut -d= -f1` keep no values; `env | grep TOKEN`, `env | sort` print them.
    const tool = dumps(command);
    if (tool) return command.pipelineAfter ? null : { messageId: 'dump', data: { tool } };
    const piped = dumpReadBy(command);
    if (piped && !keepsNoValues(command)) return { messageId: 'dump', data: { tool: piped } };
    const program = readInlineProgram(command);
    if (program && WHOLE_ENV.test(program.code) && (PRINTS.test(program.code) || / -p$| --print$/.test(program.via))) {
      return { messageId: 'inline', data: { via: program.via } };
    }
    return null;
  },
};
