// Where the end-to-end tests find code-server, Chromium, the packaged extension and their artifacts folder.
// scripts/e2e/run.js sets these variables; a plain `node --test out/test/` (the unit run) does not, and then every
// end-to-end test is skipped with the reason from `e2eSkipReason()`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface E2EEnvironment {
  /** Launcher that runs code-server with Node 24 (written by scripts/e2e/setup.sh). */
  codeServer: string;
  /** The Chromium binary (Debian's /usr/bin/chromium). */
  chromium: string;
  /** The packaged extension under test. */
  vsix: string;
  /** Screenshots and logs go here (one folder per editor started). */
  artifacts: string;
  /** Scratch folder shared by the test files of one run (installed-extension cache). */
  runDir: string;
}

const VARS = {
  codeServer: 'AGENT_GUARD_E2E_CODE_SERVER',
  chromium: 'AGENT_GUARD_E2E_CHROMIUM',
  vsix: 'AGENT_GUARD_E2E_VSIX',
} as const;

/** Why end-to-end tests cannot run here, or `false` when they can. For `test(name, { skip: e2eSkipReason() }, fn)`. */
export function e2eSkipReason(): string | false {
  const unset = Object.values(VARS).filter((name) => !process.env[name]);
  if (unset.length > 0) {
    return `end-to-end test: run it with \`npm run test:e2e\` (${unset.join(', ')} not set)`;
  }
  return false;
}

/** Reads and checks the environment; throws a message saying what to do when something is missing. */
export function e2eEnvironment(): E2EEnvironment {
  const reason = e2eSkipReason();
  if (reason) throw new Error(reason);
  const env: E2EEnvironment = {
    codeServer: process.env[VARS.codeServer] as string,
    chromium: process.env[VARS.chromium] as string,
    vsix: process.env[VARS.vsix] as string,
    artifacts: process.env.AGENT_GUARD_E2E_ARTIFACTS || path.resolve('out', 'e2e-artifacts'),
    runDir: process.env.AGENT_GUARD_E2E_RUN_DIR || path.join(os.tmpdir(), 'agent-guard-e2e-run'),
  };
  for (const [what, file] of [
    ['code-server launcher', env.codeServer],
    ['Chromium', env.chromium],
    ['packaged extension', env.vsix],
  ] as const) {
    if (!fs.existsSync(file)) {
      throw new Error(`${what} not found at ${file}: run \`npm run test:e2e\` (it runs scripts/e2e/setup.sh and packages the extension)`);
    }
  }
  fs.mkdirSync(env.artifacts, { recursive: true });
  fs.mkdirSync(env.runDir, { recursive: true });
  return env;
}
