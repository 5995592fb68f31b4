import * as path from 'node:path';
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { rule } from '../../../../../src/core/hooks/tool-rules/credential-access/credential-file';
import { runToolRuleTable } from '../../../../helpers/tool-rule-tester';

const CWD = '/home/dev/shop';

// Paths as an agent's Read tool sends them (relative ones are resolved against the agent's cwd, as handle.ts does).
runToolRuleTable(rule, {
  input: (file) => ({ operation: 'read', path: file, absolutePath: path.posix.resolve(CWD, file) }),
  allow: [
    '.env.example',
    '.env.sample',
    'config/.env.template',
    'src/env.ts',
    'src/.env.d.ts',
    '.envoy.yaml',
    '/home/dev/.ssh/id_ed25519.pub',
    '/home/dev/.ssh/known_hosts',
    'certs/ca.pem',
    'certs/fullchain.pem',
    'README.md',
    'package.json',
    'docs/credentials.md',
    'src/secrets.ts',
    'terraform/main.tf',
    'credentials_test.go',
  ],
  stop: [
    { example: '.env', messageId: 'read' },
    { example: '.env.local', messageId: 'read' },
    { example: `${CWD}/.env.production`, messageId: 'read' },
    { example: 'services/api/.env', messageId: 'read' },
    { example: '.envrc', messageId: 'read' },
    { example: '/home/dev/.ssh/id_ed25519', messageId: 'read' },
    { example: '/home/dev/.aws/credentials', messageId: 'read' },
    { example: 'C:\\Users\\dev\\.aws\\credentials', messageId: 'read' },
    { example: '/home/dev/.kube/config', messageId: 'read' },
    { example: '/home/dev/.docker/config.json', messageId: 'read' },
    { example: '/home/dev/.config/gh/hosts.yml', messageId: 'read' },
    { example: '.npmrc', messageId: 'read' },
    { example: '/home/dev/.netrc', messageId: 'read' },
    { example: 'infra/terraform.tfstate', messageId: 'read' },
    { example: 'config/master.key', messageId: 'read' },
    { example: 'secrets.yaml', messageId: 'read' },
    { example: 'certs/server-key.pem', messageId: 'read' },
    { example: 'gcp/service-account.json', messageId: 'read' },
    { example: '/proc/self/environ', messageId: 'read' },
  ],
});

test('credential-access/credential-file: the message names the file, its kind and what the agent wants to do', () => {
  const match = rule.match({ operation: 'write', path: '.env', absolutePath: `${CWD}/.env` });
  assert.deepEqual(match, { messageId: 'write', data: { file: '.env', kind: 'an environment file' } });
});

test("credential-access/credential-file: the editor's credential shield decides when it is given", () => {
  const shield = (file: string): boolean => file === `${CWD}/config/prod.json`;
  assert.deepEqual(rule.match({ operation: 'read', path: 'config/prod.json', absolutePath: `${CWD}/config/prod.json`, isCredentialFile: shield }), {
    messageId: 'read',
    data: { file: 'config/prod.json', kind: 'a file the credential shield protects' },
  });
  assert.equal(rule.match({ operation: 'read', path: '.env', absolutePath: `${CWD}/.env`, isCredentialFile: shield }), null);
});
