// Agent hook benchmark: median round-trip of one hook call as an agent makes it (a new process per call).
//   warm: the editor is running — the bash launcher asks it over the local channel (no Node started per call);
//         compared with cc-safety-net's Claude Code hook (npm) fed the same Claude payload, in the same run.
//   cold: no editor — the first call runs the editor's runtime on dist/cli.js and starts the hook helper, which answers
//         later calls the same way without a Node start; compared with a bare `node -e ""` (and shown without the helper).
// The "editor" here is the same vscode-free request handling the extension uses, running in this process.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createChannelHandlers } from '../src/core/channel/handlers';
import { ChannelServerCore } from '../src/core/channel/server';
import { DEFAULT_CONFIG } from '../src/core/config';
import { hookCommand } from '../src/core/hooks/install/hook-command';
import { helperRecords } from '../src/cli/hook-helper';
import { repoRoot } from '../test/helpers/repo';
import { fmt, summarize } from './measure';

const RUNS = 40;

function once(command: string, args: string[], input: string, env: NodeJS.ProcessEnv, cwd: string): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { env, cwd, stdio: ['pipe', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.on('error', reject);
    child.on('close', () => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, stdout }));
    child.stdin.end(input);
  });
}

async function median(label: string, command: string, args: string[], input: string, env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const times: number[] = [];
  let sample = '';
  for (let i = 0; i <= RUNS; i++) {
    const r = await once(command, args, input, env, cwd);
    if (i === 0) sample = r.stdout.trim().slice(0, 80);
    else times.push(r.ms);
  }
  const s = summarize(times);
  console.log(`  ${label.padEnd(44)} median ${fmt(s.median)} ms, p99 ${fmt(s.p99)} ms${sample ? `  → ${sample}` : '  → (no output: allow)'}`);
  return s.median;
}

export async function benchHooks(): Promise<void> {
  const root = repoRoot();
  const cli = path.join(root, 'dist', 'cli.js');
  const launcher = path.join(root, 'media', 'bin', 'agent-guard-hook');
  if (!fs.existsSync(cli)) {
    console.log('Agent hooks: dist/cli.js missing, run `node esbuild.js` first.');
    return;
  }
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-bench-ws-'));
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-bench-chan-')), 'agent-guard');
  const emptyPath = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-bench-path-'));
  const payload = JSON.stringify({ session_id: 'bench', transcript_path: '/tmp/t.jsonl', cwd: ws, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'git status && npm test -- --watch=false' }, tool_use_id: 'toolu_bench' });
  const command = hookCommand({ bash: '/bin/bash', launcher, runtime: process.execPath, cli }, 'claude');

  const server = new ChannelServerCore({
    directory: dir,
    workspaceFolders: [ws],
    environments: { [ws]: 'production' },
    recordName: 'window-bench.json',
    handlers: createChannelHandlers({
      folders: () => [ws],
      resolve: () => ({ folder: ws, folderName: 'bench', environment: 'production', config: DEFAULT_CONFIG }),
      confirm: async () => ({ allowed: false, answeredBy: 'dismissed' }),
      record: () => undefined,
    }),
  });
  await server.start();
  console.log(`Agent hooks (Claude PreToolUse payload, ${RUNS} runs each, one process per call as agents do):`);
  const env = { PATH: process.env.PATH, HOME: os.homedir(), AGENT_GUARD_CHANNEL_DIR: dir };
  const warm = await median('ours, warm (editor running, bash launcher)', '/bin/sh', ['-c', command], payload, env, ws);
  let ccsn = NaN;
  try {
    const bin = path.join(root, 'node_modules', 'cc-safety-net', 'dist', 'bin', 'cc-safety-net.js');
    ccsn = await median('cc-safety-net --claude-code (npm)', process.execPath, [bin, '--claude-code'], payload, env, ws);
  } catch (err) {
    console.log(`  cc-safety-net: could not run (${(err as Error).message})`);
  }
  await server.dispose();
  const coldEnv = { PATH: emptyPath, HOME: os.homedir(), AGENT_GUARD_CHANNEL_DIR: dir };
  const start = await once('/bin/sh', ['-c', command], payload, coldEnv, ws);
  console.log(`  ours, cold, first call (starts the hook helper)  ${fmt(start.ms)} ms`);
  const cold = await median('ours, cold (no editor; hook helper answers)', '/bin/sh', ['-c', command], payload, coldEnv, ws);
  for (const record of helperRecords(dir)) {
    const pid = Number(/"pid": (\d+)/.exec(fs.readFileSync(record, 'utf8'))?.[1]);
    if (pid) process.kill(pid, 'SIGTERM');
  }
  const noHelper = await median('ours, cold, helper disabled (runtime per call)', '/bin/sh', ['-c', command], payload, { ...coldEnv, AGENT_GUARD_NO_HELPER: '1' }, ws);
  const bare = await median('bare `node -e ""`', process.execPath, ['-e', ''], '', env, ws);
  console.log(`  warm / cc-safety-net = ${fmt(warm / ccsn, 3)} (target ≤ 0.333); cold / bare node = ${fmt(cold / bare, 3)} (target ≤ 1.10); without the helper ${fmt(noHelper / bare, 3)}`);
}
