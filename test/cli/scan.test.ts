// The `agent-guard scan` contract, through the built CLI as a separate process: the exact --json shape, a readable
// table, masked previews, clear messages on stderr, and exit 2 only for bad usage.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { after, describe, it } from 'node:test';
import { runCli } from '../helpers/cli';
import { fake, makeWorkspace } from '../core/credentials/fixtures';

const token = fake.uuid();
const root = makeWorkspace({
  'scripts/domains.sh': `#!/bin/sh\nRAILWAY_TOKEN=${token} railway domain add www.example.org\n`,
  '.env': 'A=1\n',
  '.env.example': 'OPENAI_API_KEY=your_api_key_here\n',
  'vendor/x.sh': `RAILWAY_TOKEN=${fake.uuid()}\n`,
  'README.md': '# hello\n',
});
after(() => fs.rmSync(root, { recursive: true, force: true }));

describe('agent-guard scan', () => {
  it('--json gives exactly path, kind, detector, line (content only) and a masked preview', () => {
    const r = runCli(['scan', '--json', '--exclude', 'vendor/**', root]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), {
      findings: [
        { path: '.env', kind: 'path', detector: 'environment-file', preview: 'an environment file' },
        { path: 'scripts/domains.sh', kind: 'content', detector: 'secret-assignment', line: 2, preview: 'RAILWAY_TOKEN=…(36 chars) railway domain add www.example.org' },
      ],
    });
    assert.ok(!r.stdout.includes(token));
  });

  it('scans the current folder by default and prints a table', () => {
    const r = runCli(['scan'], { cwd: root });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0], /^FILE\s+FOUND\s+PREVIEW \(masked\)$/);
    assert.match(r.stdout, /^scripts\/domains\.sh:2\s+secret-assignment\s+RAILWAY_TOKEN=…\(36 chars\)/m);
    assert.match(r.stdout, /3 findings in 3 files/);
    assert.ok(!r.stdout.includes(token));
  });

  it('honours agentGuard.credentials.exclude from the folder settings', () => {
    fs.mkdirSync(`${root}/.vscode`, { recursive: true });
    fs.writeFileSync(`${root}/.vscode/settings.json`, '{ // excludes\n "agentGuard.credentials.exclude": ["vendor/**"] }\n');
    try {
      const r = runCli(['scan', '--json', root]);
      assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { path: string }) => f.path), ['.env', 'scripts/domains.sh']);
    } finally {
      fs.rmSync(`${root}/.vscode`, { recursive: true, force: true });
    }
  });

  it('a missing folder: a clear message, empty findings, exit 0', () => {
    const r = runCli(['scan', '--json', `${root}/nope`]);
    assert.equal(r.status, 0);
    assert.deepEqual(JSON.parse(r.stdout), { findings: [] });
    assert.match(r.stderr, /nope: no such folder/);
  });

  it('bad usage exits 2 with the usage line', () => {
    for (const args of [['scan', '--frobnicate'], ['scan', 'a', 'b'], ['scan', '--max-file-size', 'big']]) {
      const r = runCli(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /Usage: agent-guard scan/);
    }
  });
});
