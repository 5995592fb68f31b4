// The agent-tool rules (credential-access/credential-file, mcp/destructive-tool) decided by the same policy as shell
// findings: `agentGuard.rules` turns them off or forces a decision, and their decisions carry findings with why and
// a safer alternative.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, readGuardConfig, type Environment, type GuardConfig, type RuleSetting } from '../../../src/core/config';
import { decideActions, type HookWorkspace } from '../../../src/core/hooks/handle';
import type { HookAction } from '../../../src/core/hooks/types';
import { run, WS } from './support';

const CREDENTIAL = 'credential-access/credential-file';
const MCP = 'mcp/destructive-tool';
const common = { session_id: 'abc123', transcript_path: '/home/dev/.claude/projects/shop/abc123.jsonl', cwd: WS, permission_mode: 'default' };

/** The config a workspace gets from `"agentGuard.rules": { [id]: setting }` in its settings. */
function configWith(id: string, setting: RuleSetting): GuardConfig {
  const { config, errors } = readGuardConfig({ 'agentGuard.rules': { [id]: setting } });
  assert.deepEqual(errors, []);
  return config;
}

/** Claude's permission for one tool call, the editor not running (so `ask` reaches Claude's own prompt). */
async function claudePermission(tool: string, input: Record<string, unknown>, env: Environment, config?: GuardConfig): Promise<string> {
  const r = await run('claude', { ...common, hook_event_name: 'PreToolUse', tool_name: tool, tool_input: input, tool_use_id: 't' }, { person: 'no-editor', env, config });
  const output = (r.json?.hookSpecificOutput ?? {}) as Record<string, unknown>;
  return r.reply.stdout === '' ? 'allow' : String(output.permissionDecision);
}

const readEnv = { file_path: `${WS}/.env` };
const deleteIssue = { owner: 'acme', repo: 'shop', issue_number: 7 };

test('the two ids are valid agentGuard.rules keys for every setting', () => {
  for (const id of [CREDENTIAL, MCP]) {
    for (const setting of ['default', 'off', 'allow', 'ask', 'deny'] as const) assert.equal(configWith(id, setting).rules[id], setting);
  }
});

test(`${CREDENTIAL}: default asks in development; "off" lets the read through; "deny" denies it; "allow" allows it`, async () => {
  assert.equal(await claudePermission('Read', readEnv, 'development'), 'ask');
  assert.equal(await claudePermission('Read', readEnv, 'development', configWith(CREDENTIAL, 'off')), 'allow');
  assert.equal(await claudePermission('Read', readEnv, 'development', configWith(CREDENTIAL, 'deny')), 'deny');
  assert.equal(await claudePermission('Read', readEnv, 'production', configWith(CREDENTIAL, 'allow')), 'allow');
  // Another rule's setting changes nothing.
  assert.equal(await claudePermission('Read', readEnv, 'development', configWith('credential-access/read-credential-file', 'off')), 'ask');
});

test(`${CREDENTIAL}: Cursor's beforeReadFile follows the setting too`, async () => {
  const payload = { conversation_id: 'c', generation_id: 'g', workspace_roots: [WS], hook_event_name: 'beforeReadFile', file_path: `${WS}/.env`, content: 'generated at test time' };
  const off = await run('cursor', payload, { person: 'no-editor', env: 'development', config: configWith(CREDENTIAL, 'off') });
  assert.deepEqual(off.json, { permission: 'allow' });
  const deny = await run('cursor', payload, { env: 'development', config: configWith(CREDENTIAL, 'deny') });
  assert.deepEqual(deny.asked, [], 'deny is not a question for the person');
  assert.deepEqual(deny.json, { permission: 'deny' });
});

test(`${CREDENTIAL} off: a write to a protected credential file is still asked by the protected-path check`, async () => {
  const config: GuardConfig = { ...configWith(CREDENTIAL, 'off'), protectedPaths: ['.env'] };
  assert.equal(await claudePermission('Write', { file_path: `${WS}/.env`, content: 'generated' }, 'production', config), 'deny');
  assert.equal(await claudePermission('Write', { file_path: `${WS}/.env`, content: 'generated' }, 'production', configWith(CREDENTIAL, 'off')), 'allow');
});

test(`${MCP}: default allows in development and asks in production; "deny" denies in development; "off" allows in production`, async () => {
  assert.equal(await claudePermission('mcp__github__delete_issue', deleteIssue, 'development'), 'allow');
  assert.equal(await claudePermission('mcp__github__delete_issue', deleteIssue, 'production'), 'deny', 'asked; no editor in production → deny');
  assert.equal(await claudePermission('mcp__github__delete_issue', deleteIssue, 'development', configWith(MCP, 'deny')), 'deny');
  assert.equal(await claudePermission('mcp__github__delete_issue', deleteIssue, 'development', configWith(MCP, 'ask')), 'ask');
  assert.equal(await claudePermission('mcp__github__delete_issue', deleteIssue, 'production', configWith(MCP, 'off')), 'allow');
  assert.equal(await claudePermission('mcp__github__list_issues', {}, 'development', configWith(MCP, 'deny')), 'allow', 'only named tools');
});

test(`${MCP}: a setting forcing the rule applies even when SQL in the input was found too`, async () => {
  // TRUNCATE in the input is destructive, so allowed in development; with "deny" the tool's name still decides.
  const input = { sql: 'TRUNCATE TABLE orders' };
  assert.equal(await claudePermission('mcp__postgres__drop_rows', input, 'development'), 'allow');
  assert.equal(await claudePermission('mcp__postgres__drop_rows', input, 'development', configWith(MCP, 'deny')), 'deny');
});

function workspace(environment: Environment, config: GuardConfig = DEFAULT_CONFIG): HookWorkspace {
  return { environment, config, folder: WS, folderName: 'shop' };
}

function decideOne(action: HookAction, ws: HookWorkspace) {
  const decisions = decideActions({ agent: 'claude', event: 'PreToolUse', place: { cwd: WS, workspaceRoots: [WS] }, actions: [action] }, ws, { workspace: () => ws, home: '/home/dev' });
  assert.equal(decisions.length, 1);
  return decisions[0];
}

test(`${CREDENTIAL}: the decision carries a finding with the rule's meta (credential, caution like the shell credential rules)`, () => {
  const d = decideOne({ kind: 'file', operation: 'read', path: '.env' }, workspace('development'));
  assert.equal(d.decision, 'ask');
  assert.equal(d.command, 'read .env');
  assert.deepEqual(d.rules, [CREDENTIAL]);
  assert.equal(d.findings.length, 1);
  const [f] = d.findings;
  assert.equal(f.severity, 'caution');
  assert.equal(f.category, 'credential');
  assert.equal(f.message, 'The agent wants to read .env, an environment file.');
  assert.match(f.why, /leaked/);
  assert.ok(f.saferAlternative);
  assert.equal(d.saferAlternative, f.saferAlternative);
  assert.match(d.reason, /credential-access\/credential-file/);
});

test(`${MCP}: the decision carries a finding with why and a safer alternative`, () => {
  const d = decideOne({ kind: 'mcp', toolName: 'mcp__github__delete_issue', commands: [], sql: [] }, workspace('production'));
  assert.equal(d.decision, 'ask');
  assert.equal(d.command, 'MCP tool mcp__github__delete_issue');
  assert.deepEqual(d.rules, [MCP]);
  const [f] = d.findings;
  assert.equal(f.severity, 'destructive');
  assert.equal(f.category, 'destructive');
  assert.match(f.message, /mcp__github__delete_issue .* deletes/);
  assert.ok(f.why.length > 10);
  assert.ok(f.saferAlternative);
  assert.equal(d.saferAlternative, f.saferAlternative);
  assert.match(d.reason, /mcp\/destructive-tool/);
});

test('a rule set to "off" leaves no finding behind', () => {
  const d = decideOne({ kind: 'file', operation: 'read', path: '.env' }, workspace('production', configWith(CREDENTIAL, 'off')));
  assert.equal(d.decision, 'allow');
  assert.deepEqual(d.findings, []);
  assert.deepEqual(d.rules, []);
});
