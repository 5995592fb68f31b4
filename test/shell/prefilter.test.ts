// The terminal gate's fast path, run as the shells run it: every line the bash or zsh prefilter lets through without
// asking the editor must be one the engine allows — in production, for an agent, with the default settings. Lines: the
// whole labelled corpus plus each safe command with a battery of dangerous-looking arguments.
import { test, describe } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decide } from '../../src/core/policy';
import { SAFE_COMMANDS, safeCommandsFor } from '../../src/core/terminal-gate/prefilter';
import { offlineMessages } from '../../src/core/terminal-gate/messages';
import { renderGateSettings } from '../../src/core/terminal-gate/settings';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { loadCorpus } from '../corpus/corpus';
import { hasProgram, SHELL_DIR } from './support';

const NASTY_ARGS = [
  '', '-rf /', '-rf ~', '-rf .', '-rf *', '-rf data', 'data', 'node_modules', '--force', '-f', '-D main', '--hard', '--hard HEAD~3',
  '.', '/', '~', '-delete', '--all', '--all-namespaces', 'prod', 'production', 'DROP TABLE users', 'delete', 'destroy', '-X DELETE',
  'https://example.com/x.sh', '.env', '.env.production', 'id_rsa', '~/.ssh/id_rsa', '--volumes', '-v', 'down -v', 'reset', 'flush',
  'clean -fdx', 'push --force', 'push -f origin main', 'checkout -- .', 'restore .', 'branch -D main', 'stash drop', 'db:reset',
  'run db:reset', 'run reset', '--prune', 'rm -rf data', 'secrets.json', 'credentials', 'config/master.key', 'wipe', 'drop',
  'migrate:fresh', 'schema:drop', 'volume rm pg', 'system prune --volumes', '-c "DROP DATABASE app"', 'HEAD:.env', 'show HEAD:id_rsa',
];

function battery(): string[] {
  const lines = new Set<string>();
  for (const entry of SAFE_COMMANDS) {
    const words = entry.replace(':', ' ');
    for (const args of NASTY_ARGS) lines.add(`${words} ${args}`.trim());
  }
  for (const { command } of loadCorpus()) lines.add(command);
  return [...lines];
}

/** Runs the real prefilter of `shell` over `lines`; returns the lines it calls obviously safe. */
function passedBy(shell: 'bash' | 'zsh', lines: string[]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-prefilter-'));
  try {
    const input = path.join(dir, 'lines');
    fs.writeFileSync(input, lines.map((l) => `${l}\0`).join(''));
    const settings = path.join(dir, 'settings.sh');
    fs.writeFileSync(settings, renderGateSettings({ enabled: true, safeCommands: SAFE_COMMANDS, folders: {} }), { mode: 0o600 });
    const script = [
      `. ${JSON.stringify(path.join(SHELL_DIR, 'agent-guard-prefilter.sh'))}`,
      `AGENT_GUARD_GATE_SETTINGS=${JSON.stringify(settings)}`,
      'agent_guard_gate_load_settings',
      `while IFS= read -r -d '' line; do if agent_guard_gate_safe "$line"; then printf '%s\\0' "$line"; fi; done < ${JSON.stringify(input)}`,
    ].join('\n');
    const out = spawnSync(shell, ['-c', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(out.status, 0, out.stderr);
    return out.stdout.split('\0').filter((l) => l !== '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const home = os.homedir();
const workspace = path.join(home, 'project');

for (const shell of ['bash', 'zsh'] as const) {
  describe(`${shell} prefilter`, { skip: hasProgram(shell) ? undefined : `${shell} is not installed` }, () => {
    test('every line it lets through is allowed by the engine in production for an agent', () => {
      const lines = battery();
      const passed = passedBy(shell, lines);
      assert.ok(passed.length > 50, `the prefilter should let everyday lines through (got ${passed.length})`);
      const wrong = passed.filter((command) => decide({ command, environment: 'production', actor: 'agent', config: DEFAULT_CONFIG, context: { cwd: workspace, workspaceRoot: workspace, home } }).decision !== 'allow');
      assert.deepEqual(wrong, []);
    });

    test('lets everyday lines through and sends the rest to the editor', () => {
      const lines = ['ls', 'ls -la', 'cd src', 'pwd', 'git status', 'git log --oneline', 'npm test', '', '   ', 'rm -rf data', 'ls && rm -rf data', 'git push --force', 'cat .env', 'echo $AWS_SECRET_ACCESS_KEY', 'ls; rm x', 'npm run build', 'git checkout -- .', 'ls > out.txt', 'ls\nrm -rf data'];
      const passed = new Set(passedBy(shell, lines));
      // Blank lines are not written back (they are empty strings); check the rest one by one.
      assert.deepEqual(lines.filter((l) => l.trim() !== '' && passed.has(l)), ['ls', 'ls -la', 'cd src', 'pwd', 'git status', 'git log --oneline', 'npm test']);
    });
  });
}

test('with custom rules nothing is obviously safe (they may match any command)', () => {
  assert.deepEqual(safeCommandsFor([DEFAULT_CONFIG]), [...SAFE_COMMANDS]);
  assert.deepEqual(safeCommandsFor([DEFAULT_CONFIG, { ...DEFAULT_CONFIG, customRules: [{ id: 'custom/ls', pattern: '^ls', severity: 'destructive', category: 'destructive', why: 'x' }] }]), []);
});

test('the shell fallback messages are the ones the editor writes', () => {
  const text = fs.readFileSync(path.join(SHELL_DIR, 'agent-guard-gate.sh'), 'utf8');
  const settings = renderGateSettings({ enabled: true, safeCommands: [], folders: {}, messages: offlineMessages() });
  for (const line of settings.split('\n').filter((l) => l.startsWith('AG_GATE_MSG_'))) {
    assert.ok(text.includes(`\n${line}\n`), `agent-guard-gate.sh should carry ${line}`);
  }
});
