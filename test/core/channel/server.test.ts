// The channel server: discovery file hygiene, authentication, malformed input, and the requests it answers.
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { hookThroughEditor, listWindows, requestHook, requestJson } from '../../../src/core/channel/client';
import { ensurePrivateDirectory } from '../../../src/core/channel/private-dir';
import { processPidSpace, type WindowRecord } from '../../../src/core/channel/protocol';
import { startEditor } from './support';

function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => s.write(text));
    const chunks: Buffer[] = [];
    s.on('data', (c: Buffer) => chunks.push(c));
    s.on('error', reject);
    s.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

test('discovery file: 0600 inside a 0700 directory, one field per line, removed on dispose', async () => {
  const editor = await startEditor();
  const st = fs.statSync(editor.server.recordFile);
  assert.equal(st.mode & 0o777, 0o600);
  assert.equal(fs.statSync(editor.dir).mode & 0o777, 0o700);
  const text = fs.readFileSync(editor.server.recordFile, 'utf8');
  assert.match(text, /^ {2}"port": \d+,$/m);
  assert.match(text, /^ {2}"secret": "[0-9a-f]{64}",$/m);
  assert.equal(listWindows(editor.dir).length, 1);
  await editor.server.dispose();
  assert.equal(fs.existsSync(editor.server.recordFile), false);
  assert.equal(listWindows(editor.dir).length, 0);
});

test('records of crashed editors are removed by the next client, but only for pids of its own pid space', () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-dead-')), 'agent-guard');
  ensurePrivateDirectory(dir);
  const deadPid = spawnSync(process.execPath, ['-e', '']).pid as number;
  const record = (pid: number, pidSpace: string | undefined): WindowRecord => ({
    version: 1, pid, port: 9, secret: 'x'.repeat(64), workspaceFolders: ['/w'], environments: {}, startedAt: new Date().toISOString(), ...(pidSpace ? { pidSpace } : {}),
  });
  const write = (name: string, r: WindowRecord) => fs.writeFileSync(path.join(dir, name), JSON.stringify(r), { mode: 0o600 });
  write('window-crashed.json', record(deadPid, processPidSpace()));
  write('window-container.json', record(deadPid, 'pid:[1]'));
  write('window-old-version.json', record(deadPid, undefined));
  write('window-live.json', record(process.pid, processPidSpace()));
  assert.deepEqual(listWindows(dir).map((r) => r.pid), [process.pid]);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['window-container.json', 'window-live.json', 'window-old-version.json']);
});

test('a directory others can write is tightened when ours, and ignored by clients when not private', async () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-dir-')), 'agent-guard');
  fs.mkdirSync(dir, { mode: 0o777 });
  fs.chmodSync(dir, 0o777);
  assert.deepEqual(listWindows(dir), []);
  ensurePrivateDirectory(dir);
  assert.equal(fs.statSync(dir).mode & 0o777, 0o700);
});

test('wrong secret → unauthorized; malformed header → error; no crash', async () => {
  const editor = await startEditor();
  const port = editor.server.port as number;
  assert.equal((await raw(port, '{"v":1,"secret":"nope","type":"check-command","source":"cli","actor":"agent","command":"ls","cwd":"/"}\n')).trim(), '{"error":"unauthorized"}');
  assert.equal((await raw(port, 'this is not json\n')).trim(), '{"error":"malformed request"}');
  assert.equal((await raw(port, '[1,2,3]\n')).trim(), '{"error":"malformed request"}');
  const record = listWindows(editor.dir)[0];
  const unknown = await requestJson(record, { type: 'teleport', source: 'cli' } as never, 2000);
  assert.match(unknown.error ?? '', /unknown request type/);
  const oversized = await raw(port, 'x'.repeat(300 * 1024));
  assert.equal(oversized.trim(), '{"error":"request too large"}');
  // Still serving after all that.
  const ok = await requestJson(record, { type: 'check-command', source: 'cli', actor: 'agent', command: 'ls', cwd: editor.folder }, 2000);
  assert.equal(ok.decision, 'allow');
  await editor.server.dispose();
});

test('check-command: ask is resolved by the person (dismissed → deny), naming the source', async () => {
  const editor = await startEditor();
  const record = listWindows(editor.dir)[0];
  const denied = await requestJson(record, { type: 'check-command', source: 'terminal', actor: 'human', command: 'rm -rf /', cwd: editor.folder }, 2000);
  assert.equal(denied.decision, 'deny');
  assert.deepEqual(editor.asked, [{ source: 'terminal', command: 'rm -rf /' }]);
  editor.answer = { allowed: true, answeredBy: 'person' };
  const allowed = await requestJson(record, { type: 'check-command', source: 'terminal', actor: 'human', command: 'rm -rf /', cwd: editor.folder }, 2000);
  assert.equal(allowed.decision, 'allow');
  await editor.server.dispose();
});

test('check-file: an agent reading .env is asked about', async () => {
  const editor = await startEditor();
  const record = listWindows(editor.dir)[0];
  const r = await requestJson(record, { type: 'check-file', source: 'cursor', actor: 'agent', operation: 'read', path: path.join(editor.folder, '.env'), cwd: editor.folder }, 2000);
  assert.equal(r.decision, 'deny');
  assert.equal(editor.asked.length, 1);
  await editor.server.dispose();
});

test('hook: runs in the window holding the workspace; another window says notMine', async () => {
  const editor = await startEditor();
  const other = await startEditor({ dir: editor.dir });
  const payload = JSON.stringify({ hook_event_name: 'beforeShellExecution', conversation_id: 'c', generation_id: 'g', workspace_roots: [editor.folder], command: 'git push --force origin main', cwd: editor.folder });
  const records = listWindows(editor.dir);
  const otherRecord = records.find((r) => r.workspaceFolders[0] === other.folder) as WindowRecord;
  assert.deepEqual(await requestHook(otherRecord, 'cursor', payload, 2000), { status: 'not-mine' });
  const reply = await hookThroughEditor('cursor', payload, editor.dir, editor.folder, 2000);
  assert.equal(JSON.parse(reply?.stdout ?? '{}').permission, 'deny');
  assert.deepEqual(editor.asked.map((a) => a.source), ['cursor']);
  assert.equal(other.asked.length, 0);
  await editor.server.dispose();
  await other.server.dispose();
});

test('hook: an oversized body is answered with a safe deny, not read into memory whole', async () => {
  const editor = await startEditor();
  const record = listWindows(editor.dir)[0];
  const big = await requestHook(record, 'claude', 'x'.repeat(1024 * 1024 + 5), 5000);
  assert.equal(big.status, 'reply');
  if (big.status === 'reply') {
    assert.equal(JSON.parse(big.reply.stdout).hookSpecificOutput.permissionDecision, 'deny');
    assert.match(big.reply.stderr, /larger than/);
  }
  await editor.server.dispose();
});
