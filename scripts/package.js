#!/usr/bin/env node
// `npm run package`: builds the production bundles, packages dist/agent-guard.vsix with vsce, says how to install it,
// and runs the CLI on a sample (the command from the incident) so you see the engine work straight away.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const vsix = path.join(root, 'dist', 'agent-guard.vsix');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n${path.basename(command)} ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(result.status || 1);
  }
  return result;
}

run(process.execPath, ['esbuild.js', '--production']);
run(path.join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--out', vsix]);

const size = (fs.statSync(vsix).size / 1024).toFixed(0);
console.log(`
Built ${path.relative(root, vsix)} (${size} KB).

Install it:
  VS Code:  code --install-extension ${vsix}
            (or Extensions view → … → Install from VSIX…)
  Cursor:   cursor --install-extension ${vsix}
            (or Extensions view → … → Install from VSIX…; from Open VSX once published)

The CLI is dist/cli.js (\`agent-guard\` when installed with npm). A sample — the call from the incident, in a
workspace marked production:
`);
const sample = `curl -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_TOKEN" -d '{"query":"mutation { volumeDelete(volumeId: \\"vol_123\\") }"}'`;
run(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', '--env', 'production', '--', sample]);
console.log('\nAnd an everyday one, in development:\n');
run(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', '--env', 'development', '--', 'rm -rf node_modules dist']);
