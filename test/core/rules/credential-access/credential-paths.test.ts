// The shared credential path list: what counts as a credential file by its path alone.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { credentialKind, isCredentialDirectory, isCredentialPath } from '../../../../src/core/rules/credential-access/credential-paths';

const CREDENTIAL = [
  '.env', '.env.local', '.env.production', 'apps/web/.env.development.local', '.envrc', 'production.env', '.env*',
  'id_rsa', '~/.ssh/id_ed25519', '$HOME/.ssh/id_ecdsa', '/home/dev/.ssh/id_rsa_work', '~/.ssh/id_*',
  'server.key', 'privkey.pem', 'ca-key.pem', 'github-app.private-key.pem', 'server.pem', 'cert.p12', 'AuthKey_ABC.p8', 'config/master.key',
  '~/.aws/credentials', '/home/dev/.aws/config', '${HOME}/.aws/credentials', '~/.kube/config', 'kubeconfig-prod.yaml', 'prod.kubeconfig',
  '.npmrc', '~/.pypirc', '~/.netrc', '.git-credentials', '~/.pgpass', '~/.my.cnf', 'terraform.tfstate', 'infra/terraform.tfstate.backup',
  'prod.tfstate', 'credentials.json', 'my-service-account.json', 'deploy-sa.json', 'client_secret_123.apps.googleusercontent.com.json',
  '~/.docker/config.json', '~/.config/gh/hosts.yml', '/etc/shadow', '/proc/self/environ', '/proc/1/environ', 'secrets.yaml',
  '~/.config/gcloud/application_default_credentials.json', '~/.cargo/credentials.toml', 'C:\\Users\\dev\\.aws\\credentials',
];
const NOT_CREDENTIAL = [
  '.env.example', '.env.sample', '.env.template', '.env.defaults', '.env.dist', '.env.local.example', 'example.env', '.venv',
  'env.ts', 'src/env.d.ts', 'environment.ts', 'id_rsa.pub', '~/.ssh/id_ed25519.pub', '~/.ssh/config', '~/.ssh/known_hosts',
  'cert.pem', 'fullchain.pem', 'ca.pem', 'chain.pem', 'public.pem', 'README.md', 'package.json', '.gitignore', 'config.json',
  'docker-compose.yml', 'terraform.tfvars.example', 'main.tf', 'credentials.yml.enc', 'id_list.txt', 'src/keys.ts', '.aws',
  'credentials.ts', 'kube.go', '.env.d.ts', 'src/.env.ts',
];

describe('credential-access/credential-paths', () => {
  for (const p of CREDENTIAL) it(`credential: ${p}`, () => assert.ok(isCredentialPath(p), `${p} should be a credential path`));
  for (const p of NOT_CREDENTIAL) it(`not credential: ${p}`, () => assert.equal(credentialKind(p), undefined, `${p} should not be a credential path`));
  it('names the kind of secret', () => {
    assert.equal(credentialKind('.env'), 'an environment file');
    assert.equal(credentialKind('~/.ssh/id_rsa'), 'an SSH private key');
  });
  it('knows directories that hold only credentials', () => {
    for (const d of ['~/.ssh', '~/.ssh/', '/home/dev/.aws', '$HOME/.gnupg', '.kube']) assert.ok(isCredentialDirectory(d), d);
    for (const d of ['src', '~/.config', '/tmp', 'ssh']) assert.ok(!isCredentialDirectory(d), d);
  });
});
