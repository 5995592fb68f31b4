#!/usr/bin/env node
// Runs the end-to-end tests (test/e2e/*.test.ts) against a real VS Code: builds and packages the extension as a .vsix,
// installs code-server, Chromium and friends (scripts/e2e/setup.sh, cached after the first run), compiles the tests
// and runs them one file at a time with node:test.
//
//   node scripts/e2e/run.js                 all end-to-end tests
//   node scripts/e2e/run.js smoke terminal  only test files whose name contains "smoke" or "terminal"
//
// Environment:
//   AGENT_GUARD_E2E_OUT_DIR   where tests are compiled (default: out); artifacts go to <out>/e2e-artifacts
//   AGENT_GUARD_E2E_CACHE     where setup.sh caches Node 24 and code-server (default: ~/.cache/agent-guard-e2e)
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const outDir = path.resolve(root, process.env.AGENT_GUARD_E2E_OUT_DIR || 'out');
const filters = process.argv.slice(2);
const started = Date.now();

function say(message) {
  console.log(`[e2e +${Math.round((Date.now() - started) / 1000)}s] ${message}`);
}

/** Runs a command with inherited output (or captured too, with `capture`), resolving to { code, output }. */
function run(command, args, { env = process.env, capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'] });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function step(name, command, args, options) {
  say(`${name}: ${command} ${args.join(' ')}`);
  const result = await run(command, args, options);
  if (result.code !== 0) throw new Error(`${name} failed (exit ${result.code})`);
  return result;
}

/** Compiled test files under <out>/test/e2e whose TypeScript source still exists, narrowed by the filters. */
function testFiles() {
  const compiled = path.join(outDir, 'test', 'e2e');
  if (!fs.existsSync(compiled)) return [];
  return fs
    .readdirSync(compiled, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.js'))
    .filter((file) => fs.existsSync(path.join(root, 'test', 'e2e', file.replace(/\.js$/, '.ts'))))
    .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
    .sort()
    .map((file) => path.join(compiled, file));
}

async function main() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-guard-e2e-run-'));
  try {
    await step('build', process.execPath, ['esbuild.js']);

    const vsix = path.join(scratch, 'agent-guard.vsix');
    await step('package', path.join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--out', vsix]);

    const setup = await step('setup', 'bash', [path.join(__dirname, 'setup.sh')], { capture: true });
    const found = {};
    for (const line of setup.output.split('\n')) {
      const match = /^(AGENT_GUARD_E2E_[A-Z0-9_]+)=(.*)$/.exec(line.trim());
      if (match) found[match[1]] = match[2];
    }
    for (const name of ['AGENT_GUARD_E2E_CODE_SERVER', 'AGENT_GUARD_E2E_CHROMIUM']) {
      if (!found[name]) throw new Error(`setup.sh did not report ${name}`);
    }

    say(`compile: tsc -p tsconfig.test.json --outDir ${path.relative(root, outDir) || '.'}`);
    const tsc = await run(process.execPath, [
      path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p', 'tsconfig.test.json', '--outDir', outDir, '--tsBuildInfoFile', path.join(outDir, '.tsbuildinfo'),
    ]);
    // tsc still emits on type errors; run what compiled, then fail the run.
    const typeErrors = tsc.code !== 0;
    if (typeErrors) say('compile: type errors (above); running the tests anyway, the run will fail');

    const files = testFiles();
    if (files.length === 0) throw new Error(`no end-to-end test files${filters.length ? ` matching ${filters.join(', ')}` : ''} under ${path.join(outDir, 'test', 'e2e')}`);
    const env = {
      ...process.env,
      ...found,
      AGENT_GUARD_E2E_VSIX: vsix,
      AGENT_GUARD_E2E_ARTIFACTS: path.join(outDir, 'e2e-artifacts'),
      AGENT_GUARD_E2E_RUN_DIR: path.join(scratch, 'run'),
      // Lets tests compiled outside the repository (AGENT_GUARD_E2E_OUT_DIR) find playwright-core and friends.
      NODE_PATH: [path.join(root, 'node_modules'), process.env.NODE_PATH].filter(Boolean).join(path.delimiter),
    };
    say(`test: ${files.length} file(s): ${files.map((f) => path.relative(outDir, f)).join(', ')}`);
    const tests = await run(process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=900000', ...files], { env });
    say(`screenshots and logs: ${env.AGENT_GUARD_E2E_ARTIFACTS}`);
    if (tests.code !== 0) throw new Error(`end-to-end tests failed (exit ${tests.code})`);
    if (typeErrors) throw new Error('type errors (see the compile step)');
    say('end-to-end tests passed');
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  say(`FAILED: ${error.message}`);
  process.exit(1);
});
