// The gate alongside VS Code's own shell integration scripts (taken from the code-server that the e2e setup
// installs; skipped without it), loaded the way VS Code loads them: bash with --init-file, zsh through VS Code's
// ZDOTDIR whose "user" ZDOTDIR is ours. VS Code's command detection sequences (OSC 633 E/C/D) must still be written
// for a command that runs, and the gate must still stop a destructive line.
import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEditor } from '../core/channel/support';
import { makeWorkspace, shellSkipReason, SHELL_DIR, TmuxShell, writeSettings } from './support';

function vscodeScripts(): string | undefined {
  const cache = process.env.AGENT_GUARD_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'agent-guard-e2e');
  if (!fs.existsSync(cache)) return undefined;
  for (const entry of fs.readdirSync(cache).filter((n) => n.startsWith('code-server-')).sort().reverse()) {
    const dir = path.join(cache, entry, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'vs', 'workbench', 'contrib', 'terminal', 'common', 'scripts');
    if (fs.existsSync(path.join(dir, 'shellIntegration-bash.sh'))) return dir;
  }
  return undefined;
}

async function settled(read: () => string | undefined, file: string): Promise<string> {
  let last = '';
  for (let i = 0; i < 100; i++) {
    last = fs.readFileSync(file, 'utf8');
    const value = read();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the raw terminal stream never showed the finished command:\n${JSON.stringify(last.replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, '').slice(-1500))}`);
}

const scripts = vscodeScripts();
const cleanups: (() => void)[] = [];
after(() => {
  for (const c of cleanups.reverse()) c();
});

for (const kind of ['bash', 'zsh'] as const) {
  const skip = shellSkipReason(kind) ?? (scripts ? undefined : "VS Code's shell integration scripts not found (run scripts/e2e/setup.sh)");
  test(`${kind}: VS Code's shell integration still reports commands, and the gate still stops rm -rf data`, { skip, timeout: 60_000 }, async () => {
    const folder = makeWorkspace();
    const channelDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-vsc-chan-')), 'agent-guard');
    const editor = await startEditor({ environment: 'production', folder, dir: channelDir });
    const settingsFile = writeSettings(channelDir, { [folder]: 'production' });
    const env: Record<string, string> = { VSCODE_INJECTION: '1', VSCODE_NONCE: 'nonce', VSCODE_STABLE: '1', TERM_PROGRAM: 'vscode' };
    let initFile: string | undefined;
    if (kind === 'bash') initFile = path.join(scripts!, 'shellIntegration-bash.sh');
    else {
      // What VS Code does for zsh: a folder of its rc files as ZDOTDIR, the previous ZDOTDIR (ours) as USER_ZDOTDIR.
      const vscodeZdotdir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-vsc-zsh-'));
      for (const [from, to] of [['shellIntegration-env.zsh', '.zshenv'], ['shellIntegration-profile.zsh', '.zprofile'], ['shellIntegration-rc.zsh', '.zshrc'], ['shellIntegration-login.zsh', '.zlogin']]) {
        fs.copyFileSync(path.join(scripts!, from), path.join(vscodeZdotdir, to));
      }
      env.ZDOTDIR = vscodeZdotdir;
      env.USER_ZDOTDIR = path.join(SHELL_DIR, 'zsh');
      cleanups.push(() => fs.rmSync(vscodeZdotdir, { recursive: true, force: true }));
    }
    const shell = await TmuxShell.start(kind, { cwd: folder, channelDir, settingsFile, env, initFile });
    cleanups.push(() => {
      shell.stop();
      void editor.server.dispose();
      fs.rmSync(folder, { recursive: true, force: true });
      fs.rmSync(path.dirname(channelDir), { recursive: true, force: true });
    });

    await shell.run("echo loaded-$(( AGENT_GUARD_GATED_PID == $$ ))");
    await shell.waitFor(/^loaded-1$/m);
    await shell.run('rm -rf data');
    await shell.waitFor(/Agent Guard stopped `rm -rf data`/);
    await shell.run('echo after-gate');
    await shell.waitFor(/^after-gate$/m);
    // tmux writes the raw stream a moment after the screen shows it.
    const raw = await settled(() => {
      const text = fs.readFileSync(shell.rawLog, 'utf8');
      const at = text.indexOf('633;E;echo after-gate');
      return at >= 0 && /633;D;0\x07/.test(text.slice(at)) ? text : undefined;
    }, shell.rawLog);
    assert.match(raw, /\x1b\]633;E;echo after-gate;nonce\x07/, 'VS Code learns the command line');
    assert.match(raw, /\x1b\]633;C\x07/, 'VS Code learns where output starts');
    assert.match(raw, /\x1b\]633;D;0\x07/, 'VS Code learns the exit code');
    assert.doesNotMatch(raw, /\x1b\]633;E;rm -rf data/, 'a stopped line never starts');
    // Exactly the two lines that ran were reported as commands (the gate's Enter handler is not one).
    const started = [...raw.matchAll(/\x1b\]633;E;([^;\x07]*);nonce\x07/g)].map((m) => m[1]);
    assert.deepEqual(started, ["echo loaded-$(( AGENT_GUARD_GATED_PID == $$ ))", 'echo after-gate']);
    assert.ok(fs.existsSync(path.join(folder, 'data', 'keep.db')));
    assert.deepEqual(editor.asked.map((a) => a.command), ['rm -rf data']);
  });
}
