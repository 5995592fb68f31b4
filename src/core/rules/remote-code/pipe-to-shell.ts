// remote-code/pipe-to-shell: downloading a script and piping it straight into a shell or interpreter
// (`curl … | sh`, `wget -O- … | sudo bash`, `curl … | python3 -`, `iwr … | iex`): code nobody has read runs at once.
import type { Rule, RuleMatch } from '../types';
import { firstUrl, isDownloader, runsStdinAsCode } from './code-runners';

export const rule: Rule = {
  meta: {
    id: 'remote-code/pipe-to-shell',
    title: 'Download piped into a shell',
    severity: 'destructive',
    category: 'destructive',
    why: 'The downloaded script runs the moment it arrives, with your permissions, before anyone has read it; the server can send anything, including something different from what a browser shows.',
    saferAlternative: 'Download the script to a file, read it, then run it, each as its own step: curl -fsSL URL -o install.sh, then less install.sh, then sh install.sh. Prefer a package manager when one is offered.',
    messages: {
      pipe: '{{downloader}} downloads {{url}} and pipes it into {{runner}}, which runs it unread.',
    },
  },
  alsoWhen: { pipedInput: true },
  match(command): RuleMatch | null {
    if (!command.pipedInput || !runsStdinAsCode(command)) return null;
    const source = command.pipelineBefore.find(isDownloader);
    if (!source) return null;
    return { messageId: 'pipe', data: { downloader: source.name, url: firstUrl(source.argv) ?? 'a script', runner: command.name } };
  },
};
