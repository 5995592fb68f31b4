// credential-access/print-secret-variable: printing one secret-looking variable — `echo $GITHUB_TOKEN`,
// `printf '%s' "${AWS_SECRET_ACCESS_KEY}"`, `printenv OPENAI_API_KEY`, `declare -p DB_PASSWORD`,
// `node -p process.env.STRIPE_SECRET_KEY`, `python -c "print(os.environ['API_KEY'])"`. `${#TOKEN}` (a length) is fine.
import { operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import { readInlineProgram } from '../interpreters/inline-program';
import type { Rule, RuleMatch } from '../types';
import { expandedVariables, isSecretVariableName } from './secret-names';

/** Output sent to a file is not shown to the agent. */
function writesToFile(command: SimpleCommand): boolean {
  return command.redirects.some((r) => (r.op === '>' || r.op === '>>' || r.op === '>|' || r.op === '&>') && (r.fd === undefined || r.fd === 1) && !/^\/dev\/(stdout|stderr|tty)$/.test(r.target));
}

const INLINE_READS = [
  /process\.env\.([A-Za-z_][A-Za-z0-9_]*)/g,
  /process\.env\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\]/g,
  /os\.environ\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\]/g,
  /(?:os\.environ\.get|os\.getenv|getenv|ENV\.fetch)\(\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]/g,
  /ENV\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\]/g,
  /\$ENV\{\s*['"]?([A-Za-z_][A-Za-z0-9_]*)['"]?\s*\}/g,
  /\$_ENV\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\]/g,
  /Deno\.env\.get\(\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]/g,
  /Bun\.env\.([A-Za-z_][A-Za-z0-9_]*)/g,
];
const PRINTS = /console\.(log|dir|table|error)|\bprint\b|\bputs\b|\bpp\b|\bp\s|\becho\b|var_dump|print_r|\bsay\b/;

/** PowerShell's `$env:NAME`. */
const ENV_DRIVE = /\$env:([A-Za-z_][A-Za-z0-9_]*)/gi;

export const rule: Rule = {
  meta: {
    id: 'credential-access/print-secret-variable',
    title: 'Print a secret variable',
    severity: 'caution',
    category: 'credential',
    why: 'Printing the value puts the secret in the agent\'s context, its logs and the model provider\'s servers; it then has to be treated as leaked.',
    saferAlternative: 'Check that it is set without printing it: [ -n "$NAME" ] && echo set, or echo ${#NAME} for its length.',
    messages: {
      print: '{{tool}} prints the value of {{name}}.',
    },
  },
  commands: ['echo', 'printf', 'print', 'write-output', 'write-host', 'printenv', 'declare', 'typeset'],
  alsoWhen: { names: ['interpreter'] },
  match(command): RuleMatch | null {
    const tool = command.name;
    if (writesToFile(command)) return null;
    let names: string[] = [];
    if (tool === 'echo' || tool === 'printf' || tool === 'print' || tool === 'write-output' || tool === 'write-host') {
      // Only words with a `$` name a variable: most of what echo prints is skipped before any regex.
      const words = command.argv.slice(1).filter((w) => w.includes('$'));
      for (const w of words) names.push(...expandedVariables(w));
      // PowerShell: `echo $env:GITHUB_TOKEN`.
      // exec in a loop, not matchAll: V8's matchAll costs about a microsecond a call, exec a tenth of that.
      for (const w of words) {
        ENV_DRIVE.lastIndex = 0;
        for (let m = ENV_DRIVE.exec(w); m; m = ENV_DRIVE.exec(w)) names.push(m[1]);
      }
    } else if (tool === 'printenv') names = operands(command.argv);
    else if (tool === 'declare' || tool === 'typeset') names = operands(command.argv);
    else {
      const program = readInlineProgram(command);
      if (program && (PRINTS.test(program.code) || / -p$| --print$/.test(program.via))) {
        for (const re of INLINE_READS) {
          re.lastIndex = 0;
          for (let m = re.exec(program.code); m; m = re.exec(program.code)) names.push(m[1]);
        }
      }
    }
    const secret = names.find(isSecretVariableName);
    return secret ? { messageId: 'print', data: { tool, name: secret } } : null;
  },
};
