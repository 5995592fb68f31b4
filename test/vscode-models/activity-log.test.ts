// The JSONL activity log on a real temporary directory: ordered appends, rotation by size, tail after restart.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ActivityLog } from '../../src/vscode/activity/activity-log';
import { parseLogLines } from '../../src/vscode/models/activity-model';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ag-activity-'));
}

describe('ActivityLog', () => {
  it('appends in order, one line each, with private permissions', async () => {
    const dir = path.join(tempDir(), 'nested');
    const log = new ActivityLog(dir, () => 1024 * 1024);
    const errors: Error[] = [];
    for (let i = 0; i < 50; i++) log.append({ kind: 'decision', source: 'cli', command: `cmd ${i}` }, (e) => errors.push(e));
    await log.flush();
    assert.deepEqual(errors, []);
    const entries = parseLogLines(fs.readFileSync(log.file, 'utf8'));
    assert.deepEqual(entries.map((e) => e.command), Array.from({ length: 50 }, (_, i) => `cmd ${i}`));
    assert.equal(fs.statSync(log.file).mode & 0o077, 0);
    assert.equal(fs.statSync(dir).mode & 0o077, 0);
  });

  it('rotates by size and keeps three old files', async () => {
    const dir = tempDir();
    const log = new ActivityLog(dir, () => 300);
    for (let i = 0; i < 40; i++) log.append({ kind: 'hook-event', source: 'claude', detail: `event number ${i} ${'x'.repeat(40)}` }, (e) => assert.fail(e));
    await log.flush();
    const files = fs.readdirSync(dir).sort();
    assert.deepEqual(files, ['activity.1.jsonl', 'activity.2.jsonl', 'activity.3.jsonl', 'activity.jsonl']);
    for (const f of files) assert.ok(fs.statSync(path.join(dir, f)).size <= 300, `${f} is over the limit`);
    const newest = parseLogLines(fs.readFileSync(path.join(dir, 'activity.jsonl'), 'utf8'));
    assert.match(newest[newest.length - 1].detail ?? '', /event number 39 /);
    const previous = parseLogLines(fs.readFileSync(path.join(dir, 'activity.1.jsonl'), 'utf8'));
    assert.ok(previous.length > 0);
    assert.match(previous[previous.length - 1].detail ?? '', new RegExp(`event number ${39 - newest.length} `));
  });

  it('reads the tail back after a restart', async () => {
    const dir = tempDir();
    const first = new ActivityLog(dir, () => 1024 * 1024);
    for (let i = 0; i < 10; i++) first.append({ kind: 'decision', source: 'cursor', command: `c${i}` }, (e) => assert.fail(e));
    await first.flush();
    const second = new ActivityLog(dir, () => 1024 * 1024);
    assert.deepEqual((await second.tail(3)).map((e) => e.command), ['c7', 'c8', 'c9']);
    assert.deepEqual(await new ActivityLog(tempDir(), () => 1000).tail(3), []);
  });

  it('a failing write is reported and later appends still work', async () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'activity.jsonl');
    fs.mkdirSync(blocker); // a directory where the file should be: appendFile fails
    const log = new ActivityLog(dir, () => 1024 * 1024);
    const errors: Error[] = [];
    log.append({ kind: 'tamper', source: 'editor' }, (e) => errors.push(e));
    await log.flush();
    assert.equal(errors.length, 1);
    fs.rmdirSync(blocker);
    log.append({ kind: 'tamper', source: 'editor', detail: 'after' }, (e) => errors.push(e));
    await log.flush();
    assert.equal(errors.length, 1);
    assert.equal(parseLogLines(fs.readFileSync(blocker, 'utf8'))[0].detail, 'after');
  });
});
