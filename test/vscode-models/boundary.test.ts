// The layer boundary, checked mechanically: src/core and src/vscode/models never import `vscode`, so they run (and are
// tested) without an editor. Also: every command id the editor core registers is declared in package.json.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { COMMANDS } from '../../src/vscode/commands/ids';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const REPO = fs.existsSync(path.join(ROOT, 'package.json')) ? ROOT : path.resolve(__dirname, '..', '..');
const repoRoot = (): string => {
  // Compiled tests live in <out>/test/vscode-models; the sources are found from the working directory.
  for (const candidate of [process.cwd(), REPO]) if (fs.existsSync(path.join(candidate, 'src', 'core'))) return candidate;
  throw new Error('run the tests from the repository root');
};

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? tsFiles(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []));
}

const IMPORTS_VSCODE = /(from\s+['"]vscode['"])|(require\(\s*['"]vscode['"]\s*\))|(import\s+['"]vscode['"])/;

describe('layer boundary', () => {
  for (const layer of ['src/core', 'src/vscode/models']) {
    it(`${layer} never imports vscode`, () => {
      const files = tsFiles(path.join(repoRoot(), layer));
      assert.ok(files.length > 0);
      const offenders = files.filter((f) => IMPORTS_VSCODE.test(fs.readFileSync(f, 'utf8')));
      assert.deepEqual(offenders, []);
    });
  }
  it('the boundary check catches an import', () => {
    assert.ok(IMPORTS_VSCODE.test("import * as vscode from 'vscode';"));
    assert.ok(IMPORTS_VSCODE.test("import type { Uri } from \"vscode\";"));
    assert.ok(!IMPORTS_VSCODE.test("import { x } from './vscode-free';"));
  });
});

describe('package.json contributes', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8'));
  it('declares every editor-core command', () => {
    const declared = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));
    assert.deepEqual(Object.values(COMMANDS).filter((id) => !declared.has(id)), []);
  });
  it('gives every setting a markdown description and a default', () => {
    const props = pkg.contributes.configuration.properties as Record<string, Record<string, unknown>>;
    const missing = Object.entries(props).filter(([, p]) => typeof p.markdownDescription !== 'string' || !('default' in p)).map(([k]) => k);
    assert.deepEqual(missing, []);
    assert.equal(props['agentGuard.environment'].scope, 'resource');
  });
  it('activates on startup finished, never *', () => {
    assert.deepEqual(pkg.activationEvents, ['onStartupFinished']);
    assert.equal(pkg.engines.vscode, '^1.93.0');
  });
  it('ships walkthrough pages and icons that exist', () => {
    const files = [pkg.icon, ...pkg.contributes.walkthroughs.flatMap((w: { steps: { media: { markdown: string } }[] }) => w.steps.map((s) => s.media.markdown))];
    assert.deepEqual(files.filter((f: string) => !fs.existsSync(path.join(repoRoot(), f))), []);
  });
});
