// credential-access/secret-manager-read: reading a secret's value out of a secret store — AWS Secrets Manager,
// SSM `--with-decryption`, `gcloud secrets versions access`, `az keyvault secret show`, `kubectl get secret -o yaml`,
// `vault kv get`/`vault read`, 1Password `op read`/`op item get`, Doppler, Bitwarden, pass, sops, ansible-vault view,
// macOS `security find-generic-password -w`. Listing names (`kubectl get secrets`, `vault kv list`) is fine, and so is a
// read inside `$(…)` whose value goes straight into another command rather than onto the screen.
import { flagValue, hasFlag, hasWord, operands } from '../../shell/args';
import type { SimpleCommand } from '../../shell/types';
import type { Rule, RuleMatch } from '../types';

const AWS_VALUES = ['--profile', '--region', '--output', '--query', '--endpoint-url', '--cli-read-timeout', '--cli-connect-timeout', '--ca-bundle', '--color'];
const GCLOUD_VALUES = ['--project', '--account', '--configuration', '--format', '--verbosity', '--impersonate-service-account', '--secret', '--location'];
const AZ_VALUES = ['--subscription', '--output', '-o', '--query', '--vault-name', '--name', '-n', '--id', '--version', '--file', '-f', '--encoding', '-e'];
const KUBE_VALUES = ['-n', '--namespace', '--context', '--kubeconfig', '--cluster', '--user', '-l', '--selector', '-o', '--output', '--field-selector', '-s', '--server', '--token', '--as', '--template'];
const VAULT_VALUES = ['-address', '-namespace', '-format', '-field', '-mount', '-version', '-output-curl-string'];
const OP_VALUES = ['--account', '--vault', '--fields', '--format', '--session', '--config', '-o', '--out-file', '-i', '--in-file'];

/** What store the command reads a secret from, or undefined. */
function secretRead(command: SimpleCommand): string | undefined {
  const argv = command.argv;
  const is = (values: readonly string[], ...words: string[]) => {
    const ops = operands(argv, values);
    return words.every((w, i) => ops[i] === w);
  };
  switch (command.name) {
    case 'aws':
      if (is(AWS_VALUES, 'secretsmanager', 'get-secret-value') || is(AWS_VALUES, 'secretsmanager', 'batch-get-secret-value')) return 'AWS Secrets Manager';
      if (['get-parameter', 'get-parameters', 'get-parameters-by-path'].some((s) => is(AWS_VALUES, 'ssm', s)) && hasWord(argv, '--with-decryption')) return 'AWS SSM Parameter Store';
      return undefined;
    case 'gcloud':
      return is(GCLOUD_VALUES, 'secrets', 'versions', 'access') ? 'Google Secret Manager' : undefined;
    case 'az':
      return is(AZ_VALUES, 'keyvault', 'secret', 'show') || is(AZ_VALUES, 'keyvault', 'secret', 'download') ? 'Azure Key Vault' : undefined;
    case 'kubectl': case 'oc': case 'k': {
      const ops = operands(argv, KUBE_VALUES);
      if (ops[0] === 'view-secret') return 'a Kubernetes secret';
      if (ops[0] !== 'get' || !/^secrets?(\/|$)|^secret\./.test(ops[1] ?? '')) return undefined;
      const output = flagValue(argv, ['--output'], 'o') ?? '';
      return /^(ya?ml|json|jsonpath|go-template|template|custom-columns)/.test(output) ? 'a Kubernetes secret' : undefined;
    }
    case 'vault':
      if (is(VAULT_VALUES, 'kv', 'get') || is(VAULT_VALUES, 'read')) return 'HashiCorp Vault';
      return undefined;
    case 'op':
      if (is(OP_VALUES, 'read') || is(OP_VALUES, 'inject') || is(OP_VALUES, 'item', 'get') || is(OP_VALUES, 'document', 'get')) return '1Password';
      return undefined;
    case 'doppler': {
      const ops = operands(argv, ['--project', '-p', '--config', '-c', '--token', '--format']);
      return ops[0] === 'secrets' && (ops[1] === undefined || ['get', 'download'].includes(ops[1])) ? 'Doppler' : undefined;
    }
    case 'bw':
      return is(['--session'], 'get') ? 'Bitwarden' : undefined;
    case 'pass': case 'gopass': {
      const ops = operands(argv, ['-c']);
      // `pass show x`, `pass x`, `gopass show x`; not `pass ls`, `pass insert`, `pass generate`.
      if (ops[0] === 'show' || ops[0] === 'cat') return 'the password store';
      return ops.length === 1 && !['ls', 'list', 'find', 'search', 'insert', 'edit', 'generate', 'rm', 'mv', 'cp', 'git', 'init', 'grep', 'sync', 'setup'].includes(ops[0]) ? 'the password store' : undefined;
    }
    case 'lpass':
      return is([], 'show') ? 'LastPass' : undefined;
    case 'sops':
      return hasFlag(argv, 'd', '--decrypt') && !hasFlag(argv, 'i', '--in-place') && !hasWord(argv, '--output') ? 'a sops-encrypted file' : undefined;
    case 'ansible-vault':
      return is(['--vault-password-file', '--vault-id'], 'view') || (is(['--vault-password-file', '--vault-id'], 'decrypt') && flagValue(argv, ['--output']) === '-') ? 'an Ansible vault' : undefined;
    case 'security':
      return (is([], 'find-generic-password') || is([], 'find-internet-password')) && hasFlag(argv, 'wg') ? 'the macOS keychain' : undefined;
    default:
      return undefined;
  }
}

export const rule: Rule = {
  meta: {
    id: 'credential-access/secret-manager-read',
    title: 'Read a secret from a secret store',
    severity: 'caution',
    category: 'credential',
    why: 'The command prints a secret\'s value, which then sits in the agent\'s context, its logs and the model provider\'s servers.',
    saferAlternative: 'Pass the secret straight to the program that needs it without printing it (PGPASSWORD="$(…)" psql …), or list names only.',
    messages: {
      read: '{{tool}} prints a secret from {{store}}.',
    },
  },
  commands: ['aws', 'gcloud', 'az', 'kubectl', 'oc', 'k', 'vault', 'op', 'doppler', 'bw', 'pass', 'gopass', 'lpass', 'sops', 'ansible-vault', 'security'],
  match(command): RuleMatch | null {
    // `X="$(aws secretsmanager get-secret-value …)"`: the value feeds another command instead of the screen.
    if (command.via.includes('$()')) return null;
    const store = secretRead(command);
    return store ? { messageId: 'read', data: { tool: command.name, store } } : null;
  },
};
