// remote-code/run-downloaded-script: a file downloaded earlier in the same line and then run by a later command —
// `curl -fsSL URL -o install.sh && bash install.sh`, `wget URL && chmod +x setup.sh && ./setup.sh`,
// `curl -sL URL > run.sh && . run.sh`, `iwr URL -OutFile a.ps1; ./a.ps1`. Saving to a file first only helps when
// someone reads it before it runs; in one line nobody does, so this is `curl … | sh` by another spelling.
import type { Rule, RuleContext, RuleMatch } from '../types';
import type { SimpleCommand } from '../../shell/types';
import { downloadNamed } from '../downloads';
import { runsStdinAsCode, scriptOperand } from './code-runners';

/** The file this command runs: the program itself when written as a path (`./setup.sh`, `/tmp/s.sh`; a bare name is
 * looked up on PATH instead), the script a shell or interpreter is given (`bash f`, `. f`), or the file it reads as
 * its program on stdin (`bash < f`). */
function fileRun(command: SimpleCommand): { file: string; direct: boolean } | undefined {
  const program = command.argv[0];
  if (program !== undefined && program.includes('/') && !command.dynamicName) return { file: program, direct: true };
  const script = scriptOperand(command);
  if (script !== undefined) return { file: script, direct: false };
  const input = command.redirects.find((r) => r.op === '<' && (r.fd === undefined || r.fd === 0));
  return input && runsStdinAsCode(command) ? { file: input.target, direct: false } : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'remote-code/run-downloaded-script',
    title: 'Downloaded script run at once',
    severity: 'destructive',
    category: 'destructive',
    why: 'The script is saved and run in the same breath, so nobody reads it first: it runs with your permissions and does whatever the server sent, exactly like piping a download into a shell.',
    saferAlternative: 'Download the script on its own (curl -fsSL URL -o install.sh), read it (less install.sh), and run it as a separate step once you know what it does. Prefer a package manager when one is offered.',
    messages: {
      script: '{{tool}} downloads {{url}} to {{file}}, and {{runner}} runs it in the same command line, before anyone has read it.',
      direct: '{{tool}} downloads {{url}} to {{file}}, and the same command line then runs it, before anyone has read it.',
    },
  },
  // Only a file saved earlier in the line can match, and running it directly gives the command the file's own name,
  // which no list can spell: so the rule runs on every command after a download, and on no other.
  alsoWhen: { afterDownload: true },
  match(command: SimpleCommand, context: RuleContext): RuleMatch | null {
    const run = fileRun(command);
    if (!run) return null;
    const download = downloadNamed(run.file, context);
    if (!download) return null;
    const data = { tool: download.tool, url: download.url, file: download.path };
    return run.direct ? { messageId: 'direct', data } : { messageId: 'script', data: { ...data, runner: command.name } };
  },
};
