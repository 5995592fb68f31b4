// The scanner over a generated workspace: planted credentials in unrelated files are found, look-alikes are not,
// dependencies, binaries and huge files are handled, unreadable entries are reported and skipped, nothing leaks.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { credentialFilePaths, isCredentialFile, scanDirectory, scanFileText, scanFolderUnder, scanSingleFile, type ScanFs } from '../../../src/core/credentials/scanner';
import { matchCredentialPath } from '../../../src/core/credentials/path-rules';
import { fake, makeWorkspace, plantedWorkspace } from './fixtures';

const roots: string[] = [];
after(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});
function workspace(files: Record<string, string | Buffer>): string {
  const root = makeWorkspace(files);
  roots.push(root);
  return root;
}

describe('scanDirectory on a planted workspace', () => {
  const ws = plantedWorkspace();
  const root = workspace(ws.files);

  it('finds every planted credential and nothing else', async () => {
    const result = await scanDirectory(root);
    const got = result.findings.map((f) => `${f.path} ${f.detector}`).sort();
    assert.deepEqual(got, ws.planted.map((p) => `${p.path} ${p.detector}`).sort());
    assert.deepEqual(result.errors, []);
    assert.equal(result.filesSeen, Object.keys(ws.files).length);
  });

  it('reports the Railway token in scripts/domains.sh with its line, variable and a masked preview', async () => {
    const result = await scanDirectory(root);
    const f = result.findings.find((x) => x.path === 'scripts/domains.sh');
    assert.ok(f);
    assert.equal(f.kind, 'content');
    assert.equal(f.line, 4);
    assert.equal(f.name, 'RAILWAY_TOKEN');
    assert.equal(f.preview, 'RAILWAY_TOKEN=…(36 chars) railway domain add www.example.org');
    const lineText = ws.files['scripts/domains.sh'].split('\n')[3];
    assert.match(lineText.slice(f.column, (f.column ?? 0) + (f.length ?? 0)), /^[0-9a-f-]{36}$/);
  });

  it('never puts a secret in a preview', async () => {
    const result = await scanDirectory(root);
    const contentFindings = result.findings.filter((f) => f.line !== undefined);
    assert.ok(contentFindings.length >= 10);
    for (const f of contentFindings) {
      const line = ws.files[f.path].split('\n')[(f.line as number) - 1];
      const secret = line.slice(f.column, (f.column as number) + (f.length as number));
      if (f.detector === 'private-key') continue; // the span is the header line, which is not secret
      assert.ok(!f.preview.includes(secret.slice(-6)), `${f.path}: ${f.preview}`);
    }
    // Whole-file findings show what the file is, never its text.
    for (const f of result.findings.filter((x) => x.line === undefined)) assert.ok(!ws.files[f.path].includes(f.preview), f.path);
  });

  it('lists each file once for hiding', async () => {
    const paths = credentialFilePaths((await scanDirectory(root)).findings);
    assert.deepEqual(paths, [...new Set(ws.planted.map((p) => p.path))].sort());
  });
});

describe('what the scanner skips', () => {
  it('skips node_modules and .git, honours excludes, and judges binaries and big files by name only', async () => {
    const token = `GITHUB_TOKEN=${fake.github()}\n`;
    const root = workspace({
      'node_modules/pkg/index.js': token,
      '.git/config': token,
      'vendor/lib.js': token,
      'big.txt': 'x'.repeat(2048) + token,
      'image.png': token,
      'blob.dat': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(token)]),
      'secrets/store.jks': Buffer.from([0, 1, 2, 3]),
      'src/app.ts': token,
    });
    const result = await scanDirectory(root, { excludes: ['vendor/**'], maxFileBytes: 1024 });
    assert.deepEqual(result.findings.map((f) => `${f.path} ${f.detector}`), ['secrets/store.jks private-key', 'src/app.ts github-token']);
  });

  it('extra credential globs from settings', async () => {
    const root = workspace({ 'ops/vault-pass.txt': 'hunter', 'ops/readme.txt': 'hi' });
    const result = await scanDirectory(root, { extraPaths: ['ops/vault-*'] });
    assert.deepEqual(result.findings.map((f) => `${f.path} ${f.detector}`), ['ops/vault-pass.txt configured-path']);
  });
});

describe('scanning part of a workspace (for file watchers)', () => {
  const token = () => `GITHUB_TOKEN=${fake.github()}\n`;
  const root = workspace({
    'ops/deploy/notify.py': token(),
    'ops/deploy/readme.md': 'hi',
    'ops/keys/.env': 'A=1',
    'ops/node_modules/pkg/index.js': token(),
    'ops/vendor/lib.js': token(),
    'other/app.ts': token(),
    'vendor/inner/app.ts': token(),
    'node_modules/inner/app.ts': token(),
  });
  const options = { excludes: ['**/vendor/**', 'vendor'] };

  it('a folder: what the whole scan finds under it, with paths from the root', async () => {
    const part = await scanFolderUnder(root, 'ops', options);
    const whole = await scanDirectory(root, options);
    const under = (r: typeof whole) => r.findings.filter((f) => f.path.startsWith('ops/')).map((f) => `${f.path} ${f.detector}`);
    assert.deepEqual(under(part), under(whole));
    assert.deepEqual(under(part), ['ops/deploy/notify.py github-token', 'ops/keys/.env environment-file']);
    assert.equal(part.findings.length, 2, 'nothing outside the folder');
    assert.deepEqual(part.errors, []);
    assert.deepEqual((await scanFolderUnder(root, 'ops/deploy/', options)).findings.map((f) => f.path), ['ops/deploy/notify.py']);
  });

  it('a folder inside a skipped or excluded folder, or gone, or a file, gives nothing and no error', async () => {
    for (const rel of ['vendor/inner', 'node_modules/inner', 'ops/vendor', 'gone', 'other/app.ts']) {
      const r = await scanFolderUnder(root, rel, options);
      assert.deepEqual([r.findings.length, r.errors], [0, []], rel);
    }
  });

  it('one file: the same findings the whole scan gives for it; excluded or gone gives none', async () => {
    const whole = await scanDirectory(root, options);
    assert.deepEqual(scanSingleFile(root, 'ops/deploy/notify.py', options).findings, whole.findings.filter((f) => f.path === 'ops/deploy/notify.py'));
    for (const rel of ['ops/vendor/lib.js', 'node_modules/inner/app.ts', 'gone.txt', 'ops']) assert.deepEqual(scanSingleFile(root, rel, options).findings, [], rel);
  });
});

describe('errors never stop the scan', () => {
  it('a missing folder is one clear message', async () => {
    const result = await scanDirectory('/nonexistent/agent-guard-test');
    assert.deepEqual(result.findings, []);
    assert.equal(result.errors.length, 1);
    assert.match(result.errors[0], /no such folder/);
  });

  it('unreadable files and folders are reported; the rest is scanned', async () => {
    const root = workspace({ 'a/.env': 'A=1', 'a/locked.sh': 'x', 'b/ok.sh': `RAILWAY_TOKEN=${fake.uuid()}`, 'c/x.txt': 'x' });
    const real: ScanFs = { readdir: (d) => fs.readdirSync(d, { withFileTypes: true }), size: (f) => fs.statSync(f).size, readFile: (f) => fs.readFileSync(f) };
    const denied = (code: string) => Object.assign(new Error(code), { code });
    const failing: ScanFs = {
      readdir: (d) => (d.endsWith(`${path.sep}c`) ? (() => { throw denied('EACCES'); })() : real.readdir(d)),
      size: real.size,
      readFile: (f) => (f.endsWith('locked.sh') || f.endsWith('.env') ? (() => { throw denied('EACCES'); })() : real.readFile(f)),
    };
    const result = await scanDirectory(root, { fs: failing });
    assert.deepEqual(result.findings.map((f) => f.path), ['a/.env', 'b/ok.sh']);
    assert.deepEqual(result.errors.sort(), [
      'a/.env: cannot read this file (EACCES); judged by its name only.',
      'a/locked.sh: cannot read this file (EACCES); judged by its name only.',
      'c: cannot list this folder (EACCES); skipped it.',
    ]);
  });

  it('can be cancelled', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`f${i}.txt`] = 'x';
    const result = await scanDirectory(workspace(files), { isCancelled: () => true });
    assert.equal(result.cancelled, true);
    assert.ok(result.filesSeen < 300);
  });
});

describe('path rules', () => {
  const credential = ['.env', '.env.local', 'apps/web/.env.production', 'production.env', '.envrc', 'id_rsa', '.ssh/id_ed25519', 'key.pem', 'tls/server.key', 'store.p12', 'cert.pfx', 'android/release.jks', 'app.keystore', '.npmrc', '.pypirc', '.netrc', '.git-credentials', '.pgpass', '.aws/credentials', '.kube/config', 'kubeconfig', 'infra/terraform.tfstate', 'terraform.tfstate.backup', 'config/master.key', 'config/credentials/production.key', '.docker/config.json'];
  const notCredential = ['.env.example', '.env.sample', '.env.template', '.env.defaults', '.env.dist', 'src/env.ts', 'id_rsa.pub', '.ssh/id_ed25519.pub', 'src/id_generator.py', 'README.md', 'cert/fullchain.pem', 'main.tf', 'config.json'];
  for (const p of credential) it(`${p} is a credential file`, () => assert.ok(matchCredentialPath(p), p));
  for (const p of notCredential) it(`${p} is not`, () => assert.equal(matchCredentialPath(p), undefined, p));

  it('content clears names that are usually harmless', () => {
    assert.equal(matchCredentialPath('.npmrc', 'engine-strict=true\n'), undefined);
    assert.ok(matchCredentialPath('.npmrc', `//registry.npmjs.org/:_authToken=${fake.npm()}\n`));
    assert.equal(matchCredentialPath('certs/site.pem', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'), undefined);
    assert.equal(matchCredentialPath('.docker/config.json', '{"credsStore": "desktop"}'), undefined);
    assert.ok(matchCredentialPath('.docker/config.json', `{"auths": {"ghcr.io": {"auth": "${Buffer.from('me:' + fake.github()).toString('base64')}"}}}`));
  });

  it('content alone can make a credential file', () => {
    const sa = JSON.stringify({ type: 'service_account', private_key: fake.privateKey() });
    assert.equal(matchCredentialPath('deploy/prod.json', sa)?.detector, 'gcp-service-account');
    assert.equal(matchCredentialPath('deploy/prod.json', '{"type": "module"}'), undefined);
    const kube = `apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    token: ${fake.hex(40)}\n`;
    assert.equal(matchCredentialPath('ops/cluster.yaml', kube)?.detector, 'kubeconfig');
  });
});

describe('isCredentialFile (for read hooks)', () => {
  it('answers by path, and by content when given', () => {
    assert.equal(isCredentialFile('.env'), true);
    assert.equal(isCredentialFile('./config/master.key'), true);
    assert.equal(isCredentialFile('scripts/domains.sh'), false);
    assert.equal(isCredentialFile('scripts/domains.sh', `RAILWAY_TOKEN=${fake.uuid()} railway up`), true);
    assert.equal(isCredentialFile('scripts/domains.sh', 'railway up'), false);
  });
  it('scanFileText gives the same answer as the scanner for one file', () => {
    const text = `const a = 1;\nconst b = "${fake.stripe()}";\n`;
    assert.deepEqual(scanFileText('src/pay.ts', text).map((f) => [f.detector, f.line, f.column]), [['stripe-live-key', 2, 11]]);
  });
});
