// Engine benchmark: in-process µs per command over the labelled corpus, the CLI's cold start against a bare Node
// start, and cc-safety-net (npm) on the same corpus in the same run: agreement with our labels and speed.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decide } from '../src/core/policy';
import { loadCorpus, type CorpusEntry } from '../test/corpus/corpus';
import { repoRoot } from '../test/helpers/repo';
import { fmt, importEsm, summarize, timeProcessesInTurn } from './measure';

const CONTEXT = { cwd: '/work/project', workspaceRoot: '/work/project', home: '/home/dev' };

interface Classifier {
  name: string;
  /** True when the command is flagged (anything but a plain allow). */
  flags(command: string): boolean;
}

function agreement(corpus: CorpusEntry[], c: Classifier): { agree: number; missed: number; falseAlarms: number } {
  let agree = 0;
  let missed = 0;
  let falseAlarms = 0;
  for (const e of corpus) {
    const flagged = c.flags(e.command);
    const shouldFlag = e.label !== 'safe';
    if (flagged === shouldFlag) agree++;
    else if (shouldFlag) missed++;
    else falseAlarms++;
  }
  return { agree, missed, falseAlarms };
}

/**
 * µs per command over `rounds` passes, after `warmup` passes (JIT warm-up, as in a long-lived editor or helper). Timed
 * with performance.now() into a preallocated array, so the harness itself makes no garbage for the collector. Also the
 * mean of each pass: this machine shares its cores, and a pass that met a busy neighbour shows as an outlier there.
 */
function timePerCommand(corpus: CorpusEntry[], rounds: number, run: (command: string) => void, warmup = 1): { mean: number; p99: number; roundMeans: number[] } {
  for (let w = 0; w < warmup; w++) for (const e of corpus) run(e.command);
  const samples = new Float64Array(rounds * corpus.length);
  const roundMeans: number[] = [];
  let i = 0;
  for (let r = 0; r < rounds; r++) {
    const first = i;
    for (const e of corpus) {
      const start = performance.now();
      run(e.command);
      samples[i++] = (performance.now() - start) * 1e3;
    }
    roundMeans.push(samples.subarray(first, i).reduce((a, b) => a + b, 0) / corpus.length);
  }
  const s = summarize([...samples]);
  return { mean: s.mean, p99: s.p99, roundMeans: roundMeans.sort((a, b) => a - b) };
}

export async function benchEngine(): Promise<void> {
  // Each command as a string of its own, as hooks, the channel and the CLI receive it (JSON.parse, argv): lines cut
  // from the corpus file are slices of it, which V8 reads more slowly (~0.6 µs per command).
  const corpus = loadCorpus().map((e) => ({ ...e, command: JSON.parse(JSON.stringify(e.command)) as string }));
  const ours: Classifier = {
    name: 'Agent Guard',
    flags: (command) => decide({ command, environment: 'production', actor: 'agent', context: CONTEXT }).decision !== 'allow',
  };
  console.log(`\n== Engine (${corpus.length} labelled commands) ==`);
  const decideOne = (command: string): unknown => decide({ command, environment: 'production', actor: 'agent', context: CONTEXT });
  const first = timePerCommand(corpus, 1, decideOne, 0);
  const t = timePerCommand(corpus, 20, decideOne, 10);
  console.log(`Agent Guard in-process, steady state (after 10 warm-up passes, as in the editor): mean ${fmt(t.mean, 2)} µs, p99 ${fmt(t.p99, 2)} µs per command (target: mean ≤ 20 µs)`);
  const rm = t.roundMeans;
  console.log(`  mean of each of the ${rm.length} passes: best ${fmt(rm[0], 2)}, median ${fmt(rm[Math.floor(rm.length / 2)], 2)}, worst ${fmt(rm[rm.length - 1], 2)} µs`);
  console.log(`Agent Guard in-process, first pass (cold JIT): mean ${fmt(first.mean, 2)} µs, p99 ${fmt(first.p99, 2)} µs per command`);
  const a = agreement(corpus, ours);
  console.log(`Agent Guard agreement with labels (production, agent): ${a.agree}/${corpus.length} (${fmt((100 * a.agree) / corpus.length)}%), missed ${a.missed}, false alarms ${a.falseAlarms}`);

  try {
    const api = await importEsm<{ checkCommand(i: { command: string; cwd: string }): { kind: string } }>('cc-safety-net/api');
    const cwd = repoRoot();
    const theirs: Classifier = {
      name: 'cc-safety-net',
      flags: (command) => {
        try {
          return api.checkCommand({ command, cwd }).kind !== 'allow';
        } catch {
          return true; // its documented contract: if it throws, do not run the command
        }
      },
    };
    const tt = timePerCommand(corpus, 3, (command) => theirs.flags(command), 3);
    const b = agreement(corpus, theirs);
    console.log(`cc-safety-net in-process (after 3 warm-up passes): mean ${fmt(tt.mean, 2)} µs, p99 ${fmt(tt.p99, 2)} µs per command (${fmt(tt.mean / t.mean)}× ours)`);
    console.log(`cc-safety-net agreement with labels: ${b.agree}/${corpus.length} (${fmt((100 * b.agree) / corpus.length)}%), missed ${b.missed}, false alarms ${b.falseAlarms}`);
  } catch (err) {
    console.log(`cc-safety-net: could not run (${(err as Error).message})`);
  }

  const cli = path.join(repoRoot(), 'dist', 'cli.js');
  // The floor of this design: the same launcher (dist/cli.js, code cache and all) loading a program that only prints
  // its answer. Whatever the CLI adds above that line is the engine and the CLI being loaded and run.
  const floorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-guard-floor-'));
  fs.copyFileSync(cli, path.join(floorDir, 'cli.js'));
  fs.writeFileSync(path.join(floorDir, 'cli-main.js'), 'exports.run = () => require("node:fs").writeSync(1, "ASK  rm -rf data\\n");\n');
  const floor = path.join(floorDir, 'cli.js');
  const rounds = 40;
  // Twice: in this shell's environment, and in a bare one. Variables such as NODE_EXTRA_CA_CERTS make every Node start
  // slower (certificates are read at start), which hides how much the CLI itself adds.
  const environments: [string, NodeJS.ProcessEnv][] = [
    ['this environment', process.env],
    ['bare environment (PATH and HOME only)', { PATH: process.env.PATH, HOME: process.env.HOME }],
  ];
  for (const [label, env] of environments) {
    const [bare, launcherOnly, cold] = timeProcessesInTurn(
      [
        { command: process.execPath, args: ['-e', ''] },
        { command: process.execPath, args: [floor, 'check'] },
        { command: process.execPath, args: [cli, 'check', '--env', 'production', '--', 'rm', '-rf', 'data'] },
      ],
      rounds,
      env,
    );
    console.log(`CLI cold start (check), ${label}: median ${fmt(cold)} ms vs bare node -e "" ${fmt(bare)} ms → +${fmt(cold - bare)} ms, ${fmt((100 * (cold - bare)) / bare)}% slower (target: within 10%)`);
    console.log(`  launcher alone, empty program (the floor of a code-cached Node CLI): +${fmt(launcherOnly - bare)} ms, ${fmt((100 * (launcherOnly - bare)) / bare)}%`);
  }
  fs.rmSync(floorDir, { recursive: true, force: true });
}
