// Hygiene of the rule packs (like ESLint's checkRuleFiles): every rule file is registered, sorted, documented and has
// its own table test; ids match paths; meta is complete.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { allRules, PACKS } from '../../src/core/rules/registry';
import { MANIFEST_PATH, renderManifest } from '../../scripts/rule-manifest';
import { renderPolicyTable, renderRulesDoc } from '../../scripts/rules-doc';
import { repoRoot } from '../helpers/repo';

const root = repoRoot();
const rulesDir = path.join(root, 'src', 'core', 'rules');

describe('rule packs', () => {
  it('ids are unique', () => {
    const ids = allRules().map((r) => r.meta.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });

  for (const rule of allRules()) {
    const id = rule.meta.id;
    it(`${id}: file, test table and meta`, () => {
      assert.match(id, /^[a-z-]+\/[a-z0-9-]+$/);
      assert.ok(PACKS.includes(id.split('/')[0] as (typeof PACKS)[number]), `unknown pack in ${id}`);
      assert.ok(fs.existsSync(path.join(rulesDir, `${id}.ts`)), `src/core/rules/${id}.ts missing`);
      assert.ok(fs.existsSync(path.join(root, 'test', 'core', 'rules', `${id}.test.ts`)), `test/core/rules/${id}.test.ts missing`);
      assert.ok(rule.meta.title.trim(), 'title');
      assert.ok(rule.meta.why.trim().length > 10, 'why');
      assert.ok(Object.keys(rule.meta.messages).length > 0, 'messages');
      assert.ok(['catastrophic', 'destructive', 'caution'].includes(rule.meta.severity), 'severity');
      assert.ok(['destructive', 'credential'].includes(rule.meta.category), 'category');
    });
  }

  for (const pack of PACKS) {
    it(`${pack}: every rule file is registered, in sorted order`, () => {
      const files = fs.readdirSync(path.join(rulesDir, pack)).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
      const ruleFiles = files.filter((f) => /export const rule\b/.test(fs.readFileSync(path.join(rulesDir, pack, f), 'utf8')));
      const registered = allRules().filter((r) => r.meta.id.startsWith(`${pack}/`)).map((r) => r.meta.id);
      assert.deepEqual(ruleFiles.map((f) => `${pack}/${f.replace(/\.ts$/, '')}`).sort(), [...registered].sort());
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { rules } = require(`../../src/core/rules/${pack}`) as { rules: { meta: { id: string } }[] };
      const order = rules.map((r) => r.meta.id);
      assert.deepEqual(order, [...order].sort(), `src/core/rules/${pack}/index.ts must list rules sorted by id`);
    });
  }

  it('docs/rules.md is up to date (npm run docs)', () => {
    assert.equal(fs.readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8'), renderRulesDoc());
  });

  it('src/core/rules/manifest.ts copies every rule\'s commands and alsoWhen (npm run docs)', () => {
    assert.equal(fs.readFileSync(path.join(root, MANIFEST_PATH), 'utf8'), renderManifest());
  });

  it('the README policy table is up to date (npm run docs)', () => {
    assert.ok(fs.readFileSync(path.join(root, 'README.md'), 'utf8').includes(renderPolicyTable()));
  });
});
