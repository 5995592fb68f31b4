// The hook command as agents run it: the bash launcher, warm (editor reachable, no Node started) and cold (no editor:
// the editor's runtime runs dist/cli.js), with `node` absent from PATH, from the command line written into hooks.json.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'jsonc-parser';
import { applyHookFiles } from '../../src/core/hooks/install/files';
import { hookCommand, type HookCommandParts } from '../../src/core/hooks/install/hook-command';
import { startEditor } from '../core/channel/support';
import { repoRoot } from '../helpers/repo';
import { runShell } from '../helpers/run-shell';
import { RAILWAY_DELETE } from '../core/hooks/support';

const ROOT = repoRoot();
const LAUNCHER = path.join(ROOT, 'media', 'bin', 'agent-guard-hook');
const CLI = path.join(ROOT, 'dist', 'cli.js');
/** A PATH with no node on it (and nothing else either: the launcher must need only bash builtins). */
const NO_NODE_PATH = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-empty-path-'));

const PARTS: HookCommandParts = { bash: '/bin/bash', launcher: LAUNCHER, runtime: process.execPath, cli: CLI };

function prodWorkspace(): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-prod-'));
  fs.mkdirSync(path.join(ws, '.vscode'));
  fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), '{ // marked by the team\n  "agentGuard.environment": "production",\n}\n');
  return ws;
}

function cursorShell(ws: string, command: string): string {
  return JSON.stringify({ hook_event_name: 'beforeShellExecution', conversation_id: 'c1', generation_id: 'g1', workspace_roots: [ws], command, cwd: ws });
}

test('setup: the CLI bundle exists (npm run build) and PATH really has no node', async () => {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "node esbuild.js" first`);
  const probe = await runShell('command -v node || echo none', '', os.tmpdir(), { PATH: NO_NODE_PATH });
  assert.equal(probe.stdout.trim(), 'none');
});

test('warm path: the editor answers through bash /dev/tcp — the runtime is never started (it does not even exist)', async () => {
  const editor = await startEditor();
  const env = { PATH: NO_NODE_PATH, AGENT_GUARD_CHANNEL_DIR: editor.dir, HOME: os.tmpdir() };
  const command = hookCommand({ ...PARTS, runtime: '/nonexistent/runtime', cli: '/nonexistent/cli.js' }, 'cursor');
  const safe = await runShell(command, cursorShell(editor.folder, 'git status'), editor.folder, env);
  assert.equal(safe.code, 0, safe.stderr);
  assert.deepEqual(JSON.parse(safe.stdout), { permission: 'allow' });
  assert.equal(editor.asked.length, 0);
  const railway = await runShell(command, cursorShell(editor.folder, RAILWAY_DELETE), editor.folder, env);
  assert.equal(railway.code, 0, railway.stderr);
  assert.equal(JSON.parse(railway.stdout).permission, 'deny');
  assert.deepEqual(editor.asked.map((a) => a.source), ['cursor']);
  editor.answer = { allowed: true, answeredBy: 'person' };
  const confirmed = await runShell(command, cursorShell(editor.folder, RAILWAY_DELETE), editor.folder, env);
  assert.equal(JSON.parse(confirmed.stdout).permission, 'allow');
  await editor.server.dispose();
});

test('warm path: a pretty-printed (multi-line) payload with non-ASCII text is framed by its byte length', async () => {
  const editor = await startEditor();
  const env = { PATH: NO_NODE_PATH, AGENT_GUARD_CHANNEL_DIR: editor.dir, HOME: os.tmpdir(), LANG: 'C.UTF-8' };
  const payload = JSON.stringify({ session_id: 's', transcript_path: '/t', cwd: editor.folder, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'echo "héllo — ✓"' } }, null, 2);
  const r = await runShell(hookCommand({ ...PARTS, runtime: '/nonexistent' }, 'claude'), payload, editor.folder, env);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  await editor.server.dispose();
});

test('cold path without node on PATH: the embedded runtime decides from the workspace settings (production → deny)', async () => {
  const ws = prodWorkspace();
  const env = { PATH: NO_NODE_PATH, AGENT_GUARD_CHANNEL_DIR: path.join(ws, 'no-editor-here'), HOME: os.tmpdir(), AGENT_GUARD_NO_HELPER: '1' };
  const r = await runShell(hookCommand(PARTS, 'cursor'), cursorShell(ws, RAILWAY_DELETE), ws, env);
  assert.equal(r.code, 0, r.stderr);
  const reply = JSON.parse(r.stdout);
  assert.equal(reply.permission, 'deny');
  assert.match(reply.user_message, /not running or not reachable/);
  const safe = await runShell(hookCommand(PARTS, 'cursor'), cursorShell(ws, 'ls -la'), ws, env);
  assert.deepEqual(JSON.parse(safe.stdout), { permission: 'allow' });
});

test('the very command lines written into .cursor/hooks.json and .claude/settings.json work as the agents run them', async () => {
  const ws = prodWorkspace();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-home-'));
  const results = applyHookFiles(['cursor-user', 'cursor-project', 'claude-project'], { parts: PARTS, home, workspace: ws });
  assert.deepEqual(results.map((r) => r.status), ['written', 'written', 'written']);
  const env = { PATH: NO_NODE_PATH, AGENT_GUARD_CHANNEL_DIR: path.join(ws, 'none'), HOME: home, AGENT_GUARD_NO_HELPER: '1' };

  const project = parse(fs.readFileSync(path.join(ws, '.cursor', 'hooks.json'), 'utf8')) as { hooks: Record<string, { command: string }[]> };
  // Cursor runs project hooks from the project root and user hooks from ~/.cursor.
  const fromRoot = await runShell(project.hooks.beforeShellExecution[0].command, cursorShell(ws, RAILWAY_DELETE), ws, env);
  assert.equal(JSON.parse(fromRoot.stdout).permission, 'deny');
  const user = parse(fs.readFileSync(path.join(home, '.cursor', 'hooks.json'), 'utf8')) as { hooks: Record<string, { command: string }[]> };
  const fromUser = await runShell(user.hooks.beforeReadFile[0].command, JSON.stringify({ hook_event_name: 'beforeReadFile', conversation_id: 'c', generation_id: 'g', workspace_roots: [ws], file_path: path.join(ws, '.env'), content: '' }), path.join(home, '.cursor'), env);
  assert.deepEqual(JSON.parse(fromUser.stdout), { permission: 'deny' });

  const claude = parse(fs.readFileSync(path.join(ws, '.claude', 'settings.json'), 'utf8')) as { hooks: Record<string, { hooks: { command: string }[] }[]> };
  const pre = await runShell(claude.hooks.PreToolUse[0].hooks[0].command, JSON.stringify({ session_id: 's', transcript_path: '/t', cwd: ws, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: RAILWAY_DELETE } }), ws, env);
  assert.equal(pre.code, 0, pre.stderr);
  assert.equal(JSON.parse(pre.stdout).hookSpecificOutput.permissionDecision, 'deny');
});

test('failures block: unknown agent, missing runtime and CLI, malformed stdin — exit 2 or a deny, with a stderr line', async () => {
  const ws = prodWorkspace();
  const env = { PATH: NO_NODE_PATH, AGENT_GUARD_CHANNEL_DIR: path.join(ws, 'none'), HOME: os.tmpdir(), AGENT_GUARD_NO_HELPER: '1' };
  const unknown = await runShell(`/bin/bash '${LAUNCHER}' windsurf`, '{}', ws, env);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown agent 'windsurf'/);
  const gone = await runShell(hookCommand({ ...PARTS, runtime: '/nonexistent/runtime' }, 'claude'), '{}', ws, env);
  assert.equal(gone.code, 2);
  assert.match(gone.stderr, /Install Agent Hooks/);
  const garbage = await runShell(hookCommand(PARTS, 'claude'), 'not json at all', ws, env);
  assert.equal(garbage.code, 0);
  assert.equal(JSON.parse(garbage.stdout).hookSpecificOutput.permissionDecision, 'deny');
  assert.match(garbage.stderr, /not valid JSON/);
});

test('no editor: the first cold call starts the hook helper; later calls are answered by it without starting the runtime', async () => {
  const ws = prodWorkspace();
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-helper-')), 'agent-guard');
  const env = { PATH: NO_NODE_PATH, AGENT_GUARD_CHANNEL_DIR: dir, HOME: os.tmpdir() };
  const first = await runShell(hookCommand(PARTS, 'cursor'), cursorShell(ws, RAILWAY_DELETE), ws, env);
  assert.equal(JSON.parse(first.stdout).permission, 'deny');
  const record = await waitForHelper(dir);
  const pid = Number(/"pid": (\d+)/.exec(fs.readFileSync(record, 'utf8'))?.[1]);
  try {
    const second = await runShell(hookCommand({ ...PARTS, runtime: '/nonexistent/runtime' }, 'cursor'), cursorShell(ws, RAILWAY_DELETE), ws, env);
    assert.equal(second.code, 0, second.stderr);
    const reply = JSON.parse(second.stdout);
    assert.equal(reply.permission, 'deny');
    assert.match(reply.user_message, /not running or not reachable/);
    const safe = await runShell(hookCommand({ ...PARTS, runtime: '/nonexistent/runtime' }, 'cursor'), cursorShell(ws, 'ls'), ws, env);
    assert.deepEqual(JSON.parse(safe.stdout), { permission: 'allow' });
  } finally {
    process.kill(pid, 'SIGTERM');
  }
});

async function waitForHelper(dir: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const found = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.startsWith('window-helper-')) : undefined;
    if (found) return path.join(dir, found);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the hook helper did not start within 10 s');
}
