// Contract tests for the Claude Code adapter. Payloads and reply from https://code.claude.com/docs/en/hooks.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { RAILWAY_DELETE, run, WS } from './support';

const common = { session_id: 'abc123', transcript_path: '/home/dev/.claude/projects/shop/abc123.jsonl', cwd: WS, permission_mode: 'default' };

function output(json: Record<string, unknown> | undefined): Record<string, unknown> {
  return (json?.hookSpecificOutput ?? {}) as Record<string, unknown>;
}

test('PreToolUse Bash: a safe command prints no decision (Claude keeps its own permission flow), exit 0', async () => {
  const r = await run('claude', { ...common, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'npm test', description: 'Run tests' }, tool_use_id: 'toolu_01' });
  assert.equal(r.reply.stdout, '');
  assert.equal(r.reply.exitCode, 0);
});

test('PreToolUse Bash: the Railway delete asks in the editor; dismissed → permissionDecision deny with the reason for Claude', async () => {
  const r = await run('claude', { ...common, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: RAILWAY_DELETE }, tool_use_id: 'toolu_02' });
  assert.deepEqual(r.asked.map((a) => a.split(':')[0]), ['claude']);
  assert.deepEqual(Object.keys(output(r.json)).sort(), ['hookEventName', 'permissionDecision', 'permissionDecisionReason']);
  assert.equal(output(r.json).hookEventName, 'PreToolUse');
  assert.equal(output(r.json).permissionDecision, 'deny');
  assert.match(String(output(r.json).permissionDecisionReason), /Do not retry this/);
  assert.equal(r.reply.exitCode, 0);
});

test('PreToolUse Bash: confirmed by a person → permissionDecision allow', async () => {
  const r = await run('claude', { ...common, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: RAILWAY_DELETE }, tool_use_id: 'toolu_03' }, { person: { allowed: true, answeredBy: 'person' } });
  assert.equal(output(r.json).permissionDecision, 'allow');
});

test('PreToolUse: editor not reachable — development gives Claude\'s own ask; production denies', async () => {
  const payload = { ...common, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'rm -rf ~' }, tool_use_id: 'toolu_04' };
  const dev = await run('claude', payload, { person: 'no-editor', env: 'development' });
  assert.equal(output(dev.json).permissionDecision, 'ask');
  const prod = await run('claude', payload, { person: 'no-editor', env: 'production' });
  assert.equal(output(prod.json).permissionDecision, 'deny');
  assert.match(String(output(prod.json).permissionDecisionReason), /not running or not reachable/);
});

test('PreToolUse Read / Edit / Write / Grep of credential files ask; ordinary files pass', async () => {
  for (const [tool, input] of [
    ['Read', { file_path: `${WS}/.env.production` }],
    ['Write', { file_path: `${WS}/.env`, content: 'generated' }],
    ['Edit', { file_path: '/home/dev/.ssh/id_ed25519', old_string: 'a', new_string: 'b' }],
    ['Grep', { pattern: 'KEY', path: `${WS}/.env` }],
  ] as const) {
    const r = await run('claude', { ...common, hook_event_name: 'PreToolUse', tool_name: tool, tool_input: input, tool_use_id: 't' });
    assert.equal(r.asked.length, 1, tool);
    assert.equal(output(r.json).permissionDecision, 'deny', tool);
  }
  const ok = await run('claude', { ...common, hook_event_name: 'PreToolUse', tool_name: 'Read', tool_input: { file_path: `${WS}/README.md` }, tool_use_id: 't' });
  assert.equal(ok.reply.stdout, '');
  const glob = await run('claude', { ...common, hook_event_name: 'PreToolUse', tool_name: 'Glob', tool_input: { pattern: '**/*.ts' }, tool_use_id: 't' });
  assert.equal(glob.reply.stdout, '');
});

test('PreToolUse mcp__ tools: SQL in the input is classified', async () => {
  const r = await run('claude', { ...common, hook_event_name: 'PreToolUse', tool_name: 'mcp__postgres__query', tool_input: { sql: 'TRUNCATE TABLE orders' }, tool_use_id: 't' }, { person: 'no-editor' });
  assert.equal(output(r.json).permissionDecision, 'deny');
});

test('PostToolUse: logged, no output, exit 0', async () => {
  const r = await run('claude', { ...common, hook_event_name: 'PostToolUse', tool_name: 'Bash', tool_input: { command: 'npm test' }, tool_response: { stdout: 'ok', exit_code: 0 }, tool_use_id: 't' });
  assert.equal(r.reply.stdout, '');
  assert.equal(r.reply.exitCode, 0);
  assert.equal(r.activity[0]?.kind, 'command-ran');
  assert.equal(r.activity[0]?.exitCode, 0);
});

test('malformed, empty and oversized stdin: a deny decision in production and a stderr line, never a crash', async () => {
  for (const text of ['{not json', '', 'x'.repeat(1024 * 1024 + 10), '[1,2]', '{"tool_name":"Bash"}']) {
    const r = await run('claude', text);
    assert.equal(output(r.json).permissionDecision, 'deny', text.slice(0, 20));
    assert.match(r.reply.stderr, /^agent-guard hook claude: .+answered "deny"/, text.slice(0, 20));
    assert.equal(r.reply.exitCode, 0);
  }
});
