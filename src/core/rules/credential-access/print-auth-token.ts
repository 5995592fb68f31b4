// credential-access/print-auth-token: CLIs that print a login token or password — `gh auth token`,
// `gh auth status --show-token`, `gcloud auth print-access-token`, `az account get-access-token`,
// `aws configure get aws_secret_access_key`, `aws configure export-credentials`, `heroku auth:token`, `fly auth token`,
// `kubectl config view --raw`, `git credential fill`, `vault print token`, `npm config get …:_authToken`,
// `docker-credential-* get`. Inside `$(…)` the token feeds another command instead of the screen, which is fine.
import { hasFlag, hasWord, operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import type { Rule, RuleMatch } from '../types';

/** The CLIs read below; Docker's credential helpers (`docker-credential-<store>`) have open-ended names. */
const TOKEN_CLIS = new Set(['gh', 'gcloud', 'az', 'aws', 'heroku', 'fly', 'flyctl', 'kubectl', 'oc', 'git', 'vault', 'npm', 'pnpm', 'yarn']);

/** Their options that take a separate value (one list for all of them, made once). */
const VALUE_OPTIONS = ['--profile', '--region', '--project', '--account', '-h', '--hostname', '--format', '--context', '--kubeconfig', '-a', '--app', '-o', '--output'];

function tokenPrinter(command: SimpleCommand): string | undefined {
  if (!TOKEN_CLIS.has(command.name) && !command.name.startsWith('docker-credential-')) return undefined;
  const argv = command.argv;
  const ops = operands(argv, VALUE_OPTIONS);
  const at = (...words: string[]) => words.every((w, i) => ops[i] === w);
  switch (command.name) {
    case 'gh':
      if (at('auth', 'token')) return 'your GitHub token';
      return at('auth', 'status') && hasFlag(argv, 't', '--show-token') ? 'your GitHub token' : undefined;
    case 'gcloud':
      return ops.some((o) => o === 'print-access-token' || o === 'print-identity-token' || o === 'print-refresh-token') && ops[0] === 'auth' ? 'a Google Cloud access token' : undefined;
    case 'az':
      return at('account', 'get-access-token') ? 'an Azure access token' : undefined;
    case 'aws':
      if (at('configure', 'export-credentials')) return 'your AWS credentials';
      return at('configure', 'get') && /secret|session_token|password/i.test(ops[2] ?? '') ? 'your AWS secret key' : undefined;
    case 'heroku':
      return at('auth:token') ? 'your Heroku API token' : undefined;
    case 'fly': case 'flyctl':
      return at('auth', 'token') ? 'your Fly.io token' : undefined;
    case 'kubectl': case 'oc':
      return at('config', 'view') && hasWord(argv, '--raw') ? 'cluster keys and tokens from your kubeconfig' : undefined;
    case 'git':
      return ops[0] === 'credential' && ops[1] === 'fill' ? 'a saved Git password' : undefined;
    case 'vault':
      return at('print', 'token') ? 'your Vault token' : undefined;
    case 'npm': case 'pnpm': case 'yarn':
      return ops[0] === 'config' && ops[1] === 'get' && /_auth(Token)?|_password/i.test(ops[2] ?? '') ? 'a package-registry token' : undefined;
    default:
      return ops[0] === 'get' ? 'a Docker registry password' : undefined;
  }
}

export const rule: Rule = {
  meta: {
    id: 'credential-access/print-auth-token',
    title: 'Print a login token',
    severity: 'caution',
    category: 'credential',
    why: 'A printed token lands in the agent\'s context and logs; anyone who reads it can act as you until it is revoked.',
    saferAlternative: 'Pass the token straight to the command that needs it (GH_TOKEN="$(gh auth token)" …) instead of printing it.',
    messages: {
      print: '{{tool}} prints {{what}}.',
    },
  },
  commands: [...TOKEN_CLIS],
  alsoWhen: { names: ['docker-credential-helper'] },
  match(command): RuleMatch | null {
    if (command.via.includes('$()')) return null;
    const what = tokenPrinter(command);
    return what ? { messageId: 'print', data: { tool: command.name, what } } : null;
  },
};
