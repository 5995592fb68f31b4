// Proves the end-to-end harness on a real VS Code: the packaged extension is installed and active (its environment
// badge says PRODUCTION for a workspace marked production), and bash and zsh terminals run commands we read back.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { e2eSkipReason, EXTENSION_ID, withEditor } from './harness';

test('smoke: extension installed and active, production badge shown, bash and zsh terminals run commands', { skip: e2eSkipReason(), timeout: 300_000 }, async () => {
  await withEditor(
    { name: 'smoke', files: { '.vscode/settings.json': JSON.stringify({ 'agentGuard.environment': 'production' }, null, 2) } },
    async (vs) => {
      const installed = await vs.listExtensions();
      assert.ok(installed.some((id) => id.startsWith(`${EXTENSION_ID}@`)), `${EXTENSION_ID} not installed: ${JSON.stringify(installed)}`);
      await vs.waitForActivation();

      await vs.openTerminal('bash');
      await vs.typeInTerminal('echo agent-guard-e2e-$((6*7))');
      const text = await vs.waitForTerminalText(/^agent-guard-e2e-42$/m);
      assert.match(text, /echo agent-guard-e2e-\$\(\(6\*7\)\)/, 'the typed command line is on screen');
      await vs.screenshot('terminal');

      await vs.openTerminal('zsh');
      await vs.typeInTerminal('echo agent-guard-zsh-$((6*7)) $ZSH_NAME');
      await vs.waitForTerminalText(/^agent-guard-zsh-42 zsh$/m);
      await vs.screenshot('terminal-zsh');

      const badge = await vs.statusBarItem(/PRODUCTION/);
      assert.match(await badge.innerText(), /PRODUCTION/);
      await vs.screenshot('badge');
    },
  );
});
