// Real interactive shells for the terminal gate tests: bash or zsh in a tmux pane (a real pty), started the way the
// editor's environment variable collection starts them (PROMPT_COMMAND hook for bash, ZDOTDIR chain for zsh), talking
// to a real channel server in this process (test/core/channel/support.ts) or to none at all.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Environment } from '../../src/core/config';
import { SAFE_COMMANDS } from '../../src/core/terminal-gate/prefilter';
import { renderGateSettings } from '../../src/core/terminal-gate/settings';
import { BASH_PROMPT_HOOK } from '../../src/core/terminal-gate/injection';
import { repoRoot } from '../helpers/repo';

export const SHELL_DIR = path.join(repoRoot(), 'media', 'shell');

export function hasProgram(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/** Why shell tests cannot run here, or undefined. */
export function shellSkipReason(shell: 'bash' | 'zsh' | 'fish'): string | undefined {
  if (process.platform === 'win32') return 'needs a POSIX system';
  if (!hasProgram('tmux')) return 'tmux is not installed (apt-get install -y tmux)';
  if (!hasProgram(shell)) return `${shell} is not installed (apt-get install -y ${shell})`;
  return undefined;
}

/**
 * A workspace folder outside /tmp: the engine treats deleting inside temp folders as harmless, and these tests need
 * `rm -rf data` to be the destructive command it is in a real project.
 */
export function makeWorkspace(): string {
  const base = path.join(os.homedir(), '.local', 'share', 'agent-guard-tests');
  fs.mkdirSync(base, { recursive: true });
  const folder = fs.mkdtempSync(path.join(base, 'ws-'));
  fs.mkdirSync(path.join(folder, 'data'));
  fs.writeFileSync(path.join(folder, 'data', 'keep.db'), 'rows');
  return folder;
}

/** Writes the settings file the editor would write (same renderer) and returns its path. */
export function writeSettings(dir: string, folders: Record<string, Environment>, enabled = true): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `terminal-gate-test-${process.pid}.sh`);
  fs.writeFileSync(file, renderGateSettings({ enabled, safeCommands: SAFE_COMMANDS, folders }), { mode: 0o600 });
  return file;
}

let sessions = 0;

export interface ShellOptions {
  cwd: string;
  /** The private channel directory (AGENT_GUARD_CHANNEL_DIR). */
  channelDir: string;
  settingsFile?: string;
  /** AGENT_GUARD_ENVIRONMENT as the editor sets it when the terminal opens. */
  environment?: Environment;
  env?: Record<string, string>;
  /** bash only: an --init-file to start with instead of our plain rc (e.g. VS Code's shell integration script). */
  initFile?: string;
}

export class TmuxShell {
  private readonly socket = `ag-tg-${process.pid}-${++sessions}`;
  readonly home: string;
  readonly rawLog: string;

  private constructor(readonly shell: 'bash' | 'zsh' | 'fish', options: ShellOptions) {
    this.home = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-tg-home-'));
    this.rawLog = path.join(this.home, 'raw.log');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: this.home,
      TERM: 'xterm-256color',
      LANG: 'C.UTF-8',
      AGENT_GUARD_SHELL_DIR: SHELL_DIR,
      AGENT_GUARD_CHANNEL_DIR: options.channelDir,
      AGENT_GUARD_ENVIRONMENT: options.environment ?? 'development',
      ...(options.settingsFile ? { AGENT_GUARD_GATE_SETTINGS: options.settingsFile } : {}),
      ...options.env,
    };
    let command: string[];
    if (shell === 'bash') {
      const rc = path.join(this.home, 'rc.bash');
      fs.writeFileSync(rc, `PS1='READY$ '\nHISTFILE=${this.home}/.bash_history\n`);
      env.PROMPT_COMMAND = BASH_PROMPT_HOOK;
      command = ['bash', '--noprofile', '--init-file', options.initFile ?? rc, '-i'];
      if (options.initFile) env.VSCODE_INJECTION = '1';
      if (options.initFile) fs.writeFileSync(path.join(this.home, '.bashrc'), `PS1='READY$ '\n`);
    } else if (shell === 'fish') {
      fs.mkdirSync(path.join(this.home, '.config', 'fish'), { recursive: true });
      fs.writeFileSync(path.join(this.home, '.config', 'fish', 'config.fish'), "set -g fish_greeting\nfunction fish_prompt; echo -n 'READY$ '; end\n");
      env.XDG_DATA_DIRS = `${path.join(SHELL_DIR, 'xdg')}:/usr/local/share:/usr/share`;
      command = ['fish', '-i'];
    } else {
      fs.writeFileSync(path.join(this.home, '.zshrc'), `PROMPT='READY%% '\nHISTFILE=${this.home}/.zsh_history\n`);
      env.ZDOTDIR = options.env?.ZDOTDIR ?? path.join(SHELL_DIR, 'zsh');
      env.AGENT_GUARD_USER_ZDOTDIR = this.home;
      command = ['zsh', '-i'];
    }
    this.tmux(['new-session', '-d', '-s', 'main', '-x', '200', '-y', '50', '-c', options.cwd, 'env', '-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...command]);
    this.tmux(['pipe-pane', '-t', 'main', `cat >> ${this.rawLog}`]);
  }

  static async start(shell: 'bash' | 'zsh' | 'fish', options: ShellOptions): Promise<TmuxShell> {
    const s = new TmuxShell(shell, options);
    await s.waitFor(/READY[$%] $/m);
    return s;
  }

  private tmux(args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  /** The visible screen, trailing blank lines removed. */
  screen(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-t', 'main', '-S', '-200']).replace(/\n+$/, '\n');
  }

  /** Types a line and presses Enter. */
  async run(line: string): Promise<void> {
    this.tmux(['send-keys', '-t', 'main', '-l', line]);
    this.tmux(['send-keys', '-t', 'main', 'Enter']);
  }

  async waitFor(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < end) {
      text = this.screen();
      if (pattern.test(text)) return text;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${pattern} in:\n${text}`);
  }

  /** Runs a marker command and waits for its output, so everything typed before it has finished. */
  async settle(): Promise<string> {
    const marker = `done${Math.random().toString(36).slice(2, 8)}`;
    await this.run(`echo ${marker}`);
    return this.waitFor(new RegExp(`^${marker}$`, 'm'));
  }

  stop(): void {
    try {
      this.tmux(['kill-server']);
    } catch {
      // Already gone.
    }
    // The shell may still be writing its history as the server dies; a leftover temp folder is not a failure.
    try {
      fs.rmSync(this.home, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    } catch {
      // Left for the OS to clean.
    }
  }
}
