// justRecipes: what `just [recipe [args]…]` runs, read from a justfile's text.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { justRecipes } from '../../src/core/justfile';

const PROJECT = `
# A project's tasks.
set dotenv-load
db := "shop_production"
bin := "./node_modules/.bin"
target_dir := bin + "/../out"
alias r := reset

default: build

build:
    npm ci
    {{bin}}/tsc -p .

# Drops and recreates the database.
reset env='staging': backup
    @echo "resetting {{env}}"
    -dropdb {{db}}
    createdb {{db}}

backup:
  pg_dump {{db}} > backup.sql

[confirm]
deploy target: build (notify "deploying " + target)
    kubectl --context {{target}} apply -f k8s/

notify message:
    echo {{message}}

clean:
    rm -rf {{target_dir}} \\
      dist

lint *files:
    eslint {{files}}

py:
    #!/usr/bin/env python3
    import shutil; shutil.rmtree("/srv")

sh-body:
    #!/usr/bin/env bash
    rm -rf ~/cache

braces:
    echo '{{{{not a variable}}'

[default]
hello:
    echo hello
`;

const CASES: [args: string[], expected: [name: string, lines: string[]][]][] = [
  [[], [['hello', ['echo hello']]]],
  [['build'], [['build', ['npm ci', './node_modules/.bin/tsc -p .']]]],
  [['reset'], [['backup', ['pg_dump shop_production > backup.sql']], ['reset', ['echo "resetting staging"', 'dropdb shop_production', 'createdb shop_production']]]],
  [['reset', 'production'], [['backup', ['pg_dump shop_production > backup.sql']], ['reset', ['echo "resetting production"', 'dropdb shop_production', 'createdb shop_production']]]],
  [['r'], [['backup', ['pg_dump shop_production > backup.sql']], ['r', ['echo "resetting staging"', 'dropdb shop_production', 'createdb shop_production']]]],
  [['deploy', 'prod-eu'], [['build', ['npm ci', './node_modules/.bin/tsc -p .']], ['notify', ['echo deploying prod-eu']], ['deploy', ['kubectl --context prod-eu apply -f k8s/']]]],
  [['clean'], [['clean', ['rm -rf ./node_modules/.bin/../out dist']]]],
  [['lint', 'a.ts', 'b.ts'], [['lint', ['eslint a.ts b.ts']]]],
  [['py'], [['py', []]]],
  [['sh-body'], [['sh-body', ['rm -rf ~/cache']]]],
  [['braces'], [['braces', ["echo '{{not a variable}}'"]]]],
  [['build', 'clean'], [['build', ['npm ci', './node_modules/.bin/tsc -p .']], ['clean', ['rm -rf ./node_modules/.bin/../out dist']]]],
  [['missing'], []],
];

describe('justRecipes', () => {
  for (const [args, expected] of CASES) {
    it(`just ${args.join(' ')}`, () => {
      assert.deepEqual(justRecipes(PROJECT, args).map((r) => [r.name, r.lines]), expected);
    });
  }

  it('takes the first recipe as the default when none is marked, and runs each recipe once', () => {
    const text = 'a: b c\n\techo a\nb: c\n\techo b\nc:\n\techo c\n';
    assert.deepEqual(justRecipes(text, []).map((r) => r.name), ['c', 'b', 'a']);
  });

  it('stops on a cycle', () => {
    assert.deepEqual(justRecipes('a: b\n  echo a\nb: a\n  echo b\n', ['a']).map((r) => r.name), ['b', 'a']);
  });
});
