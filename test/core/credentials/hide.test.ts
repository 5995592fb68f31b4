// applyHide on a real folder: which files it creates, that a second run writes nothing, that stale entries go, and
// that a read-only or broken file is left exactly as it was with a clear message.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { applyHide, type HideTargets } from '../../../src/core/credentials/hide';
import { BLOCK_START } from '../../../src/core/credentials/hide-edits';
import { makeWorkspace } from './fixtures';

const roots: string[] = [];
after(() => {
  for (const r of roots) {
    for (const f of ['.claude/settings.json', '.cursorignore']) fs.existsSync(path.join(r, f)) && fs.chmodSync(path.join(r, f), 0o644);
    fs.rmSync(r, { recursive: true, force: true });
  }
});
function workspace(files: Record<string, string> = {}): string {
  const root = makeWorkspace(files);
  roots.push(root);
  return root;
}
const read = (root: string, rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const targets: HideTargets = { ignoreFiles: ['.aiexclude'], claudeCode: true, chatAutoApprove: true, explorerExclude: false };

describe('applyHide', () => {
  it('writes every enabled target, then nothing on a second run', () => {
    const root = workspace({ '.aiderignore': 'tmp/\n' });
    const first = applyHide(root, ['.env', 'scripts/domains.sh'], targets, {});
    assert.deepEqual(first.errors, []);
    assert.deepEqual(first.changed.sort(), ['.aiderignore', '.aiexclude', '.claude/settings.json', '.cursorignore', '.vscode/settings.json']);
    assert.ok(read(root, '.cursorignore').includes('/scripts/domains.sh\n'));
    assert.ok(read(root, '.aiderignore').startsWith('tmp/\n\n' + BLOCK_START));
    assert.deepEqual(JSON.parse(read(root, '.claude/settings.json')).permissions.deny, ['Read(./.env)', 'Edit(./.env)', 'Read(./scripts/domains.sh)', 'Edit(./scripts/domains.sh)']);
    assert.deepEqual(JSON.parse(read(root, '.vscode/settings.json'))['chat.tools.edits.autoApprove'], { '**/.env': false, '**/scripts/domains.sh': false });
    assert.equal(fs.existsSync(path.join(root, '.geminiignore')), false, 'not enabled, not present: not created');
    const second = applyHide(root, ['.env', 'scripts/domains.sh'], targets, first.record);
    assert.deepEqual(second.changed, []);
    assert.deepEqual(second.record, first.record);
  });

  it('removes stale entries of ours when a secret goes away, keeping the user lines', () => {
    const root = workspace({ '.claude/settings.json': '{\n  // mine\n  "permissions": { "deny": ["Read(./prod.pem)"] }\n}\n' });
    const first = applyHide(root, ['.env', 'prod.pem'], targets, {});
    const second = applyHide(root, ['prod.pem'], targets, first.record);
    assert.deepEqual(JSON.parse(read(root, '.claude/settings.json').replace(/\/\/.*$/gm, '')).permissions.deny, ['Read(./prod.pem)', 'Edit(./prod.pem)']);
    assert.ok(!read(root, '.cursorignore').includes('/.env'));
    const third = applyHide(root, [], targets, second.record);
    assert.equal(read(root, '.claude/settings.json'), '{\n  // mine\n  "permissions": { "deny": ["Read(./prod.pem)"] }\n}\n');
    assert.equal(read(root, '.cursorignore'), '');
    assert.deepEqual(third.record, {});
  });

  it('creates nothing when there is nothing to hide', () => {
    const root = workspace();
    assert.deepEqual(applyHide(root, [], targets, {}).changed, []);
    assert.deepEqual(fs.readdirSync(root), []);
  });

  it('leaves a read-only file untouched and says so; the other files are still updated', () => {
    const root = workspace({ '.cursorignore': '# mine\n' });
    fs.chmodSync(path.join(root, '.cursorignore'), 0o444);
    const r = applyHide(root, ['.env'], targets, {});
    assert.equal(read(root, '.cursorignore'), '# mine\n');
    assert.deepEqual(r.errors, ['.cursorignore is read-only, so Agent Guard could not keep its credential entries up to date. Make it writable, or add the entries yourself.']);
    assert.ok(r.changed.includes('.claude/settings.json'));
  });

  it('leaves invalid JSON untouched, records nothing for it, and says where the error is', () => {
    const broken = '{\n  "permissions": {\n    "deny": [\n}\n';
    const root = workspace({ '.claude/settings.json': broken });
    const r = applyHide(root, ['.env'], targets, {});
    assert.equal(read(root, '.claude/settings.json'), broken);
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0], /^\.claude\/settings\.json:4: .*did not change it/);
    assert.equal(r.record['.claude/settings.json#permissions/deny'], undefined);
  });

  it('explorer excludes only when switched on, and removed when switched off', () => {
    const root = workspace();
    const on = applyHide(root, ['.env'], { ...targets, explorerExclude: true }, {});
    const s = JSON.parse(read(root, '.vscode/settings.json'));
    assert.deepEqual([s['files.exclude'], s['search.exclude']], [{ '.env': true }, { '.env': true }]);
    applyHide(root, ['.env'], targets, on.record);
    const after2 = JSON.parse(read(root, '.vscode/settings.json'));
    assert.deepEqual([after2['files.exclude'], after2['search.exclude']], [{}, {}]);
  });
});
