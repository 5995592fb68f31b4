// A minimal test runner for inside the extension host (no mocha): VS Code loads the module named by
// --extensionTestsPath and awaits its `run()`; a rejection makes the test run fail. Tests are plain async functions
// that receive the `vscode` API, so these modules load without `vscode` (the unit run loads every file under test/).
import type * as vscodeApi from 'vscode';

export interface ExtensionHostTest {
  name: string;
  run(vscode: typeof vscodeApi): Promise<void>;
}

/** Runs the tests one after another, prints a TAP-like line per test and a summary; rejects if any failed. */
export async function runAll(tests: ExtensionHostTest[], vscode: typeof vscodeApi, log: (line: string) => void = console.log): Promise<void> {
  if (tests.length === 0) throw new Error('no extension host tests were registered');
  let failed = 0;
  for (const [index, test] of tests.entries()) {
    const started = Date.now();
    try {
      await test.run(vscode);
      log(`ok ${index + 1} - ${test.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      log(`not ok ${index + 1} - ${test.name}`);
      log(`  ${String(error instanceof Error ? error.stack ?? error.message : error).replace(/\n/g, '\n  ')}`);
    }
  }
  log(`${tests.length - failed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} of ${tests.length} extension host test(s) failed`);
}
