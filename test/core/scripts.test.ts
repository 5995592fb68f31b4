// Programs read from files (src/core/scripts.ts): what a script holds is checked as if it were written in the line,
// whether an earlier command of the line wrote it or it is on disk (read with the real file reader the CLI, hooks and
// editor use, on real files).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import type { Environment } from '../../src/core/config';
import { decide } from '../../src/core/policy';
import { readScriptFile } from '../../src/core/script-files';

const project = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-scripts-'));
after(() => fs.rmSync(project, { recursive: true, force: true }));

const FILES: Record<string, string> = {
  'cleanup.sh': '#!/bin/bash\nset -e\necho "cleaning"\nrm -rf /var/lib/postgresql\n',
  'build.sh': '#!/usr/bin/env bash\nnpm ci\nnpm run build\nrm -rf dist/tmp\n',
  'deploy.sh': '#!/bin/sh\n. ./env.sh\nkubectl apply -f k8s/\n',
  'env.sh': 'export APP=web\nrm -rf ~\n',
  'loop.sh': 'source ./loop.sh\necho again\n',
  'tidy': '#!/usr/bin/env python3\nimport shutil\nshutil.rmtree("/srv/data")\n',
  'tidy.sql': '-- weekly tidy\nDROP TABLE users;\n',
  'report.sql': 'SELECT count(*) FROM users;\n',
  'tool.py': `#!/usr/bin/env python3\nimport os, shutil\n${'CONFIG_VALUE = 1\n'.repeat(400)}if "CI" in os.environ:\n    print("ci")\nshutil.rmtree("/srv/data")\n`,
  'purge.js': "const fs = require('node:fs');\nfs.rmSync('/srv/uploads', { recursive: true, force: true });\n",
  'reset.ps1': 'Write-Host "resetting"\nRemove-Item -Recurse -Force C:\\data\n',
  'prod-reset.sh': 'psql -h prod-db.internal -c "DELETE FROM sessions"\n',
  'evil.sh': 'rm -rf ~\n',
  'wipe.sh': '#!/bin/bash\n# start again\nrm -rf ~\n',
  'tool.bin': `\u007fELF\u0000\u0000rm -rf ~\n`,
  'configure': `#!/bin/sh\n${'echo checking for a compiler\n'.repeat(12_000)}`,
  'Makefile': [
    'DB ?= shop_production',
    '.PHONY: all build clean db-reset backup nuke',
    'all: build',
    'build:',
    '\tnpm run build',
    'clean:',
    '\trm -rf dist node_modules',
    'db-reset: backup',
    '\t@rails db:drop db:create DATABASE=$(DB)',
    'backup:',
    '\t-pg_dump $(DB) > backup.sql',
    'nuke:',
    '\t@echo "starting over"',
    '\trm -rf ~',
    '',
  ].join('\n'),
  'justfile': 'db := "shop"\n\ntest:\n    cargo test\n\nreset: test\n    dropdb {{db}}\n\nnuke:\n    @echo bye\n    rm -rf ~\n',
  'ops.mk': "drop:\n\tpsql -h db -c 'DROP TABLE users'\n",
  'package.json': JSON.stringify({
    name: 'shop',
    scripts: {
      build: 'tsc -p .',
      'db:reset': 'prisma migrate reset --force',
      deploy: 'kubectl --context prod-eu delete deployment web',
      clean: 'rm -rf dist node_modules',
      nuke: 'npm run clean && rm -rf ~',
      prepurge: 'rm -rf ~',
      purge: 'echo purged',
      loop: 'npm run loop',
      test: 'jest',
    },
  }, null, 2),
};
for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(project, name), text, { mode: 0o755 });

/** Decides `command` in the project folder, reading files with the real reader (or with none, given null). */
function check(command: string, environment: Environment = 'production', readFile: typeof readScriptFile | null = readScriptFile) {
  return decide({ command, environment, actor: 'agent', context: { cwd: project, workspaceRoot: project, home: '/home/dev', readFile: readFile ?? undefined } });
}

/** [line, environment, decision, a rule that must be among the findings (or none)] */
const CASES: [string, Environment, 'allow' | 'ask' | 'deny', string | null][] = [
  // Written earlier in the same line: known without reading the disk.
  ["echo 'rm -rf ~' > x.sh && sh x.sh", 'development', 'ask', 'filesystem/rm-root-or-home'],
  ["printf 'cd /\\nrm -rf *\\n' > x.sh; bash x.sh", 'development', 'ask', 'filesystem/rm-root-or-home'],
  ["cat > x.sh <<'EOF'\nrm -rf ~\nEOF\nbash x.sh", 'development', 'ask', 'filesystem/rm-root-or-home'],
  ["echo 'rm -rf ~' | tee x.sh && sh x.sh", 'development', 'ask', 'filesystem/rm-root-or-home'],
  ["echo '#!/bin/sh' > x.sh && echo 'rm -rf ~' >> x.sh && chmod +x x.sh && ./x.sh", 'development', 'ask', 'filesystem/rm-root-or-home'],
  ["echo 'DROP TABLE users;' > t.sql && psql -h db -f t.sql", 'production', 'ask', 'sql/drop-statement'],
  ["echo 'import shutil; shutil.rmtree(\"/srv\")' > t.py && python3 t.py", 'production', 'ask', 'interpreters/inline-delete'],
  ['cp evil.sh x.sh && bash x.sh', 'development', 'ask', 'filesystem/rm-root-or-home'],
  ["echo 'echo hello' > x.sh && bash x.sh", 'production', 'allow', null],
  ["echo 'rm -rf ~' > notes.txt", 'production', 'allow', null],
  // On disk, read by the caller's reader.
  ['bash cleanup.sh', 'production', 'ask', 'filesystem/rm-outside-workspace'],
  ['bash cleanup.sh', 'development', 'allow', 'filesystem/rm-outside-workspace'],
  ['./wipe.sh', 'development', 'ask', 'filesystem/rm-root-or-home'],
  ['sudo ./wipe.sh', 'development', 'ask', 'filesystem/rm-root-or-home'],
  ['source wipe.sh', 'development', 'ask', 'filesystem/rm-root-or-home'],
  ['sh < wipe.sh', 'development', 'ask', 'filesystem/rm-root-or-home'],
  ['bash -x wipe.sh', 'development', 'ask', 'filesystem/rm-root-or-home'],
  ['./deploy.sh', 'development', 'ask', 'filesystem/rm-root-or-home'],
  ['./tidy', 'production', 'ask', 'interpreters/inline-delete'],
  ['psql -h db -f tidy.sql', 'production', 'ask', 'sql/drop-statement'],
  ['node purge.js', 'production', 'ask', 'interpreters/inline-delete'],
  // A whole program on disk is not read as inline code (see scripts.ts): the inline rules are made for a few lines.
  ['python3 tool.py', 'production', 'allow', null],
  ['pwsh -File reset.ps1', 'production', 'ask', 'filesystem/powershell-remove-item'],
  ['powershell -NoProfile -File ./reset.ps1', 'production', 'ask', 'filesystem/powershell-remove-item'],
  ['psql -h db --file=tidy.sql', 'production', 'ask', 'sql/drop-statement'],
  ['mysql app < tidy.sql', 'production', 'ask', 'sql/drop-statement'],
  ['./prod-reset.sh', 'development', 'ask', 'sql/delete-without-where'],
  ['./build.sh', 'production', 'allow', null],
  ['psql -h db -f report.sql', 'production', 'allow', null],
  ['bash loop.sh', 'production', 'allow', null],
  ['./tool.bin', 'production', 'allow', null],
  ['bash missing.sh', 'production', 'allow', null],
  // Scripts package.json names: npm, yarn, pnpm and bun read the line from the nearest package.json.
  ['npm run db:reset', 'production', 'ask', 'orm/prisma-reset'],
  ['npm run-script db:reset', 'production', 'ask', 'orm/prisma-reset'],
  ['yarn db:reset', 'production', 'ask', 'orm/prisma-reset'],
  ['pnpm run db:reset', 'production', 'ask', 'orm/prisma-reset'],
  ['bun run db:reset', 'production', 'ask', 'orm/prisma-reset'],
  ['npm run nuke', 'development', 'ask', 'filesystem/rm-root-or-home'],
  ['npm run purge', 'development', 'ask', 'filesystem/rm-root-or-home'],
  ['pnpm purge', 'development', 'allow', null],
  ['npm run clean', 'production', 'allow', null],
  ['npm test', 'production', 'allow', null],
  ['npm run loop', 'production', 'allow', null],
  ['yarn install', 'production', 'allow', null],
  ['npm run missing', 'production', 'allow', null],
  // Make targets: the recipes of the goal and its prerequisites, from the Makefile make would read.
  ['make db-reset', 'production', 'ask', 'orm/rails-db-reset'],
  ['make nuke', 'development', 'ask', 'filesystem/rm-root-or-home'],
  ['make -f ops.mk drop', 'production', 'ask', 'sql/drop-statement'],
  ['make -n nuke', 'development', 'allow', null],
  ['make', 'production', 'allow', null],
  ['make clean', 'production', 'allow', null],
  // just recipes, from the justfile just finds.
  ['just nuke', 'development', 'ask', 'filesystem/rm-root-or-home'],
  ['just reset', 'production', 'ask', 'sql/drop-database-tool'],
  ['just', 'production', 'allow', null],
  ['just test', 'production', 'allow', null],
  ['just --list', 'production', 'allow', null],
  ['just -n nuke', 'development', 'allow', null],
  // A later write hides what the disk held: the text run is not known, so it is not guessed.
  ['make > cleanup.sh && bash cleanup.sh', 'development', 'allow', null],
];

describe('scripts a line runs', () => {
  for (const [line, environment, expected, rule] of CASES) {
    it(`${line.replace(/\n/g, '⏎')} (${environment})`, () => {
      const d = check(line, environment);
      assert.equal(d.decision, expected, `${d.decision}: ${d.reason}`);
      if (rule) assert.ok(d.rules.includes(rule), `expected ${rule} among ${d.rules.join(', ')}`);
      else assert.deepEqual(d.rules, []);
    });
  }

  it('reads a file once per line, however it is reached', () => {
    // `python3 ./tidy` is read as its code, and the parser also sees `./tidy` as the program python3 starts.
    assert.deepEqual(check('python3 ./tidy').findings.map((f) => f.ruleId), ['interpreters/inline-delete']);
    const d = check('node purge.js && node purge.js');
    assert.deepEqual(d.findings.map((f) => f.ruleId), ['interpreters/inline-delete']);
    const tidy = check('./tidy');
    assert.deepEqual(tidy.findings.map((f) => f.ruleId), ['interpreters/inline-delete']);
  });

  it('says which file the command came from', () => {
    const finding = check('bash cleanup.sh').findings.find((f) => f.ruleId === 'filesystem/rm-outside-workspace');
    assert.deepEqual(finding?.via, ['bash cleanup.sh']);
    assert.equal(finding?.commandText, 'rm -rf /var/lib/postgresql');
    const nested = check('./deploy.sh', 'development').findings[0];
    assert.deepEqual(nested.via, ['./deploy.sh', '. ./env.sh']);
  });

  it('reads deno tasks from deno.jsonc, dependencies first', () => {
    const app = path.join(project, 'deno-app');
    fs.mkdirSync(app, { recursive: true });
    fs.writeFileSync(path.join(app, 'deno.jsonc'), '{\n  // tasks\n  "tasks": {\n    "nuke": "rm -rf ~",\n    "start": { "command": "deno run -A main.ts", "dependencies": ["wipe"] },\n    "wipe": "rm -rf ~",\n    "fmt": "deno fmt",\n  },\n}\n');
    const decideIn = (command: string, environment: Environment) => decide({ command, environment, actor: 'agent', context: { cwd: app, workspaceRoot: app, readFile: readScriptFile } });
    assert.deepEqual(decideIn('deno task nuke', 'development').findings.map((f) => [f.ruleId, f.via]), [['filesystem/rm-root-or-home', ['deno task nuke']]]);
    assert.equal(decideIn('deno task start', 'development').decision, 'ask');
    assert.equal(decideIn('deno task fmt', 'production').decision, 'allow');
  });

  it('finds package.json up from a subfolder, and counts a production target named in a script', () => {
    fs.mkdirSync(path.join(project, 'src', 'api'), { recursive: true });
    const d = decide({ command: 'npm run deploy', environment: 'development', actor: 'agent', context: { cwd: path.join(project, 'src', 'api'), workspaceRoot: project, readFile: readScriptFile } });
    assert.equal(d.decision, 'ask');
    assert.equal(d.environment, 'production');
    assert.deepEqual(d.findings.map((f) => [f.ruleId, f.via]), [['kubernetes/delete-resource', ['npm run deploy']]]);
  });

  it('names the make target a recipe came from', () => {
    const d = check('make db-reset');
    assert.deepEqual(d.findings.map((f) => [f.ruleId, f.commandText, f.via]).filter(([id]) => id === 'orm/rails-db-reset'), [['orm/rails-db-reset', 'rails db:drop db:create DATABASE=shop_production', ['make db-reset']]]);
  });

  it('counts a production target named inside a script', () => {
    const d = check('./prod-reset.sh', 'development');
    assert.equal(d.environment, 'production');
    assert.ok(d.namesProduction);
  });

  it('a script too long to check whole is asked in production, like a line that cannot be read', () => {
    assert.ok(FILES.configure.length > 256 * 1024);
    const prod = check('./configure', 'production');
    assert.equal(prod.decision, 'ask');
    assert.match(prod.reason, /the script \.\/configure is too long to check whole/);
    assert.equal(check('./configure', 'development').decision, 'allow');
  });

  it('reads nothing from disk without a reader (the engine does no I/O of its own)', () => {
    assert.equal(check('bash wipe.sh', 'development', null).decision, 'allow');
    // What the line itself wrote is still known.
    assert.equal(check("echo 'rm -rf ~' > x.sh && sh x.sh", 'development', null).decision, 'ask');
  });

  it('the reader reads regular text files only', () => {
    assert.equal(readScriptFile(path.join(project, 'evil.sh')), 'rm -rf ~\n');
    assert.equal(readScriptFile(path.join(project, 'tool.bin')), undefined);
    assert.equal(readScriptFile(project), undefined);
    assert.equal(readScriptFile('/dev/zero'), undefined);
    assert.equal(readScriptFile(path.join(project, 'nope.sh')), undefined);
  });
});
