// remote-code/shell-from-download: running a download through command or process substitution —
// `bash <(curl …)`, `sh -c "$(curl …)"`, `source <(curl …)`, `eval "$(wget -qO- …)"`, `python3 -c "$(curl …)"` — and
// PowerShell's `iex (iwr …)` / `iex (New-Object Net.WebClient).DownloadString(…)`.
import { NAME_FAMILIES } from '../name-families';
import type { Rule, RuleMatch } from '../types';
import { downloadInSubstitution, firstUrl, programWords } from './code-runners';

const POWERSHELL_DOWNLOAD = /\b(iwr|irm|invoke-webrequest|invoke-restmethod|downloadstring|downloadfile|net\.webclient)\b/i;
const POWERSHELL_RUN = /(^|[\s;|(])(iex|invoke-expression)\b/i;

export const rule: Rule = {
  meta: {
    id: 'remote-code/shell-from-download',
    title: 'Downloaded code run by a shell',
    severity: 'destructive',
    category: 'destructive',
    why: 'The shell runs whatever the server sends, straight from the network, before anyone has read it.',
    saferAlternative: 'Download the script to a file, read it, then run it, each as its own step: curl -fsSL URL -o install.sh, then less install.sh, then sh install.sh.',
    messages: {
      substitution: '{{runner}} runs code downloaded by {{downloader}} from {{url}} without saving or reading it first.',
      powershell: 'PowerShell downloads {{url}} and runs it with Invoke-Expression.',
    },
  },
  alsoWhen: { names: ['code-runner', 'powershell'] },
  match(command): RuleMatch | null {
    for (const word of programWords(command)) {
      const downloader = downloadInSubstitution(word);
      if (downloader) return { messageId: 'substitution', data: { runner: command.name, downloader, url: firstUrl([word]) ?? 'the internet' } };
    }
    const { name } = command;
    if (NAME_FAMILIES.powershell(name)) {
      const text = command.argv.slice(1).join(' ');
      const runs = name.startsWith('p') ? POWERSHELL_RUN.test(text) : true;
      if (runs && POWERSHELL_DOWNLOAD.test(text)) return { messageId: 'powershell', data: { url: firstUrl([text]) ?? 'a script' } };
    }
    return null;
  },
};
