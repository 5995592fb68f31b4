// The PATH wrappers (media/shell/bin): a script or agent that runs `rm`, `psql`, `kubectl`… by name is checked by the
// editor before the real program runs; commands typed at a gated prompt are not asked twice; with no editor, scripts
// keep working.
import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEditor, type TestEditor } from '../core/channel/support';
import { makeWorkspace, SHELL_DIR, writeSettings } from './support';

const cleanups: (() => void)[] = [];
after(() => {
  for (const c of cleanups.reverse()) c();
});

function sh(script: string, cwd: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { cwd, env: { ...process.env, PATH: `${path.join(SHELL_DIR, 'bin')}:${process.env.PATH}`, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

async function setup(withEditor: boolean): Promise<{ folder: string; env: Record<string, string>; editor?: TestEditor }> {
  const folder = makeWorkspace();
  const channelDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-wrap-chan-')), 'agent-guard');
  const editor = withEditor ? await startEditor({ environment: 'production', folder, dir: channelDir }) : undefined;
  const settings = writeSettings(channelDir, { [folder]: 'production' });
  cleanups.push(() => {
    void editor?.server.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(path.dirname(channelDir), { recursive: true, force: true });
  });
  return { folder, editor, env: { AGENT_GUARD_CHANNEL_DIR: channelDir, AGENT_GUARD_GATE_SETTINGS: settings, AGENT_GUARD_GATED_PID: '' } };
}

test('a script running rm -rf data is stopped when the person cancels (exit 126, data kept)', async () => {
  const s = await setup(true);
  const r = await sh('rm -rf data', s.folder, s.env);
  assert.equal(r.code, 126);
  assert.match(r.stderr, /Agent Guard stopped `rm -rf data`/);
  assert.ok(fs.existsSync(path.join(s.folder, 'data', 'keep.db')));
  assert.deepEqual(s.editor!.asked.map((a) => a.command), ['rm -rf data']);
});

test('confirmed: the real rm runs with the same arguments', async () => {
  const s = await setup(true);
  s.editor!.answer = { allowed: true, answeredBy: 'person' };
  const r = await sh('rm -rf data && echo gone >&2', s.folder, s.env);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /gone/);
  assert.equal(fs.existsSync(path.join(s.folder, 'data')), false);
});

test('a safe rm in a script runs without a modal; a missing program is "command not found"', async () => {
  const s = await setup(true);
  fs.writeFileSync(path.join(s.folder, 'build.o'), '');
  const r = await sh('rm -f build.o', s.folder, s.env);
  assert.equal(r.code, 0);
  assert.equal(fs.existsSync(path.join(s.folder, 'build.o')), false);
  assert.deepEqual(s.editor!.asked, []);
  const missing = await sh('railway down --yes', s.folder, { ...s.env, PATH: `${path.join(SHELL_DIR, 'bin')}:/usr/bin:/bin` });
  assert.equal(missing.code, 127);
  assert.match(missing.stderr, /railway: command not found/);
});

test('a direct child of the gated interactive shell is not asked twice', async () => {
  const s = await setup(true);
  const r = await sh('export AGENT_GUARD_GATED_PID=$$; rm -rf data; true', s.folder, s.env);
  assert.equal(r.code, 0);
  assert.equal(fs.existsSync(path.join(s.folder, 'data')), false);
  assert.deepEqual(s.editor!.asked, []);
});

test('no editor: scripts keep working (the wrapper runs the real program)', async () => {
  const s = await setup(false);
  const r = await sh('rm -rf data', s.folder, s.env);
  assert.equal(r.code, 0);
  assert.equal(fs.existsSync(path.join(s.folder, 'data')), false);
});
