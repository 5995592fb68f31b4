// The terminal gate in real bash and zsh processes (tmux ptys) against a real channel server: a line the engine asks
// about pauses before it runs, the person's answer decides, and with no editor production stops while development
// warns and runs.
import { test, describe, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Environment } from '../../src/core/config';
import { startEditor, type TestEditor } from '../core/channel/support';
import { makeWorkspace, shellSkipReason, TmuxShell, writeSettings } from './support';

const cleanups: (() => void)[] = [];
after(() => {
  for (const c of cleanups.reverse()) c();
});

interface Setup {
  shell: TmuxShell;
  folder: string;
  editor?: TestEditor;
  dataExists(): boolean;
}

async function setup(kind: 'bash' | 'zsh', environment: Environment, options: { editor: boolean; env?: Record<string, string> }): Promise<Setup> {
  const folder = makeWorkspace();
  const channelDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-tg-chan-')), 'agent-guard');
  let editor: TestEditor | undefined;
  if (options.editor) editor = await startEditor({ environment, folder, dir: channelDir });
  const settingsFile = writeSettings(channelDir, { [folder]: environment });
  const shell = await TmuxShell.start(kind, { cwd: folder, channelDir, settingsFile, environment: 'development', env: options.env });
  cleanups.push(() => {
    shell.stop();
    void editor?.server.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(path.dirname(channelDir), { recursive: true, force: true });
  });
  return { shell, folder, editor, dataExists: () => fs.existsSync(path.join(folder, 'data', 'keep.db')) };
}

for (const kind of ['bash', 'zsh'] as const) {
  describe(`${kind}: terminal gate`, { skip: shellSkipReason(kind), timeout: 60_000 }, () => {
    test('production, the person cancels: rm -rf data never runs and the terminal says it was stopped', async () => {
      const s = await setup(kind, 'production', { editor: true });
      s.editor!.answer = { allowed: false, answeredBy: 'dismissed' };
      await s.shell.run('rm -rf data');
      const screen = await s.shell.waitFor(/Agent Guard stopped `rm -rf data`/);
      assert.match(screen, /filesystem\/rm-data/);
      await s.shell.settle();
      assert.ok(s.dataExists(), 'data/ must still exist');
      assert.deepEqual(s.editor!.asked, [{ source: 'terminal', command: 'rm -rf data' }]);
    });

    test('production, chained and SQL lines are stopped as whole lines before any part runs', async () => {
      const s = await setup(kind, 'production', { editor: true });
      s.editor!.answer = { allowed: false, answeredBy: 'dismissed' };
      await s.shell.run('touch first-part && rm -rf data');
      await s.shell.waitFor(/Agent Guard stopped `touch first-part && rm -rf data`/);
      await s.shell.run(`psql "$DATABASE_URL" -c 'DROP TABLE users'`);
      await s.shell.waitFor(/Agent Guard stopped `psql .*DROP TABLE users'`/);
      await s.shell.settle();
      assert.ok(s.dataExists());
      assert.equal(fs.existsSync(path.join(s.folder, 'first-part')), false, 'no part of a stopped line runs');
      assert.deepEqual(s.editor!.asked.map((a) => a.command), ['touch first-part && rm -rf data', `psql "$DATABASE_URL" -c 'DROP TABLE users'`]);
    });

    test('production, the person confirms: the line runs once and the terminal says so', async () => {
      const s = await setup(kind, 'production', { editor: true });
      s.editor!.answer = { allowed: true, answeredBy: 'person' };
      await s.shell.run('rm -rf data');
      await s.shell.waitFor(/Agent Guard: confirmed in the editor, running `rm -rf data`\./);
      await s.shell.settle();
      assert.equal(s.dataExists(), false, 'data/ is deleted once confirmed');
      assert.equal(s.editor!.asked.length, 1);
    });

    test('a stopped line stays in history: Up brings it back', async () => {
      const s = await setup(kind, 'production', { editor: true });
      await s.shell.run('rm -rf data');
      await s.shell.waitFor(/Agent Guard stopped/);
      await s.shell.settle();
      await s.shell.run('history | tail -3');
      const screen = await s.shell.waitFor(/\d+\s+rm -rf data/);
      assert.match(screen, /\d+\s+rm -rf data/);
    });

    test('safe lines never reach the editor, and development runs rm -rf node_modules without a modal', async () => {
      const s = await setup(kind, 'development', { editor: true });
      fs.mkdirSync(path.join(s.folder, 'node_modules'));
      await s.shell.run('ls');
      await s.shell.run('rm -rf node_modules');
      await s.shell.settle();
      assert.equal(fs.existsSync(path.join(s.folder, 'node_modules')), false);
      assert.deepEqual(s.editor!.asked, []);
      assert.doesNotMatch(s.shell.screen(), /Agent Guard/);
    });

    test('no editor, production: a destructive line is stopped with what to do; an everyday line still runs', async () => {
      const s = await setup(kind, 'production', { editor: false });
      await s.shell.run('rm -rf data');
      const screen = await s.shell.waitFor(/Agent Guard stopped `rm -rf data`: this is a production workspace and the editor cannot be reached/);
      assert.match(screen, /Reload the window/);
      await s.shell.run('ls -d data');
      await s.shell.waitFor(/^data$/m);
      await s.shell.settle();
      assert.ok(s.dataExists());
    });

    test('no editor, development: warns and runs', async () => {
      const s = await setup(kind, 'development', { editor: false });
      await s.shell.run('rm -rf data');
      await s.shell.waitFor(/could not reach the editor to check `rm -rf data`; running it because this workspace is development/);
      await s.shell.settle();
      assert.equal(s.dataExists(), false);
    });

    test('a dead editor (discovery file left behind) counts as no editor', async () => {
      const s = await setup(kind, 'staging', { editor: true });
      const record = fs.readFileSync(s.editor!.server.recordFile, 'utf8');
      await s.editor!.server.dispose();
      // What a crashed editor leaves: its record, with a pid that no longer runs and a port nobody listens on.
      fs.writeFileSync(s.editor!.server.recordFile, record.replace(/"pid": \d+/, '"pid": 999999'), { mode: 0o600 });
      await s.shell.run('rm -rf data');
      await s.shell.waitFor(/this is a staging workspace and the editor cannot be reached/);
      await s.shell.settle();
      assert.ok(s.dataExists());
    });

    test('credential reads are asked only for agents: COPILOT_AGENT / CURSOR_AGENT mark the terminal as an agent\'s', async () => {
      const human = await setup(kind, 'production', { editor: true });
      fs.writeFileSync(path.join(human.folder, '.env'), 'API_TOKEN=x\n');
      await human.shell.run('cat .env');
      await human.shell.waitFor(/^API_TOKEN=x$/m);
      assert.deepEqual(human.editor!.asked, []);
      for (const variable of ['COPILOT_AGENT', 'CURSOR_AGENT']) {
        const agent = await setup(kind, 'production', { editor: true, env: { [variable]: '1' } });
        fs.writeFileSync(path.join(agent.folder, '.env'), 'API_TOKEN=x\n');
        await agent.shell.run('cat .env');
        await agent.shell.waitFor(/Agent Guard stopped `cat \.env`/);
        assert.deepEqual(agent.editor!.asked.map((a) => a.command), ['cat .env']);
        // The agent gets a command that finished and failed (so it stops waiting), not a silent empty prompt.
        await agent.shell.run('echo "status=$?"');
        await agent.shell.waitFor(/^status=1$/m);
      }
    });

    test('a line that would switch the gate off is stopped without asking, and the gate keeps working', async () => {
      const s = await setup(kind, 'development', { editor: true });
      const off = kind === 'bash' ? `bind '"\\C-m": accept-line'` : 'zle -N accept-line .accept-line';
      await s.shell.run(off);
      await s.shell.waitFor(/it would switch off the terminal gate/);
      // Catastrophic to the engine; if the gate failed, it would only delete this shell's temporary HOME.
      await s.shell.run('rm -rf ~');
      await s.shell.settle();
      assert.deepEqual(s.editor!.asked.map((a) => a.command), ['rm -rf ~'], 'the gate still asks after the attempt');
    });

    test('turned off in the settings file: open terminals stop checking at once', async () => {
      const s = await setup(kind, 'production', { editor: true });
      const settings = fs.readdirSync(path.dirname(s.editor!.server.recordFile)).find((n) => n.startsWith('terminal-gate-'))!;
      const file = path.join(path.dirname(s.editor!.server.recordFile), settings);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('AG_GATE_ENABLED=1', 'AG_GATE_ENABLED=0'));
      await s.shell.run('rm -rf data');
      await s.shell.settle();
      assert.equal(s.dataExists(), false);
      assert.deepEqual(s.editor!.asked, []);
    });
  });
}
