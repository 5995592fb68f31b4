// credential-access/load-env-file: `source .env`, `. ./.env.production`, `set -a; . .env`: every secret in the file
// becomes a shell variable, one `env` or `echo` away from the agent's context.
import { operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { credentialKindOfWord } from './credential-paths';

export const rule: Rule = {
  meta: {
    id: 'credential-access/load-env-file',
    title: 'Load a credential file into the shell',
    severity: 'caution',
    category: 'credential',
    why: 'Loading the file puts every secret in it into the agent\'s shell, where the next command can print or send them.',
    saferAlternative: 'Let the program load its own .env (dotenv), or run it with only the variables it needs.',
    messages: {
      load: '{{tool}} loads {{file}} ({{kind}}) into the shell.',
    },
  },
  commands: ['source', '.'],
  match(command): RuleMatch | null {
    if (command.name !== 'source' && command.name !== '.') return null;
    const file = operands(command.argv)[0];
    const kind = file === undefined ? undefined : credentialKindOfWord(file);
    return kind && file ? { messageId: 'load', data: { tool: command.name === '.' ? '.' : 'source', file, kind } } : null;
  },
};
