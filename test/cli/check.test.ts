// The `agent-guard check` / `explain` contract, exercised through the built CLI as a separate process.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { CLI_PATH, runCli } from '../helpers/cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-cli-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function workspace(name: string, settingsText: string | undefined): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
  if (settingsText !== undefined) fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), settingsText);
  return dir;
}

describe('agent-guard check', () => {
  it('--json gives the decision with rules and reason', () => {
    const r = runCli(['check', '--env', 'production', '--json', '--', 'shred', '-u', 'secrets.txt']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.command, 'shred -u secrets.txt');
    assert.equal(out.decision, 'ask');
    assert.deepEqual(out.rules, ['filesystem/shred']);
    assert.match(out.reason, /beyond recovery/);
    assert.equal(out.environment, 'production');
  });

  it('plain text names the decision and the rule', () => {
    const r = runCli(['check', '--env', 'development', '--', 'ls', '-la']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^ALLOW {2}ls -la/);
  });

  it('--jsonl answers one line per stdin line, in order', () => {
    const input = 'ls\nshred x\n\necho done\n';
    const r = runCli(['check', '--env', 'staging', '--jsonl'], { input });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.command), ['ls', 'shred x', '', 'echo done']);
    assert.deepEqual(lines.map((l) => l.decision), ['allow', 'ask', 'allow', 'allow']);
    for (const l of lines) assert.ok(Array.isArray(l.rules) && typeof l.reason === 'string');
  });

  it('--jsonl writes every answer through a pipe far larger than its buffer, whole and in order', () => {
    const commands = Array.from({ length: 6000 }, (_, i) => (i % 3 === 0 ? `shred file-${i}` : `echo line-${i} ${'x'.repeat(200)}`));
    const r = runCli(['check', '--env', 'production', '--jsonl'], { input: commands.join('\n') });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.length > 1_000_000, `${r.stdout.length} bytes`);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.command), commands);
    assert.deepEqual(lines.map((l) => l.decision), commands.map((c) => (c.startsWith('shred') ? 'ask' : 'allow')));
  });

  it('--jsonl reads stdin written a line at a time by a parent that keeps its pipe open', async () => {
    const child = spawn(process.execPath, [CLI_PATH, 'check', '--env', 'production', '--jsonl']);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    for (let i = 0; i < 40; i++) {
      child.stdin.write(i % 4 === 0 ? `shred f${i}\n` : `echo ${i}\n`);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    child.stdin.end();
    assert.equal(await closed, 0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 40);
    assert.deepEqual(lines.map((l) => l.decision), Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? 'ask' : 'allow')));
  });

  it('stops quietly when the reader goes away (| head -1)', () => {
    const input = path.join(tmp, 'many.txt');
    fs.writeFileSync(input, Array.from({ length: 20000 }, (_, i) => `echo ${i} ${'y'.repeat(100)}`).join('\n'));
    const script = `"${process.execPath}" "${CLI_PATH}" check --env production --jsonl < "${input}" 2>"${input}.err" | head -1; echo "status=\${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 30_000 });
    const [first, status] = r.stdout.trim().split('\n');
    assert.equal(JSON.parse(first).command, `echo 0 ${'y'.repeat(100)}`);
    assert.equal(status, 'status=0');
    assert.equal(fs.readFileSync(`${input}.err`, 'utf8'), '', 'no error or stack trace');
  });

  it('reads the environment from the workspace settings (JSONC) found from --cwd', () => {
    const dir = workspace('prod', '{\n  // this is production\n  "agentGuard.environment": "production",\n}\n');
    fs.mkdirSync(path.join(dir, 'sub'));
    const r = runCli(['check', '--cwd', path.join(dir, 'sub'), '--json', '--', 'shred', 'a']);
    const out = JSON.parse(r.stdout);
    assert.equal(out.environment, 'production');
    assert.equal(out.decision, 'ask');
  });

  it('a development workspace allows what production asks', () => {
    const dir = workspace('dev', '{ "agentGuard.environment": "development" }');
    const out = JSON.parse(runCli(['check', '--cwd', dir, '--json', '--', 'shred', 'a']).stdout);
    assert.equal(out.environment, 'development');
    assert.equal(out.decision, 'allow');
  });

  it('unreadable settings are reported and treated as production (fail safe)', () => {
    const dir = workspace('broken', '{ "agentGuard.environment": "development", oops }');
    const r = runCli(['check', '--cwd', dir, '--json', '--', 'shred', 'a']);
    assert.match(r.stderr, /settings\.json:1: .*not valid JSON/);
    assert.equal(JSON.parse(r.stdout).decision, 'ask');
  });

  it('--env sets the environment, and the workspace rule settings still apply', () => {
    const dir = workspace('env-flag', '{ "agentGuard.environment": "development", "agentGuard.rules": { "filesystem/shred": "deny", "nope": 1 } }');
    const r = runCli(['check', '--env', 'production', '--cwd', dir, '--json', '--', 'shred', 'a']);
    const out = JSON.parse(r.stdout);
    assert.deepEqual([out.environment, out.decision], ['production', 'deny']);
    assert.match(r.stderr, /agentGuard\.rules\["nope"\]/);
    assert.match(runCli(['check', '--env', 'staging', '--cwd', dir, '--', 'ls']).stdout, /environment: staging \(--env\)/);
  });

  it('detects the environment on disk when the settings do not name one (auto)', () => {
    const dir = workspace('detected', '{ "agentGuard.environment": "auto" }');
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/production\n');
    const out = JSON.parse(runCli(['check', '--cwd', dir, '--json', '--', 'shred', 'a']).stdout);
    assert.equal(out.environment, 'production');
    assert.equal(out.decision, 'ask');
    const text = runCli(['check', '--cwd', dir, '--', 'shred', 'a']).stdout;
    assert.match(text, /detected: git branch "production"/);
  });

  it('a detection signal switched off in settings (flat keys) is not used', () => {
    const dir = workspace('detected-off', '{ "agentGuard.detection.branch": false }');
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/production\n');
    const out = JSON.parse(runCli(['check', '--cwd', dir, '--json', '--', 'shred', 'a']).stdout);
    assert.equal(out.environment, 'development');
  });

  for (const [args, message] of [
    [['check', '--env', 'prod', '--', 'ls'], /--env must be production, staging or development/],
    [['check', '--actor', 'robot', '--', 'ls'], /--actor must be agent or human/],
    [['check', '--frobnicate', '--', 'ls'], /unknown option --frobnicate/],
    [['check', 'rm', '-rf', '/'], /put the command after "--"/],
    [['check', '--env', 'production'], /no command given/],
    [['nonsense'], /unknown command "nonsense"/],
    [[], /Usage: agent-guard/],
  ] as [string[], RegExp][]) {
    it(`bad usage exits 2: ${args.join(' ') || '(nothing)'}`, () => {
      const r = runCli(args);
      assert.equal(r.status, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    });
  }
});

describe('scripts the checked command runs', () => {
  const dir = workspace('scripts', undefined);
  fs.writeFileSync(path.join(dir, 'wipe.sh'), '#!/bin/sh\necho starting over\nrm -rf ~\n', { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'build.sh'), '#!/bin/sh\nnpm ci && npm run build\n', { mode: 0o755 });

  it('check reads a script on disk and decides on what it holds', () => {
    const r = runCli(['check', '--env', 'development', '--cwd', dir, '--json', '--', './wipe.sh']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.decision, 'ask');
    assert.deepEqual(out.rules, ['filesystem/rm-root-or-home']);
    const benign = JSON.parse(runCli(['check', '--env', 'production', '--cwd', dir, '--json', '--', 'bash build.sh']).stdout);
    assert.equal(benign.decision, 'allow');
  });

  it('explain names the script a rule fired inside', () => {
    const r = runCli(['explain', '--env', 'production', '--cwd', dir, '--', './wipe.sh']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /filesystem\/rm-root-or-home \[catastrophic\] on "rm -rf ~" \(inside \.\/wipe\.sh\)/);
  });

  it('the hook (no editor) reads it too: Claude is told to ask, with the script named', () => {
    const payload = { session_id: 's', transcript_path: '/tmp/t.jsonl', cwd: dir, permission_mode: 'default', hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'bash wipe.sh' }, tool_use_id: 't1' };
    const env = { ...process.env, AGENT_GUARD_NO_CHANNEL: '1', AGENT_GUARD_NO_HELPER: '1' };
    const r = runCli(['hook', 'claude'], { cwd: dir, input: JSON.stringify(payload), env });
    assert.equal(r.status, 0, r.stderr);
    const output = JSON.parse(r.stdout).hookSpecificOutput;
    assert.equal(output.permissionDecision, 'ask');
    assert.match(output.permissionDecisionReason, /`rm -rf ~` inside bash wipe\.sh: rm ~ deletes a whole home folder/);
  });
});

describe('agent-guard explain', () => {
  it('shows the parse, the rules and the decision', () => {
    const r = runCli(['explain', '--env', 'production', '--', 'ls && shred -u a.db']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Parsed into 2 simple command\(s\)/);
    assert.match(r.stdout, /filesystem\/shred \[destructive\] on "shred -u a\.db"/);
    assert.match(r.stdout, /Decision: ask/);
  });
});
