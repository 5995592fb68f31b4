// Round trips for every file kind the hide step edits: the user's lines, comments and line endings survive, our
// entries come and go, a second run changes nothing, and broken input is refused with a clear message.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { BLOCK_END, BLOCK_START, HideEditError, ignoreLine, syncIgnoreBlock, syncJsonArray, syncJsonObjectKeys } from '../../../src/core/credentials/hide-edits';

describe('ignore-file block', () => {
  const user = '# my rules\nbuild/\n!keep.txt\n';

  it('appends a block after the user lines and keeps them', () => {
    const out = syncIgnoreBlock(user, ['scripts/domains.sh', '.env']);
    assert.ok(out.startsWith(user));
    assert.equal(out.slice(user.length), `\n${BLOCK_START}\n${out.split('\n')[5]}\n/.env\n/scripts/domains.sh\n${BLOCK_END}\n`);
  });

  it('is idempotent and replaces only the block', () => {
    const once = syncIgnoreBlock(user, ['.env']);
    assert.equal(syncIgnoreBlock(once, ['.env']), once);
    const edited = once.replace('build/', 'dist/') + 'after-block.log\n';
    const twice = syncIgnoreBlock(edited, ['.env', 'a.key']);
    assert.ok(twice.includes('dist/\n') && twice.endsWith(`/a.key\n${BLOCK_END}\nafter-block.log\n`));
  });

  it('removes the block (and only it) when nothing is left to hide', () => {
    assert.equal(syncIgnoreBlock(syncIgnoreBlock(user, ['.env']), []), user);
    assert.equal(syncIgnoreBlock(syncIgnoreBlock('', ['.env']), []), '');
    assert.equal(syncIgnoreBlock(user, []), user);
  });

  it('keeps CRLF line endings and a file without a final newline', () => {
    const crlf = '# mine\r\nlogs/';
    const out = syncIgnoreBlock(crlf, ['.env']);
    assert.ok(out.startsWith('# mine\r\nlogs/\r\n\r\n'));
    assert.ok(!/[^\r]\n/.test(out), 'every newline is CRLF');
    assert.equal(syncIgnoreBlock(out, []), '# mine\r\nlogs/\r\n');
  });

  it('refuses a block with a missing end or start line', () => {
    assert.throws(() => syncIgnoreBlock(`${BLOCK_START}\n/.env\n`, ['.env'], '.cursorignore'), (e: Error) => e instanceof HideEditError && /\.cursorignore: .*no end line/.test(e.message));
    assert.throws(() => syncIgnoreBlock(`x\n${BLOCK_END}\n`, []), HideEditError);
  });

  it('escapes names gitignore would read as patterns', () => {
    assert.equal(ignoreLine('#notes.env'), '/\\#notes.env');
    assert.equal(ignoreLine('a[1]*.env'), '/a\\[1\\]\\*.env');
  });
});

const claudeSettings = `{
  // project rules
  "permissions": {
    "allow": ["Bash(npm test)"],
    "deny": [
      "Read(./secrets/**)" // team rule
    ]
  }
}
`;

describe('JSON array entries (Claude Code permissions.deny)', () => {
  const path = ['permissions', 'deny'];

  it('adds our entries after the user entries, keeping comments', () => {
    const r = syncJsonArray(claudeSettings, path, ['Read(./.env)', 'Edit(./.env)'], [], '.claude/settings.json');
    assert.ok(r.text.includes('// project rules') && r.text.includes('// team rule'));
    assert.deepEqual(JSON.parse(r.text.replace(/\/\/.*$/gm, '')).permissions.deny, ['Read(./secrets/**)', 'Read(./.env)', 'Edit(./.env)']);
    assert.deepEqual(r.ours, ['Edit(./.env)', 'Read(./.env)']);
    const again = syncJsonArray(r.text, path, ['Read(./.env)', 'Edit(./.env)'], r.ours, '.claude/settings.json');
    assert.equal(again.text, r.text);
  });

  it('add then remove gives back the file byte for byte, the comment after the user entry included', () => {
    const added = syncJsonArray(claudeSettings, path, ['Read(./.env)', 'Edit(./.env)'], [], 'f');
    assert.ok(added.text.includes('"Read(./secrets/**)", // team rule\n      "Read(./.env)",\n      "Edit(./.env)"\n    ]'), added.text);
    assert.equal(syncJsonArray(added.text, path, [], added.ours, 'f').text, claudeSettings);
  });

  it('removes only our stale entries; a user entry equal to ours stays theirs', () => {
    const withUser = claudeSettings.replace('"Read(./secrets/**)"', '"Read(./secrets/**)", "Read(./a.key)"');
    const added = syncJsonArray(withUser, path, ['Read(./a.key)', 'Read(./.env)'], [], 'f');
    assert.deepEqual(added.ours, ['Read(./.env)']);
    const removed = syncJsonArray(added.text, path, [], added.ours, 'f');
    assert.equal(removed.text.replace(/\s/g, ''), withUser.replace(/\s/g, ''));
    assert.deepEqual(removed.ours, []);
  });

  it('creates the file content and the path when missing', () => {
    const r = syncJsonArray('', path, ['Read(./.env)'], [], 'f');
    assert.deepEqual(JSON.parse(r.text), { permissions: { deny: ['Read(./.env)'] } });
    const r2 = syncJsonArray('{\n\t"model": "x"\n}\n', path, ['Read(./.env)'], [], 'f');
    assert.deepEqual(JSON.parse(r2.text), { model: 'x', permissions: { deny: ['Read(./.env)'] } });
    assert.ok(r2.text.includes('\n\t"permissions"'), 'keeps tab indentation');
  });

  it('keeps CRLF', () => {
    const crlf = claudeSettings.replace(/\n/g, '\r\n');
    const r = syncJsonArray(crlf, path, ['Read(./.env)'], [], 'f');
    assert.ok(!/[^\r]\n/.test(r.text));
  });

  it('refuses invalid JSON and a deny that is not a list', () => {
    assert.throws(() => syncJsonArray('{ "permissions": { ', path, ['x'], [], '.claude/settings.json'), (e: Error) => e instanceof HideEditError && /\.claude\/settings\.json:1: .*did not change/.test(e.message));
    assert.throws(() => syncJsonArray('{ "permissions": { "deny": "all" } }', path, ['x'], [], 'f'), /not a list/);
  });
});

describe('JSON object keys (chat.tools.edits.autoApprove, files.exclude)', () => {
  const settings = `{
  // editor
  "editor.tabSize": 2,
  "chat.tools.edits.autoApprove": {
    "**/*.md": true
  }
}
`;
  const key = ['chat.tools.edits.autoApprove'];

  it('adds, keeps and removes our keys only', () => {
    const r = syncJsonObjectKeys(settings, key, { '**/.env': false }, [], false, '.vscode/settings.json');
    assert.ok(r.text.includes('// editor'));
    assert.deepEqual(JSON.parse(r.text.replace(/\/\/.*$/gm, ''))['chat.tools.edits.autoApprove'], { '**/*.md': true, '**/.env': false });
    assert.equal(syncJsonObjectKeys(r.text, key, { '**/.env': false }, r.ours, false, 'f').text, r.text);
    const back = syncJsonObjectKeys(r.text, key, {}, r.ours, false, 'f');
    assert.equal(back.text.replace(/\s/g, ''), settings.replace(/\s/g, ''));
  });

  it('a key the user changed becomes theirs and is not removed', () => {
    const r = syncJsonObjectKeys(settings, key, { '**/.env': false }, [], false, 'f');
    const userFlipped = r.text.replace('"**/.env": false', '"**/.env": true');
    const back = syncJsonObjectKeys(userFlipped, key, {}, r.ours, false, 'f');
    assert.equal(back.text, userFlipped);
    assert.deepEqual(back.ours, []);
  });

  it('creates the setting when missing', () => {
    const r = syncJsonObjectKeys('{}', ['files.exclude'], { '.env': true }, [], true, 'f');
    assert.deepEqual(JSON.parse(r.text), { 'files.exclude': { '.env': true } });
  });
});
