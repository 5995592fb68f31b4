// remote-code/obfuscated-to-shell: encoded or compressed text decoded straight into a shell when the encoded text is
// not written on the command line (`base64 -d payload.b64 | sh`, `echo "$P" | base64 -d | bash`,
// `bash -c "$(echo $X | base64 -d)"`). A literal (`echo aGk= | base64 -d | sh`) is decoded by the parser instead, and
// the decoded commands are judged by the other rules.
import type { SimpleCommand } from '../../shell/types';
import { operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { isDecoder, isDownloader, programWords, runsStdinAsCode } from './code-runners';

const DYNAMIC = /[$`]/;

/** True when what the decoder reads is written out literally on the line, so the parser could decode it. */
function decodesLiteral(before: readonly SimpleCommand[], decoderIndex: number): boolean {
  const decoder = before[decoderIndex];
  if (operands(decoder.argv).some((o) => o !== '-' && !/^(base64|enc)$/.test(o))) return false;
  if (decoder.stdinText !== undefined) return !DYNAMIC.test(decoder.stdinText);
  const feeder = before[decoderIndex - 1];
  if (!feeder || (feeder.name !== 'echo' && feeder.name !== 'printf')) return false;
  return !feeder.argv.slice(1).some((a) => DYNAMIC.test(a));
}

const DECODE_IN_SUBSTITUTION = /(?:\$\(|`)[^)]*\|\s*(?:\S*\/)?(base64\s+(?:-[A-Za-z]*[dD]|--decode)|openssl\s+(?:base64|enc)[^|)]*\s-d|xxd\s+-[A-Za-z]*r|gunzip|zcat)/;

export const rule: Rule = {
  meta: {
    id: 'remote-code/obfuscated-to-shell',
    title: 'Decoded text run by a shell',
    severity: 'destructive',
    category: 'destructive',
    why: 'Encoded or compressed text is decoded and run in one go, so nobody can see the commands before they run; this is how malicious scripts hide what they do.',
    saferAlternative: 'Decode to a file first (base64 -d payload > script.sh), read it, then run it.',
    messages: {
      decoded: '{{decoder}} decodes text that is not on the command line and pipes it into {{runner}}, which runs it unseen.',
      substitution: '{{runner}} runs the output of a decoder, so the commands it runs cannot be seen.',
    },
  },
  alsoWhen: { pipedInput: true, names: ['code-runner'] },
  match(command): RuleMatch | null {
    if (command.pipedInput && runsStdinAsCode(command) && !command.pipelineBefore.some(isDownloader)) {
      const before = command.pipelineBefore;
      for (let i = before.length - 1; i >= 0; i--) {
        if (!isDecoder(before[i])) continue;
        if (decodesLiteral(before, i)) return null;
        return { messageId: 'decoded', data: { decoder: before[i].name, runner: command.name } };
      }
    }
    if (programWords(command).some((w) => DECODE_IN_SUBSTITUTION.test(w))) return { messageId: 'substitution', data: { runner: command.name } };
    return null;
  },
};
