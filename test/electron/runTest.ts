// Runs the extension host tests (test/electron/suite) in a desktop VS Code through @vscode/test-electron.
// @vscode/test-electron would download VS Code; this machine has no network, so the runner only uses a VS Code you
// already have: set VSCODE_EXECUTABLE (e.g. /usr/share/code/code or the `code` binary of an unpacked archive).
// Without it the run is skipped (exit 0). Needs a build first (`node esbuild.js`): the extension's main is dist/.
//
//   node esbuild.js && npx tsc -p tsconfig.test.json && VSCODE_EXECUTABLE=/path/to/code node out/test/electron/runTest.js
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/** The repository root: the nearest folder above this file whose package.json is agent-guard's. */
function repositoryRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'agent-guard') return dir;
  }
  return process.cwd();
}

async function main(): Promise<number> {
  // The unit run (`node --test out/test/`) loads every file under test/: never start an editor from there.
  if (process.env.NODE_TEST_CONTEXT) return 0;
  const executable = process.env.VSCODE_EXECUTABLE;
  if (!executable) {
    console.log('skipped: set VSCODE_EXECUTABLE to a local VS Code to run the extension host tests (nothing is downloaded)');
    return 0;
  }
  if (!fs.existsSync(executable)) {
    console.error(`VSCODE_EXECUTABLE=${executable} does not exist`);
    return 1;
  }
  const root = repositoryRoot();
  if (!fs.existsSync(path.join(root, 'dist', 'extension.js'))) {
    console.error(`no ${path.join(root, 'dist', 'extension.js')}: run \`node esbuild.js\` first`);
    return 1;
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-guard-electron-'));
  const workspace = path.join(scratch, 'workspace');
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), `${JSON.stringify({ 'agentGuard.environment': 'production' }, null, 2)}\n`);
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', path.join(scratch, 'user-data'),
        '--extensions-dir', path.join(scratch, 'extensions'),
      ],
    });
    return 0;
  } catch (error) {
    console.error(`extension host tests failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
