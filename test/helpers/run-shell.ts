// Runs a command line through /bin/sh with text on stdin, as an agent runs the command written into its hook file.
import { spawn } from 'node:child_process';

export interface ShellRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runShell(command: string, input: string, cwd: string, env: NodeJS.ProcessEnv): Promise<ShellRun> {
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', command], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined); // a command that does not read stdin may close it first
    child.stdin.end(input);
  });
}
