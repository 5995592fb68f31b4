// dist/cli.js, the launcher: it runs dist/cli-main.js with a V8 code cache kept in dist/.cache. The cache must only
// ever make starts faster: a missing, corrupt, stale or unwritable cache gives the same answers.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { CLI_PATH } from '../helpers/cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-launcher-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of the built launcher and bundle in a folder of its own. */
function install(name: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  for (const file of ['cli.js', 'cli-main.js']) fs.copyFileSync(path.join(path.dirname(CLI_PATH), file), path.join(dir, file));
  return dir;
}

function check(dir: string, command = 'rm -rf data'): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(dir, 'cli.js'), 'check', '--env', 'production', '--json', '--', command], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const caches = (dir: string): string[] => fs.readdirSync(path.join(dir, '.cache'));

describe('the CLI launcher and its code cache', () => {
  const expected = { decision: 'ask', rules: ['filesystem/rm-data'] };
  const answer = (stdout: string): { decision: string; rules: string[] } => {
    const { decision, rules } = JSON.parse(stdout) as { decision: string; rules: string[] };
    return { decision, rules };
  };

  it('writes the cache on the first run and uses it, unchanged, on the next', () => {
    const dir = install('first-run');
    const first = check(dir);
    assert.equal(first.status, 0, first.stderr);
    assert.deepEqual(answer(first.stdout), expected);
    const [cache] = caches(dir);
    assert.match(cache ?? '', /^cli-main-.+\.v8$/);
    const written = fs.statSync(path.join(dir, '.cache', cache)).mtimeMs;
    const second = check(dir);
    assert.equal(second.stdout, first.stdout);
    assert.deepEqual(caches(dir), [cache]);
    assert.equal(fs.statSync(path.join(dir, '.cache', cache)).mtimeMs, written, 'an accepted cache is not rewritten');
  });

  it('answers the same from a corrupt cache, and replaces it', () => {
    const dir = install('corrupt');
    const clean = check(dir);
    const [cache] = caches(dir);
    fs.writeFileSync(path.join(dir, '.cache', cache), Buffer.alloc(4096, 7));
    const r = check(dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, clean.stdout);
    assert.notDeepEqual(fs.readFileSync(path.join(dir, '.cache', cache)), Buffer.alloc(4096, 7));
  });

  it('does not use the cache of an earlier bundle, and removes it', () => {
    const dir = install('rebuilt');
    check(dir);
    const [old] = caches(dir);
    // A rebuilt bundle: different code (it answers differently), a new modification time.
    const main = path.join(dir, 'cli-main.js');
    fs.writeFileSync(main, `${fs.readFileSync(main, 'utf8')}\n;module.exports = { run: () => process.stdout.write('rebuilt\\n') };\n`);
    fs.utimesSync(main, new Date(), new Date(Date.now() + 5000));
    const r = check(dir);
    assert.equal(r.stdout, 'rebuilt\n');
    const now = caches(dir);
    assert.equal(now.length, 1);
    assert.notEqual(now[0], old);
  });

  it('runs where no cache can be written', () => {
    const dir = install('unwritable');
    // A file where the cache folder would go: no folder can be made there, whoever runs it (root included).
    fs.writeFileSync(path.join(dir, '.cache'), 'not a folder');
    for (let i = 0; i < 2; i++) {
      const r = check(dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(answer(r.stdout), expected);
    }
    assert.equal(fs.readFileSync(path.join(dir, '.cache'), 'utf8'), 'not a folder');
  });

  it('reads stdin from /dev/null as no input', () => {
    const dir = install('stdin');
    const r = spawnSync(process.execPath, [path.join(dir, 'cli.js'), 'check', '--env', 'staging', '--jsonl'], { encoding: 'utf8', stdio: [fs.openSync('/dev/null', 'r'), 'pipe', 'pipe'], timeout: 10_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
  });
});
