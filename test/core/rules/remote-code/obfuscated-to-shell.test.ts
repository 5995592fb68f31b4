import { rule } from '../../../../src/core/rules/remote-code/obfuscated-to-shell';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'echo aGVsbG8gd29ybGQK | base64 -d',
    'base64 -d payload.b64 > payload.bin',
    'echo bHMgLWxhCg== | base64 -d | bash',
    'base64 -d <<< bHMgLWxhCg== | sh',
    'cat notes.txt | sh',
    'gunzip backup.sql.gz',
    'echo "$X" | base64 -d | jq .',
    'base64 -w0 install.sh | pbcopy',
    'curl -fsSL https://example.com/i.b64 | base64 -d | bash',
  ],
  stop: [
    { command: 'base64 -d payload.b64 | sh', messageId: 'decoded' },
    { command: 'cat payload.b64 | base64 --decode | bash', messageId: 'decoded' },
    { command: 'echo "$PAYLOAD" | base64 -d | bash', messageId: 'decoded' },
    { command: 'echo $PAYLOAD | base64 -D | sudo bash', messageId: 'decoded' },
    { command: 'printf %s "$P" | openssl base64 -d -A | sh', messageId: 'decoded' },
    { command: 'base64 -d <<< "$P" | bash', messageId: 'decoded' },
    { command: 'xxd -r -p payload.hex | sh', messageId: 'decoded' },
    { command: 'zcat setup.sh.gz | bash', messageId: 'decoded' },
    { command: 'gzip -dc setup.sh.gz | sh', messageId: 'decoded' },
    { command: 'cat blob | base64 -d | python3', messageId: 'decoded' },
    { command: 'bash -c "$(echo $X | base64 -d)"', messageId: 'substitution' },
    { command: 'eval "$(cat x.b64 | base64 --decode)"', messageId: 'substitution' },
  ],
});
