// What goes into the .vsix: only the bundles, launchers, icon, walkthrough pages and top-level docs — never sources,
// tests, maps, node_modules or dev tooling (checked with vsce's own file listing, as `npm run package` uses it).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const repo = (): string => {
  if (fs.existsSync(path.join(process.cwd(), 'node_modules', '@vscode', 'vsce', 'vsce'))) return process.cwd();
  throw new Error('run the tests from the repository root');
};

const ALLOWED = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^dist\/[\w-]+\.js$/, /^media\/(icon\.png|shield\.svg)$/, /^media\/bin\/[\w.-]+$/, /^media\/shell\/[\w./-]+$/, /^docs\/walkthrough\/[\w-]+\.md$/];

describe('.vsix contents', () => {
  it('lists only runtime files', () => {
    const out = execFileSync(process.execPath, [path.join(repo(), 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: repo(), encoding: 'utf8', timeout: 60_000 });
    const files = out.split('\n').map((l) => l.trim()).filter(Boolean);
    assert.ok(files.includes('package.json'));
    assert.ok(files.includes('media/icon.png'));
    assert.deepEqual(files.filter((f) => !ALLOWED.some((re) => re.test(f))), []);
    assert.deepEqual(files.filter((f) => /(^|\/)(src|test|node_modules|out)\/|\.map$|\.ts$/.test(f)), []);
  });
});
