// Contract tests for the Cursor adapter: the documented payload of each event in, the documented reply fields out.
// Payload shapes from https://cursor.com/docs/agent/hooks.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { RAILWAY_DELETE, run, WS } from './support';

const common = { conversation_id: 'conv-123', generation_id: 'gen-456', model: 'claude-sonnet', cursor_version: '2.0.77', user_email: 'dev@example.com', workspace_roots: [WS] };

test('beforeShellExecution: a safe command is allowed with exactly {"permission":"allow"} and no modal', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'beforeShellExecution', command: 'npm install express', cwd: WS });
  assert.deepEqual(r.json, { permission: 'allow' });
  assert.equal(r.reply.exitCode, 0);
  assert.deepEqual(r.asked, []);
});

test('beforeShellExecution: the Railway volumeDelete curl asks the person, naming the Cursor agent; dismissing denies', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'beforeShellExecution', command: RAILWAY_DELETE, cwd: WS });
  assert.equal(r.asked.length, 1);
  assert.match(r.asked[0], /^cursor: curl/);
  assert.equal(r.json?.permission, 'deny');
  assert.equal(typeof r.json?.user_message, 'string');
  assert.match(String(r.json?.agent_message), /Do not retry this/);
  assert.match(String(r.json?.agent_message), /ask the person/);
  assert.equal(r.json?.userMessage, r.json?.user_message, 'legacy camelCase spelling mirrors the documented one');
  assert.equal(r.reply.exitCode, 0);
});

test('beforeShellExecution: a person who confirms turns ask into allow', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'beforeShellExecution', command: 'git push --force origin main', cwd: WS }, { person: { allowed: true, answeredBy: 'person' } });
  assert.equal(r.asked.length, 1);
  assert.equal(r.json?.permission, 'allow');
});

test('beforeShellExecution: editor not reachable — production denies and says how to proceed', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'beforeShellExecution', command: RAILWAY_DELETE, cwd: WS }, { person: 'no-editor' });
  assert.equal(r.json?.permission, 'deny');
  assert.match(String(r.json?.user_message), /open this folder in VS Code or Cursor/);
});

test('beforeShellExecution: editor not reachable — development hands the question to Cursor\'s own ask', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'beforeShellExecution', command: 'rm -rf /', cwd: WS }, { person: 'no-editor', env: 'development' });
  assert.equal(r.json?.permission, 'ask');
  assert.equal(typeof r.json?.user_message, 'string');
  assert.equal(typeof r.json?.agent_message, 'string');
});

test('beforeReadFile: a credential file is never "ask" (Cursor only takes allow/deny): reply is exactly {"permission":"deny"}', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'beforeReadFile', file_path: `${WS}/.env`, content: 'generated at test time', attachments: [] }, { person: 'no-editor', env: 'development' });
  assert.deepEqual(r.json, { permission: 'deny' });
});

test('beforeReadFile: an ordinary file is allowed', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'beforeReadFile', file_path: `${WS}/src/main.ts`, content: 'export {}', attachments: [] });
  assert.deepEqual(r.json, { permission: 'allow' });
});

test('beforeReadFile: .env.example is not a credential file', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'beforeReadFile', file_path: `${WS}/.env.example`, content: 'KEY=' });
  assert.deepEqual(r.json, { permission: 'allow' });
});

test('beforeMCPExecution: SQL in a tool_input string is classified like the SQL it is', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'beforeMCPExecution', tool_name: 'postgres_query', tool_input: JSON.stringify({ query: 'DROP TABLE users' }), url: 'http://localhost:3000', command: 'npx mcp-server' }, { person: 'no-editor' });
  assert.equal(r.json?.permission, 'deny');
});

test('beforeMCPExecution: a read-only query is allowed', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'beforeMCPExecution', tool_name: 'postgres_query', tool_input: { query: 'SELECT id FROM users LIMIT 5' } });
  assert.deepEqual(r.json, { permission: 'allow' });
});

test('beforeMCPExecution: a tool named for deleting asks in production', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'beforeMCPExecution', tool_name: 'delete_volume', tool_input: { id: 'v1' } });
  assert.equal(r.asked.length, 1);
  assert.equal(r.json?.permission, 'deny');
});

test('preToolUse: the Shell tool goes through the same engine', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'preToolUse', tool_name: 'Shell', tool_input: { command: 'git push --force origin main' }, tool_use_id: 't1', cwd: WS }, { person: 'no-editor' });
  assert.equal(r.json?.permission, 'deny');
  const safe = await run('cursor', { ...common, hook_event_name: 'preToolUse', tool_name: 'Shell', tool_input: { command: 'git status' }, tool_use_id: 't2', cwd: WS });
  assert.deepEqual(safe.json, { permission: 'allow' });
});

test('preToolUse: Read of a credential file asks in the editor', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'preToolUse', tool_name: 'Read', tool_input: { file_path: `${WS}/.aws/credentials` }, tool_use_id: 't3', cwd: WS });
  assert.equal(r.asked.length, 1);
  assert.equal(r.json?.permission, 'deny');
});

test('afterShellExecution and afterFileEdit are logged and answered with {}', async () => {
  const a = await run('cursor', { ...common, hook_event_name: 'afterShellExecution', command: 'npm test', cwd: WS, output: 'ok', duration: 150 });
  assert.deepEqual(a.json, {});
  assert.equal(a.activity[0]?.kind, 'command-ran');
  assert.equal(a.activity[0]?.command, 'npm test');
  const e = await run('cursor', { ...common, hook_event_name: 'afterFileEdit', file_path: `${WS}/src/main.ts`, edits: [{ old_string: 'const foo = 1', new_string: 'const foo = 2' }] });
  assert.deepEqual(e.json, {});
  assert.equal(e.activity[0]?.kind, 'file-changed');
  assert.equal(e.activity[0]?.path, `${WS}/src/main.ts`);
});

test('unknown event: deny in production with a clear stderr line', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'beforeTeleport', cwd: WS });
  assert.equal(r.json?.permission, 'deny');
  assert.match(r.reply.stderr, /unknown Cursor hook event "beforeTeleport"/);
});

test('missing command in beforeShellExecution: deny in staging', async () => {
  const r = await run('cursor', { ...common, hook_event_name: 'beforeShellExecution', cwd: WS }, { env: 'staging' });
  assert.equal(r.json?.permission, 'deny');
  assert.match(r.reply.stderr, /has no "command"/);
});
