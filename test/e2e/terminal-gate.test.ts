// The terminal gate in a real VS Code (code-server + Chromium), bash and zsh: in a production workspace a destructive
// line typed into the integrated terminal pauses before it runs and the editor's modal names it; Cancel leaves data/
// in place and the terminal says it was stopped; confirming (typing the folder name) runs it. Same for a psql DROP
// TABLE line, a chained `ls && rm -rf data`, and `bash cleanup.sh` whose script holds `rm -rf data`. In development
// `rm -rf node_modules` and `ls` run with no modal. VS Code's own shell integration keeps detecting commands. With the
// extension host killed, the production terminal still stops destructive lines, with a message, and nothing is
// deleted.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { e2eSkipReason, withEditor, type Editor } from './harness';
import { waitFor } from './support/processes';

/** A workspace where a real project would be (the engine treats deletes under /tmp as harmless). */
function workspace(name: string, environment: string, extra: string[] = []): string {
  const dir = path.join(os.homedir(), 'agent-guard-e2e-workspaces', `${name}-${process.pid}`, 'shop-api');
  fs.rmSync(dir, { recursive: true, force: true });
  for (const sub of ['data', ...extra]) {
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
    fs.writeFileSync(path.join(dir, sub, 'keep.txt'), 'rows');
  }
  fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'agentGuard.environment': environment }, null, 2));
  return dir;
}

const dataKept = (vs: Editor): boolean => fs.existsSync(path.join(vs.workspace, 'data', 'keep.txt'));

/** Types `line`, expects the modal naming it, cancels, and expects the terminal to say it was stopped. */
async function cancelled(vs: Editor, line: string, stopped: RegExp): Promise<void> {
  await vs.typeInTerminal(line);
  const modal = await vs.modal();
  assert.ok(`${await modal.message()}\n${await modal.detail()}`.includes(line), `the modal names ${line}`);
  await modal.click('Cancel');
  await vs.waitForTerminalText(stopped);
  assert.ok(dataKept(vs), `data/ survives a cancelled ${line}`);
}

for (const shell of ['bash', 'zsh'] as const) {
  test(`terminal gate (${shell}): production asks before rm -rf data, psql DROP TABLE and ls && rm -rf data; cancel stops, typed name runs; killed editor still blocks`, { skip: e2eSkipReason(), timeout: 480_000 }, async () => {
    await withEditor({ name: `terminal-gate-${shell}`, workspace: workspace(`gate-${shell}`, 'production'), terminalProfile: shell }, async (vs) => {
      await vs.waitForActivation();
      await vs.statusBarItem(/PRODUCTION/);
      await vs.openTerminal(shell);
      await vs.typeInTerminal("echo gate-loaded-$(( AGENT_GUARD_GATED_PID == $$ ))");
      await vs.waitForTerminalText(/^gate-loaded-1$/m);

      await cancelled(vs, 'rm -rf data', /Agent Guard stopped `rm -rf data`/);
      await vs.screenshot('cancelled-rm');
      await cancelled(vs, `psql "$DATABASE_URL" -c 'DROP TABLE users'`, /Agent Guard stopped `psql .*DROP TABLE users'`/);
      await cancelled(vs, 'ls && rm -rf data', /Agent Guard stopped `ls && rm -rf data`/);
      // A script on disk is read for what it runs.
      fs.writeFileSync(path.join(vs.workspace, 'cleanup.sh'), '#!/bin/sh\necho tidying up\nrm -rf data\n');
      await cancelled(vs, 'bash cleanup.sh', /Agent Guard stopped `bash cleanup.sh`/);

      // VS Code's shell integration still sees the commands that ran (decorations and command detection).
      const decorations = vs.page.locator('.terminal-command-decoration');
      await waitFor('command decorations in the terminal', async () => ((await decorations.count()) > 0 ? true : undefined), 15_000);

      // Confirm with the typed folder name: the line runs.
      await vs.typeInTerminal('rm -rf data');
      const modal = await vs.modal();
      await modal.click('Allow once…');
      const typed = await vs.quickInput();
      await typed.type(path.basename(vs.workspace));
      await typed.accept();
      await waitFor('data/ deleted after confirmation', async () => (!fs.existsSync(path.join(vs.workspace, 'data')) ? true : undefined), 20_000);
      await vs.waitForTerminalText(/confirmed in the editor, running `rm -rf data`/);
      await vs.screenshot('confirmed-rm');

      // The extension host dies: the terminal cannot ask anyone, so in production it stops the line with a message.
      fs.mkdirSync(path.join(vs.workspace, 'data'), { recursive: true });
      fs.writeFileSync(path.join(vs.workspace, 'data', 'keep.txt'), 'rows');
      const channelDir = vs.channelDir;
      const records = fs.readdirSync(channelDir).filter((n) => /^window-\d+\.json$/.test(n)).map((n) => JSON.parse(fs.readFileSync(path.join(channelDir, n), 'utf8')) as { pid: number; workspaceFolders: string[] });
      const mine = records.find((r) => r.workspaceFolders.includes(vs.workspace));
      assert.ok(mine, `a channel record for ${vs.workspace} in ${channelDir}`);
      process.kill(mine.pid, 'SIGKILL');
      await vs.typeInTerminal('rm -rf data');
      await vs.waitForTerminalText(/this is a production workspace and the editor cannot be reached/);
      await vs.screenshot('editor-gone');
      assert.ok(dataKept(vs), 'nothing is deleted while the editor is gone');
    });
  });

  test(`terminal gate (${shell}): development runs rm -rf node_modules and ls without a modal`, { skip: e2eSkipReason(), timeout: 300_000 }, async () => {
    await withEditor({ name: `terminal-gate-dev-${shell}`, workspace: workspace(`gate-dev-${shell}`, 'development', ['node_modules']), terminalProfile: shell }, async (vs) => {
      await vs.waitForActivation();
      await vs.openTerminal(shell);
      await vs.typeInTerminal("echo gate-loaded-$(( AGENT_GUARD_GATED_PID == $$ ))");
      await vs.waitForTerminalText(/^gate-loaded-1$/m);
      // The PATH wrappers are first on PATH (after VS Code's integration and the shell's own startup files).
      await vs.typeInTerminal('command -v rm');
      await vs.waitForTerminalText(/media\/shell\/bin\/rm$/m);
      await vs.typeInTerminal('rm -rf node_modules && ls');
      await waitFor('node_modules deleted', async () => (!fs.existsSync(path.join(vs.workspace, 'node_modules')) ? true : undefined), 20_000);
      await vs.waitForTerminalText(/^data$/m);
      assert.equal(await vs.page.locator('.monaco-dialog-box').count(), 0, 'no modal in development');
      assert.doesNotMatch(await vs.terminalText(), /Agent Guard/);
    });
  });
}
