// Runs the built CLI (dist/cli.js) as a real process, the way hooks and scripts call it.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from './repo';

export const CLI_PATH = path.join(repoRoot(), 'dist', 'cli.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], {
    cwd: options.cwd ?? repoRoot(),
    input: options.input ?? '',
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
