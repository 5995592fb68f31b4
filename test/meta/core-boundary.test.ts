// The engine (src/core) must never import vscode: it serves the CLI and the hooks, which run without an editor.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { it } from 'node:test';
import { repoRoot, walkFiles } from '../helpers/repo';

it('src/core never imports vscode', () => {
  const offenders = walkFiles(path.join(repoRoot(), 'src', 'core'), '.ts').filter((file) =>
    /(from\s+['"]vscode['"])|(require\(\s*['"]vscode['"]\s*\))|(import\(\s*['"]vscode['"]\s*\))/.test(fs.readFileSync(file, 'utf8')),
  );
  assert.deepEqual(offenders, []);
});
