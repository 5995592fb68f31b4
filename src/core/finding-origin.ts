// What really runs, for a finding whose command was reached through something: a script the line runs
// (`bash cleanup.sh` → `rm -rf data`), decoded base64, `bash -c`, `sudo`. People (the modal) and agents (the hook's
// reason) are told the command and the way to it, not only the line they typed.
import type { Finding } from './classify';

const MAX_SHOWN = 160;

/** "`rm -rf data` inside bash cleanup.sh"; undefined for a command written directly in the line. */
export function hiddenOrigin(finding: Pick<Finding, 'commandText' | 'via'>, line: string): string | undefined {
  const text = finding.commandText.trim();
  if (text === '' || (finding.via.length === 0 && line.includes(text))) return undefined;
  const oneLine = text.replace(/\s*\n\s*/g, ' ⏎ ');
  const shown = oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN)}…` : oneLine;
  return finding.via.length > 0 ? `\`${shown}\` inside ${finding.via.join(' → ')}` : `\`${shown}\``;
}
