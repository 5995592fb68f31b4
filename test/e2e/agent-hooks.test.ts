// Agent hooks end to end in a real VS Code (code-server + Chromium): "Install Agent Hooks" writes .cursor/hooks.json;
// the command line written there, fed Cursor's beforeShellExecution payload for the Railway volumeDelete curl, makes
// the editor show its modal naming "Cursor agent"; Cancel → the hook prints permission "deny". A safe command →
// "allow", with no modal.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'jsonc-parser';
import { e2eSkipReason, withEditor } from './harness';
import { waitFor } from './support/processes';
import { RAILWAY_DELETE } from '../core/hooks/support';
import { runShell } from '../helpers/run-shell';

test('Cursor hook → editor modal naming "Cursor agent"; Cancel → deny; safe command → allow without a modal', { skip: e2eSkipReason(), timeout: 420_000 }, async () => {
  const channelDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-e2e-chan-')), 'agent-guard');
  const workspace = path.resolve('out', 'e2e-workspaces', `agent-hooks-${process.pid}`, 'shop-api');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), '{\n  "agentGuard.environment": "production",\n  "agentGuard.hooks.install": "off",\n}\n');
  try {
    await withEditor({ name: 'agent-hooks', workspace, env: { AGENT_GUARD_CHANNEL_DIR: channelDir } }, async (vs) => {
      await vs.statusBarItem(/PRODUCTION/, 60_000);
      await waitFor('the channel discovery file', () => (fs.existsSync(channelDir) && fs.readdirSync(channelDir).some((f) => /^window-.*\.json$/.test(f)) ? true : undefined), 30_000);

      await vs.runCommand('Agent Guard: Install Agent Hooks');
      const pick = await vs.quickInput();
      await pick.accept();
      const hooksFile = path.join(workspace, '.cursor', 'hooks.json');
      await waitFor('.cursor/hooks.json', () => (fs.existsSync(hooksFile) ? true : undefined), 15_000);
      const hooks = parse(fs.readFileSync(hooksFile, 'utf8')) as { version: number; hooks: Record<string, { command: string; failClosed?: boolean }[]> };
      assert.equal(hooks.version, 1);
      const entry = hooks.hooks.beforeShellExecution[0];
      assert.equal(entry.failClosed, true);

      const env = { PATH: '/usr/bin:/bin', HOME: vs.home, AGENT_GUARD_CHANNEL_DIR: channelDir };
      const payload = (command: string): string => JSON.stringify({ hook_event_name: 'beforeShellExecution', conversation_id: 'c1', generation_id: 'g1', workspace_roots: [workspace], command, cwd: workspace });

      const pending = runShell(entry.command, payload(RAILWAY_DELETE), workspace, env);
      const modal = await vs.modal(30_000);
      assert.match(await modal.message(), /Cursor agent/);
      assert.match(await modal.message(), /production/i);
      await vs.screenshot('cursor-hook-modal');
      await modal.click('Cancel');
      const denied = await pending;
      assert.equal(denied.code, 0, denied.stderr);
      const reply = JSON.parse(denied.stdout) as Record<string, string>;
      assert.equal(reply.permission, 'deny');
      assert.match(reply.agent_message, /Do not retry/);

      const safe = await runShell(entry.command, payload('git status'), workspace, env);
      assert.deepEqual(JSON.parse(safe.stdout), { permission: 'allow' });
      assert.equal(await vs.page.locator('.monaco-dialog-box').count(), 0, 'no modal for a safe command');
    });
  } finally {
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
});
