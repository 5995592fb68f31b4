// Extension host tests: the packaged extension activates in a real VS Code and registers every command its
// package.json contributes.
import * as assert from 'node:assert/strict';
import type { ExtensionHostTest } from './runner';

const EXTENSION_ID = 'agent-guard.agent-guard';

export const activationTests: ExtensionHostTest[] = [
  {
    name: 'the extension activates',
    async run(vscode) {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is not loaded`);
      await extension.activate();
      assert.equal(extension.isActive, true);
    },
  },
  {
    name: 'every contributed command is registered',
    async run(vscode) {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is not loaded`);
      await extension.activate();
      const contributed = ((extension.packageJSON.contributes?.commands ?? []) as Array<{ command: string }>).map((c) => c.command);
      assert.ok(contributed.length > 0, 'package.json contributes no commands');
      const registered = new Set(await vscode.commands.getCommands(true));
      const missing = contributed.filter((id) => !registered.has(id));
      assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
    },
  },
];
