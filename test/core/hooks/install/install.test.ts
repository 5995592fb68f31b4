// Installing our hook entries keeps everything else: other hooks, comments, odd formatting, trailing commas. Invalid
// or read-only files are refused with a clear message and left byte-for-byte as they were.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'jsonc-parser';
import { installClaudeHooks, uninstallClaudeHooks } from '../../../../src/core/hooks/install/claude';
import { installCopilotHooks } from '../../../../src/core/hooks/install/copilot';
import { installCursorHooks, uninstallCursorHooks } from '../../../../src/core/hooks/install/cursor';
import { applyHookFiles, findTampered } from '../../../../src/core/hooks/install/files';
import { hookCommand, type HookCommandParts } from '../../../../src/core/hooks/install/hook-command';
import { installAutoApproveDenials, uninstallAutoApproveDenials } from '../../../../src/core/hooks/install/terminal-auto-approve';

const PARTS: HookCommandParts = { bash: '/bin/bash', launcher: '/ext/agent guard/media/bin/agent-guard-hook', runtime: '/opt/Cursor/cursor', cli: '/ext/agent guard/dist/cli.js' };

const CURSOR_THEIRS = `// team hooks — keep this comment
{
    "version": 1,
    "hooks": {
        // formatter
        "afterFileEdit": [ { "command": "./hooks/format.sh" }, ],
        "stop": [{"command": "./hooks/audit.sh"}],
    },
}
`;

test('the hook command quotes paths with spaces and names the agent', () => {
  assert.equal(hookCommand(PARTS, 'cursor'), `/bin/bash '/ext/agent guard/media/bin/agent-guard-hook' cursor --runtime /opt/Cursor/cursor --cli '/ext/agent guard/dist/cli.js'`);
});

test('Cursor: install keeps their hooks, comments and trailing commas; adds version 1, failClosed and timeouts; is idempotent', () => {
  const once = installCursorHooks(CURSOR_THEIRS, PARTS);
  assert.ok(once.changed);
  assert.match(once.text, /\/\/ team hooks — keep this comment/);
  assert.match(once.text, /\/\/ formatter/);
  const value = parse(once.text) as { version: number; hooks: Record<string, { command: string; failClosed?: boolean; timeout?: number }[]> };
  assert.equal(value.version, 1);
  assert.equal(value.hooks.afterFileEdit[0].command, './hooks/format.sh');
  assert.equal(value.hooks.afterFileEdit.length, 2);
  assert.deepEqual(value.hooks.stop, [{ command: './hooks/audit.sh' }]);
  assert.deepEqual(value.hooks.beforeShellExecution, [{ command: hookCommand(PARTS, 'cursor'), timeout: 300, failClosed: true }]);
  assert.equal(value.hooks.beforeReadFile[0].failClosed, true);
  const twice = installCursorHooks(once.text, PARTS);
  assert.equal(twice.changed, false);
  assert.equal(twice.text, once.text);
});

test('Cursor: a changed entry of ours is replaced in place, duplicates removed; uninstall restores their file', () => {
  const installed = installCursorHooks(CURSOR_THEIRS, PARTS).text;
  const tampered = installed.replace('"failClosed": true', '"failClosed": false');
  const repaired = installCursorHooks(tampered, PARTS);
  assert.ok(repaired.changed);
  assert.equal(repaired.text, installed);
  const removed = uninstallCursorHooks(installed);
  const value = parse(removed.text) as { hooks: Record<string, unknown[]> };
  assert.deepEqual(Object.keys(value.hooks).sort(), ['afterFileEdit', 'stop']);
  assert.equal(value.hooks.afterFileEdit.length, 1);
  assert.match(removed.text, /\/\/ formatter/);
});

test('Claude: our groups go beside other PreToolUse hooks; uninstall removes only ours', () => {
  const theirs = '{\n  "permissions": { "deny": ["Read(./.env)"] },\n  "hooks": {\n    "PreToolUse": [\n      { "matcher": "Write", "hooks": [ { "type": "command", "command": "prettier --check" } ] }\n    ]\n  }\n}\n';
  const once = installClaudeHooks(theirs, PARTS);
  const value = parse(once.text) as { permissions: unknown; hooks: Record<string, { matcher: string; hooks: { command: string; type: string; timeout: number }[] }[]> };
  assert.deepEqual(value.permissions, { deny: ['Read(./.env)'] });
  assert.equal(value.hooks.PreToolUse.length, 2);
  assert.equal(value.hooks.PreToolUse[1].hooks[0].command, hookCommand(PARTS, 'claude'));
  assert.equal(value.hooks.PreToolUse[1].hooks[0].type, 'command');
  assert.match(value.hooks.PreToolUse[1].matcher, /Bash/);
  assert.equal(value.hooks.PostToolUse.length, 1);
  assert.equal(installClaudeHooks(once.text, PARTS).changed, false);
  const removed = parse(uninstallClaudeHooks(once.text).text) as { hooks: Record<string, unknown[]> };
  assert.equal(removed.hooks.PreToolUse.length, 1);
  assert.equal(removed.hooks.PostToolUse, undefined);
});

test('Copilot: a new .github/hooks/agent-guard.json holds PreToolUse and PostToolUse command hooks', () => {
  const value = parse(installCopilotHooks('', PARTS).text) as { hooks: Record<string, { type: string; command: string }[]> };
  assert.equal(value.hooks.PreToolUse[0].type, 'command');
  assert.equal(value.hooks.PreToolUse[0].command, hookCommand(PARTS, 'copilot'));
  assert.equal(value.hooks.PostToolUse.length, 1);
});

test('autoApprove: adds false entries beside theirs, never overrides theirs, removes only ours', () => {
  const theirs = '{\n  // mine\n  "chat.tools.terminal.autoApprove": { "npm test": true, "rm": true },\n}\n';
  const once = installAutoApproveDenials(theirs);
  const value = parse(once.text) as Record<string, Record<string, boolean>>;
  const map = value['chat.tools.terminal.autoApprove'];
  assert.equal(map['npm test'], true);
  assert.equal(map.rm, true, 'a person\'s own choice is not overridden');
  assert.equal(map['terraform destroy'], false);
  assert.ok(!once.added.includes('rm'));
  const removed = uninstallAutoApproveDenials(once.text, once.added);
  assert.deepEqual(parse(removed.text), { 'chat.tools.terminal.autoApprove': { 'npm test': true, rm: true } });
  assert.match(removed.text, /\/\/ mine/);
});

function tempWorkspace(): { home: string; ws: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-install-'));
  const home = path.join(root, 'home');
  const ws = path.join(root, 'ws');
  fs.mkdirSync(home);
  fs.mkdirSync(ws);
  return { home, ws };
}

test('files: invalid JSON and read-only files are refused with a clear message and left untouched; others still install', () => {
  const { home, ws } = tempWorkspace();
  fs.mkdirSync(path.join(ws, '.cursor'));
  fs.mkdirSync(path.join(ws, '.claude'));
  const broken = '{ "version": 1, "hooks": { ';
  fs.writeFileSync(path.join(ws, '.cursor', 'hooks.json'), broken);
  const readOnly = '{ "hooks": {} }\n';
  fs.writeFileSync(path.join(ws, '.claude', 'settings.json'), readOnly, { mode: 0o444 });
  const results = applyHookFiles(['cursor-project', 'claude-project', 'copilot-project'], { parts: PARTS, home, workspace: ws });
  assert.equal(results[0].status, 'error');
  assert.match(results[0].message ?? '', /not valid JSON with comments \(line 1/);
  assert.equal(fs.readFileSync(path.join(ws, '.cursor', 'hooks.json'), 'utf8'), broken);
  assert.equal(results[1].status, 'error');
  assert.match(results[1].message ?? '', /read-only/);
  assert.equal(fs.readFileSync(path.join(ws, '.claude', 'settings.json'), 'utf8'), readOnly);
  assert.equal(results[2].status, 'written');
});

test('files: install, tamper detection, uninstall (our own file is deleted when empty)', () => {
  const { home, ws } = tempWorkspace();
  const ctx = { parts: PARTS, home, workspace: ws };
  const all = ['cursor-user', 'cursor-project', 'claude-project', 'copilot-project', 'vscode-auto-approve'] as const;
  const installed = applyHookFiles(all, ctx);
  assert.deepEqual(installed.map((r) => r.status), ['written', 'written', 'written', 'written', 'written']);
  const added = installed[4].added ?? [];
  assert.deepEqual(findTampered(all, ctx, added), []);
  const cursorFile = path.join(ws, '.cursor', 'hooks.json');
  fs.writeFileSync(cursorFile, '{ "version": 1, "hooks": {} }');
  assert.deepEqual(findTampered(all, ctx, added).map((t) => t.target), ['cursor-project']);
  assert.deepEqual(applyHookFiles(all, ctx).map((r) => r.status), ['unchanged', 'written', 'unchanged', 'unchanged', 'unchanged']);
  const removed = applyHookFiles(all, ctx, { uninstall: true, ownedAutoApproveKeys: added });
  assert.equal(removed[3].status, 'removed');
  assert.equal(fs.existsSync(path.join(ws, '.github', 'hooks', 'agent-guard.json')), false);
  assert.doesNotMatch(fs.readFileSync(cursorFile, 'utf8'), /agent-guard-hook/);
  assert.doesNotMatch(fs.readFileSync(path.join(ws, '.vscode', 'settings.json'), 'utf8'), /autoApprove/);
});
