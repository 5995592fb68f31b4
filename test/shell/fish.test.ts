// The terminal gate in fish (best effort): the Enter binding checks the whole line with agent-guard-check before fish
// runs it; cancel stops it, confirm runs it, no editor in production stops it.
import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEditor } from '../core/channel/support';
import { makeWorkspace, shellSkipReason, TmuxShell, writeSettings } from './support';

const cleanups: (() => void)[] = [];
after(() => {
  for (const c of cleanups.reverse()) c();
});

test('fish: cancel stops rm -rf data, confirm runs it, an everyday line runs without asking', { skip: shellSkipReason('fish'), timeout: 60_000 }, async () => {
  const folder = makeWorkspace();
  const channelDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-fish-chan-')), 'agent-guard');
  const editor = await startEditor({ environment: 'production', folder, dir: channelDir });
  const shell = await TmuxShell.start('fish', { cwd: folder, channelDir, settingsFile: writeSettings(channelDir, { [folder]: 'production' }) });
  cleanups.push(() => {
    shell.stop();
    void editor.server.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(path.dirname(channelDir), { recursive: true, force: true });
  });
  await shell.run('pwd');
  await shell.waitFor(new RegExp(`^${folder}$`, 'm'));
  await shell.run('rm -rf data; and echo deleted');
  await shell.waitFor(/Agent Guard stopped `rm -rf data; and echo deleted`/);
  await shell.settle();
  assert.ok(fs.existsSync(path.join(folder, 'data', 'keep.db')));
  editor.answer = { allowed: true, answeredBy: 'person' };
  await shell.run('rm -rf data; and echo deleted');
  await shell.waitFor(/^deleted$/m);
  assert.equal(fs.existsSync(path.join(folder, 'data')), false);
  assert.deepEqual(editor.asked.map((a) => a.command), ['rm -rf data; and echo deleted', 'rm -rf data; and echo deleted']);
});

test('fish: no editor in production stops a destructive line', { skip: shellSkipReason('fish'), timeout: 60_000 }, async () => {
  const folder = makeWorkspace();
  const channelDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-fish-chan-')), 'agent-guard');
  const shell = await TmuxShell.start('fish', { cwd: folder, channelDir, settingsFile: writeSettings(channelDir, { [folder]: 'production' }) });
  cleanups.push(() => {
    shell.stop();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(path.dirname(channelDir), { recursive: true, force: true });
  });
  await shell.run('rm -rf data');
  await shell.waitFor(/this is a production workspace and the editor cannot be reached/);
  await shell.settle();
  assert.ok(fs.existsSync(path.join(folder, 'data', 'keep.db')));
});
