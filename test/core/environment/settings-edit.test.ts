// Editing .vscode/settings.json text: comments, other keys, trailing commas, CRLF, tabs survive; invalid JSON is refused.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parse } from 'jsonc-parser';
import { detectIndentation, getJsoncValue, setJsoncValue } from '../../../src/core/environment/settings-edit';

const KEY = ['agentGuard.environment'];

function ok(result: ReturnType<typeof setJsoncValue>): string {
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result.ok ? result.text : '';
}

describe('setJsoncValue', () => {
  it('adds the key to a file with comments and keeps them and every other key', () => {
    const text = '{\n  // Team settings: keep this comment\n  "editor.tabSize": 2, /* inline */\n  "files.exclude": { "**/.git": true },\n}\n';
    const next = ok(setJsoncValue(text, KEY, 'staging'));
    assert.match(next, /\/\/ Team settings: keep this comment/);
    assert.match(next, /\/\* inline \*\//);
    assert.equal(getJsoncValue(next, KEY), 'staging');
    assert.equal(getJsoncValue(next, ['editor.tabSize']), 2);
    assert.deepEqual(getJsoncValue(next, ['files.exclude']), { '**/.git': true });
  });

  it('replaces an existing value in place', () => {
    const text = '{\n  "agentGuard.environment": "production", // was prod\n  "a": 1\n}';
    const next = ok(setJsoncValue(text, KEY, 'development'));
    assert.equal(next, '{\n  "agentGuard.environment": "development", // was prod\n  "a": 1\n}');
  });

  it('keeps CRLF line endings and tab indentation', () => {
    const text = '{\r\n\t// c\r\n\t"a": 1\r\n}\r\n';
    const next = ok(setJsoncValue(text, KEY, 'production'));
    assert.ok(!/[^\r]\n/.test(next), JSON.stringify(next));
    assert.match(next, /\r\n\t"agentGuard.environment": "production"/);
    assert.match(next, /\t\/\/ c\r\n/);
  });

  it('creates a file from empty text', () => {
    const next = ok(setJsoncValue('', KEY, 'production'));
    assert.deepEqual(parse(next), { 'agentGuard.environment': 'production' });
    assert.ok(next.endsWith('\n'));
  });

  it('reports unchanged when the value is already there', () => {
    const text = '{ "agentGuard.environment": "staging" }';
    const result = setJsoncValue(text, KEY, 'staging');
    assert.deepEqual(result, { ok: true, text, changed: false });
  });

  it('removes the key when the value is undefined', () => {
    const next = ok(setJsoncValue('{\n  "a": 1,\n  "agentGuard.environment": "production"\n}', KEY, undefined));
    assert.deepEqual(parse(next), { a: 1 });
  });

  it('refuses invalid JSON with the line, and returns no text', () => {
    const result = setJsoncValue('{\n  "a": 1\n  "b": 2\n}', KEY, 'production', '/w/.vscode/settings.json');
    assert.equal(result.ok, false);
    assert.ok(!result.ok && /\/w\/\.vscode\/settings\.json is not valid JSON with comments \(line 3/.test(result.error), !result.ok ? result.error : '');
    assert.ok(!('text' in result));
  });

  it('refuses a root that is not an object', () => {
    const result = setJsoncValue('[1, 2]', KEY, 'production');
    assert.equal(result.ok, false);
  });

  it('detects indentation', () => {
    assert.deepEqual(detectIndentation('{\n    "a": 1\n}'), { insertSpaces: true, tabSize: 4 });
    assert.deepEqual(detectIndentation('{\n\t"a": 1\n}'), { insertSpaces: false, tabSize: 4 });
    assert.deepEqual(detectIndentation('{}'), { insertSpaces: true, tabSize: 2 });
  });
});
