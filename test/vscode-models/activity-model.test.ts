// Activity log lines, rotation planning and tree item wording.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { activityItemView, formatLogLine, logFileNames, parseLogLines, shouldRotate } from '../../src/vscode/models/activity-model';

describe('activity log format', () => {
  it('writes one JSON object per line, time first, and reads it back', () => {
    const line = formatLogLine({ kind: 'decision', source: 'claude', command: 'echo "a\nb"', decision: 'deny' }, () => new Date('2026-01-02T03:04:05.000Z'));
    assert.equal(line.split('\n').length, 2);
    assert.ok(line.startsWith('{"time":"2026-01-02T03:04:05.000Z","kind":"decision"'));
    assert.deepEqual(parseLogLines(line), [{ time: '2026-01-02T03:04:05.000Z', kind: 'decision', source: 'claude', command: 'echo "a\nb"', decision: 'deny' }]);
  });
  it('keeps a given time and skips a torn last line', () => {
    const text = formatLogLine({ time: 't1', kind: 'tamper', source: 'editor' }) + '{"time":"t2","kin';
    assert.deepEqual(parseLogLines(text).map((e) => e.time), ['t1']);
  });
  it('plans rotation by size', () => {
    assert.equal(shouldRotate(0, 5000, 1000), false, 'an empty file always takes the first line');
    assert.equal(shouldRotate(900, 50, 1000), false);
    assert.equal(shouldRotate(990, 50, 1000), true);
    assert.deepEqual(logFileNames(2), ['activity.jsonl', 'activity.1.jsonl', 'activity.2.jsonl']);
  });
});

describe('activityItemView', () => {
  it('shows the command, decision, source, exit code', () => {
    const v = activityItemView({ time: '2026-01-02T03:04:05.000Z', kind: 'command-ran', source: 'terminal', command: 'rm -rf data', decision: 'ask', exitCode: 0, flagged: true, rules: ['filesystem/rm'] });
    assert.equal(v.label, 'rm -rf data');
    assert.equal(v.description, 'ASK · Integrated terminal · exit 0 · 03:04:05');
    assert.equal(v.icon, 'warning');
    assert.equal(v.color, 'list.warningForeground');
    assert.match(v.tooltip, /Rules: filesystem\/rm/);
  });
  it('flags credential file changes with a key', () => {
    const v = activityItemView({ kind: 'file-changed', source: 'editor', path: '/w/.env', detail: '.env changed — a credential file', flagged: true });
    assert.equal(v.icon, 'key');
    assert.equal(v.label, '.env changed — a credential file');
    assert.equal(activityItemView({ kind: 'file-changed', source: 'editor', path: '/w/x.txt' }).label, '/w/x.txt');
  });
  it('uses decision icons', () => {
    assert.equal(activityItemView({ kind: 'decision', source: 'cursor', command: 'x', decision: 'deny' }).icon, 'circle-slash');
    assert.equal(activityItemView({ kind: 'decision', source: 'cursor', command: 'x', decision: 'allow' }).icon, 'pass');
  });
});
