// Small timing helpers shared by the benchmarks: they print figures; nothing here asserts on time.
import { spawnSync } from 'node:child_process';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function summarize(samples: number[]): { mean: number; median: number; p99: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { mean: samples.reduce((a, b) => a + b, 0) / samples.length, median: percentile(sorted, 50), p99: percentile(sorted, 99), n: samples.length };
}

/** Median wall time in ms of running a process `runs` times (after one warm-up run). */
export function timeProcess(command: string, args: string[], runs: number, input = '', env: NodeJS.ProcessEnv = process.env): number {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(command, args, { input, env, stdio: ['pipe', 'ignore', 'ignore'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.error) throw r.error;
    if (i > 0) times.push(ms);
  }
  return summarize(times).median;
}

/**
 * Median wall times in ms of several processes, run in turn (a, b, c, a, b, c, …) so a busy moment on a shared machine
 * falls on all of them alike rather than on whichever ran then. One warm-up round first.
 */
export function timeProcessesInTurn(runs: { command: string; args: string[] }[], rounds: number, env: NodeJS.ProcessEnv = process.env): number[] {
  const times = runs.map((): number[] => []);
  for (let round = 0; round <= rounds; round++) {
    runs.forEach((run, i) => {
      const start = process.hrtime.bigint();
      const r = spawnSync(run.command, run.args, { env, stdio: ['pipe', 'ignore', 'ignore'] });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (r.error) throw r.error;
      if (round > 0) times[i].push(ms);
    });
  }
  return times.map((t) => summarize(t).median);
}

export const fmt = (n: number, digits = 1): string => n.toFixed(digits);

/** `import()` that TypeScript's CommonJS output keeps as a real dynamic import (for ESM-only packages). */
export const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;
