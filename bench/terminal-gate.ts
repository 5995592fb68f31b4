// Terminal gate speed, in bash: what Enter costs per command with the gate on vs off, measured in one interactive bash
// with EPOCHREALTIME around exactly what readline runs for Enter (the gate's bind -x function, then the command).
// Safe lines (the prefilter) must add ≤ 5 ms median; lines the editor checks are shown too, against a real channel
// server in this process. Figures only.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEditor } from '../test/core/channel/support';
import { SAFE_COMMANDS } from '../src/core/terminal-gate/prefilter';
import { renderGateSettings } from '../src/core/terminal-gate/settings';
import { repoRoot } from '../test/helpers/repo';
import { fmt, summarize } from './measure';

const ROUNDS = 300;

/** Runs `script` in an interactive bash (so the integration loads) and returns its stdout. Async: the channel server
 * in this process must keep answering while bash runs. */
function runBash(script: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--norc', '--noprofile', '-i', '-c', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`bash exited ${code}: ${err.slice(-500)}`))));
  });
}

/** Median ms per line of: off = running the line; on = the gate's Enter handler, then running the line. */
async function measure(lines: string[], env: NodeJS.ProcessEnv, shellDir: string): Promise<{ off: number; on: number; gate: number }> {
  const quoted = lines.map((l) => `'${l.replace(/'/g, `'\\''`)}'`).join(' ');
  const script = `
. '${shellDir}/agent-guard.bash' 2>/dev/null
lines=(${quoted})
for ((r = 0; r < ${ROUNDS}; r++)); do
  for line in "\${lines[@]}"; do
    t0=$EPOCHREALTIME
    eval "$line" >/dev/null 2>&1
    t1=$EPOCHREALTIME
    READLINE_LINE=$line
    __agent_guard_enter 2>/dev/null
    eval "$line" >/dev/null 2>&1
    t2=$EPOCHREALTIME
    printf '%s %s %s\\n' "$t0" "$t1" "$t2"
  done
done`;
  const out = await runBash(script, env);
  const off: number[] = [];
  const on: number[] = [];
  const gate: number[] = [];
  for (const row of out.trim().split('\n')) {
    const [t0, t1, t2] = row.split(' ').map((s) => Number(s.replace(',', '.')) * 1000);
    off.push(t1 - t0);
    on.push(t2 - t1);
    gate.push(t2 - t1 - (t1 - t0));
  }
  return { off: summarize(off).median, on: summarize(on).median, gate: summarize(gate).median };
}

export async function benchTerminalGate(): Promise<void> {
  console.log('\n## Terminal gate (bash)');
  const shellDir = path.join(repoRoot(), 'media', 'shell');
  const folder = fs.mkdtempSync(path.join(os.homedir(), '.agent-guard-bench-'));
  const editor = await startEditor({ environment: 'production', folder, dir: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-bench-chan-')), 'agent-guard') });
  editor.answer = { allowed: true, answeredBy: 'person' };
  const settings = path.join(editor.dir, 'terminal-gate-bench.sh');
  fs.writeFileSync(settings, renderGateSettings({ enabled: true, safeCommands: SAFE_COMMANDS, folders: { [folder]: 'production' } }), { mode: 0o600 });
  const env = { ...process.env, HOME: folder, AGENT_GUARD_CHANNEL_DIR: editor.dir, AGENT_GUARD_GATE_SETTINGS: settings };
  try {
    const rows: [string, string[], NodeJS.ProcessEnv][] = [
      ['safe (prefilter only)', ['ls', 'git status', 'pwd', 'echo hello'], { ...env, PWD: folder }],
      ['checked by the editor, allowed', ['ls -la "$HOME"', 'git commit --dry-run -q'], env],
    ];
    for (const [kind, lines, rowEnv] of rows) {
      const gates: number[] = [];
      for (const line of lines) {
        const m = await measure([line], rowEnv, shellDir);
        gates.push(m.gate);
        console.log(`${kind.padEnd(32)} ${line.padEnd(26)} off ${fmt(m.off, 3)} ms  on ${fmt(m.on, 3)} ms  added ${fmt(m.gate, 3)} ms  ratio ${fmt(m.on / m.off, 2)}×`);
      }
      console.log(`  ${kind}: median added ${fmt(summarize(gates).median, 3)} ms per command${kind.startsWith('safe') ? ' (target ≤ 5 ms)' : ' (one bash /dev/tcp round trip, no Node started)'}`);
    }
  } finally {
    await editor.server.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(path.dirname(editor.dir), { recursive: true, force: true });
  }
}
