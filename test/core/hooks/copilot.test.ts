// Contract tests for VS Code's agent hooks (Copilot). Payloads and reply from
// https://code.visualstudio.com/docs/agents/reference/hooks-reference.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { RAILWAY_DELETE, run, WS } from './support';

const common = { timestamp: '2026-02-09T10:30:00.000Z', cwd: WS, sessionId: 'session-1', hookEventName: 'PreToolUse', transcript_path: '/tmp/transcript.json' };

function output(json: Record<string, unknown> | undefined): Record<string, unknown> {
  return (json?.hookSpecificOutput ?? {}) as Record<string, unknown>;
}

test('run_in_terminal: the Railway delete asks, naming the VS Code agent; dismissed → deny', async () => {
  const r = await run('copilot', { ...common, tool_name: 'run_in_terminal', tool_input: { command: RAILWAY_DELETE, explanation: 'clean up', isBackground: false }, tool_use_id: 'tool-1' });
  assert.match(r.asked[0], /^copilot: /);
  assert.equal(output(r.json).hookEventName, 'PreToolUse');
  assert.equal(output(r.json).permissionDecision, 'deny');
  assert.match(String(output(r.json).permissionDecisionReason), /ask the person/);
});

test('run_in_terminal: a safe command prints nothing (VS Code keeps its own approval)', async () => {
  const r = await run('copilot', { ...common, tool_name: 'run_in_terminal', tool_input: { command: 'ls -la', explanation: 'list', isBackground: false }, tool_use_id: 'tool-2' });
  assert.equal(r.reply.stdout, '');
  assert.equal(r.reply.exitCode, 0);
});

test('read_file of a credential file asks; editFiles on a normal file passes', async () => {
  const r = await run('copilot', { ...common, tool_name: 'read_file', tool_input: { filePath: `${WS}/.env`, startLine: 1, endLine: 20 }, tool_use_id: 'tool-3' }, { person: 'no-editor', env: 'development' });
  assert.equal(output(r.json).permissionDecision, 'ask');
  const e = await run('copilot', { ...common, tool_name: 'editFiles', tool_input: { files: ['src/main.ts'] }, tool_use_id: 'tool-4' });
  assert.equal(e.reply.stdout, '');
});

test('PostToolUse is logged without output', async () => {
  const r = await run('copilot', { ...common, hookEventName: 'PostToolUse', tool_name: 'run_in_terminal', tool_input: { command: 'npm test' }, tool_use_id: 'tool-5', tool_response: 'ok' });
  assert.equal(r.reply.stdout, '');
  assert.equal(r.activity[0]?.kind, 'command-ran');
});

test('unknown event: deny in production with a stderr line', async () => {
  const r = await run('copilot', { ...common, hookEventName: 'Teleport' });
  assert.equal(output(r.json).permissionDecision, 'deny');
  assert.match(r.reply.stderr, /unknown VS Code agent hook event/);
});
