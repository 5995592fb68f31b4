// The module VS Code loads through --extensionTestsPath (desktop via @vscode/test-electron, or code-server's web
// workbench): runs every extension host test and rejects when one fails.
import type * as vscodeApi from 'vscode';
import { activationTests } from './activation';
import { runAll } from './runner';

export async function run(): Promise<void> {
  // Required here, not imported at the top: `vscode` exists only inside the extension host.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vscode = require('vscode') as typeof vscodeApi;
  await runAll([...activationTests], vscode);
}
