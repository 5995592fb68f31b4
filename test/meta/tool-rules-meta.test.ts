// Hygiene of the agent-tool rules (src/core/hooks/tool-rules), as rules-meta.test.ts does for shell rules: each rule
// is listed, sorted, has its own file and table test at the path of its id, a complete meta, an id no shell rule has,
// and a row in the generated docs.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { renderRulesDoc } from '../../scripts/rules-doc';
import { TOOL_RULES } from '../../src/core/hooks/tool-rules';
import { allRules } from '../../src/core/rules/registry';
import { repoRoot } from '../helpers/repo';

const root = repoRoot();
const toolRulesDir = path.join(root, 'src', 'core', 'hooks', 'tool-rules');

function ruleFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ruleFilesUnder(full);
    return entry.name.endsWith('.ts') && /export const rule\b/.test(fs.readFileSync(full, 'utf8')) ? [full] : [];
  });
}

describe('agent-tool rules', () => {
  it('every rule file is listed in TOOL_RULES, sorted by id', () => {
    const ids = TOOL_RULES.map((r) => r.meta.id);
    assert.deepEqual(ids, [...ids].sort());
    const files = ruleFilesUnder(toolRulesDir).map((f) => path.relative(toolRulesDir, f).replace(/\\/g, '/').replace(/\.ts$/, ''));
    assert.deepEqual(files.sort(), [...ids].sort());
  });

  it('no id is also a shell rule id (one id, one rule in agentGuard.rules)', () => {
    const shell = new Set(allRules().map((r) => r.meta.id));
    assert.deepEqual(TOOL_RULES.map((r) => r.meta.id).filter((id) => shell.has(id)), []);
  });

  const doc = renderRulesDoc();
  for (const rule of TOOL_RULES) {
    const id = rule.meta.id;
    it(`${id}: file, test table, meta and docs row`, () => {
      assert.match(id, /^[a-z-]+\/[a-z0-9-]+$/);
      assert.ok(fs.existsSync(path.join(toolRulesDir, `${id}.ts`)), `src/core/hooks/tool-rules/${id}.ts missing`);
      assert.ok(fs.existsSync(path.join(root, 'test', 'core', 'hooks', 'tool-rules', `${id}.test.ts`)), `test/core/hooks/tool-rules/${id}.test.ts missing`);
      assert.ok(rule.meta.title.trim(), 'title');
      assert.ok(rule.meta.why.trim().length > 10, 'why');
      assert.ok(rule.meta.saferAlternative?.trim(), 'saferAlternative');
      assert.ok(Object.keys(rule.meta.messages).length > 0, 'messages');
      assert.ok(['catastrophic', 'destructive', 'caution'].includes(rule.meta.severity), 'severity');
      assert.ok(['destructive', 'credential'].includes(rule.meta.category), 'category');
      assert.ok(doc.includes(`| \`${id}\` |`), 'row in docs/rules.md');
    });
  }
});
