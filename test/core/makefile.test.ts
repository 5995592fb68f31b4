// What `make` runs (src/core/makefile.ts): a Makefile's text and goals → the recipe lines in run order, and a make
// command's argv → its directory, makefile and goals. Expected run orders were checked against GNU make 4.3 (`make -n`).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { makeRecipes, readMakeInvocation, type MakeInvocation } from '../../src/core/makefile';

interface RecipeCase {
  name: string;
  makefile: string;
  goals?: string[];
  /** Each recipe as `target: line | line`. */
  expected: string[];
}

const RAILS_PROJECT = `# Shop: Rails API + Node front end
APP      := shop
NODE_ENV ?= development
BUNDLE    = bundle exec
DIST_DIRS = dist
DIST_DIRS += public/packs

.PHONY: all setup build test clean db-reset deploy

all: build test

setup:
\tbundle install
\tnpm ci

build: setup
\tnpm run build   # webpack

test:
\t$(BUNDLE) rspec

db-reset: ; rails db:drop db:create
\t$(BUNDLE) rails db:seed

clean:
\trm -rf node_modules dist

deploy: build
\t@echo "deploying $(APP)"
\t-kubectl apply -f k8s/
`;

const CASES: RecipeCase[] = [
  // Goals.
  { name: 'the default goal is the first target', makefile: 'build:\n\tnpm run build\ntest:\n\tnpm test\n', expected: ['build: npm run build'] },
  { name: 'explicit goals run in the order given', makefile: 'build:\n\tnpm run build\ntest:\n\tnpm test\n', goals: ['test', 'build'], expected: ['test: npm test', 'build: npm run build'] },
  { name: 'a goal with no rule yields nothing', makefile: 'build:\n\tnpm run build\n', goals: ['deploy'], expected: [] },
  { name: 'a target with no recipe runs only its prerequisites', makefile: 'all: a b\na:\n\techo a\nb:\n\techo b\n', expected: ['a: echo a', 'b: echo b'] },
  { name: '.PHONY is never the default goal', makefile: '.PHONY: clean\nclean:\n\trm -rf dist\n', expected: ['clean: rm -rf dist'] },
  { name: 'a pattern rule is never the default goal', makefile: '%.o: %.c\n\tcc -c $<\napp: main.o\n\tcc -o app main.o\n', expected: ['app: cc -o app main.o'] },
  { name: 'a pattern rule runs only for its literal name', makefile: '%.o: %.c\n\tcc -c $<\n', goals: ['%.o'], expected: ['%.o: cc -c %.c'] },
  { name: '.DEFAULT_GOAL chooses the default goal', makefile: '.DEFAULT_GOAL := test\nbuild:\n\tnpm run build\ntest:\n\tnpm test\n', expected: ['test: npm test'] },
  { name: 'a goal given twice runs once', makefile: 'a:\n\techo a\n', goals: ['a', 'a'], expected: ['a: echo a'] },

  // Prerequisites.
  { name: 'prerequisites run first, depth-first, in order', makefile: 'all: b c\nb: d\n\techo b\nc:\n\techo c\nd:\n\techo d\n', expected: ['d: echo d', 'b: echo b', 'c: echo c'] },
  { name: 'a prerequisite shared by two runs once', makefile: 'all: b c\nb: d\n\techo b\nc: d\n\techo c\nd:\n\techo d\n', expected: ['d: echo d', 'b: echo b', 'c: echo c'] },
  { name: 'a prerequisite that is a file with no rule is skipped', makefile: 'app: main.c\n\tcc main.c\n', expected: ['app: cc main.c'] },
  { name: 'order-only prerequisites run too, and are $|', makefile: 'out/app: main.c | out\n\tcc -o $@ $^ # dirs: $|\nout:\n\tmkdir -p out\n', expected: ['out: mkdir -p out', 'out/app: cc -o out/app main.c # dirs: out'] },
  { name: 'a target listed twice: prerequisites accumulate, the recipe rule\'s first', makefile: 'a: b\na: c\n\techo $@ $< $^\nb:\n\techo b\nc:\n\techo c\n', expected: ['c: echo c', 'b: echo b', 'a: echo a c c b'] },
  { name: 'a target given two recipes keeps the later one', makefile: 'all:\n\techo 1\nall:\n\techo 2\n', expected: ['all: echo 2'] },
  { name: 'cycles stop: each target once', makefile: 'a: b\n\techo a\nb: a\n\techo b\n', expected: ['b: echo b', 'a: echo a'] },
  { name: 'a target that needs itself runs once', makefile: 'a: a\n\techo a\n', expected: ['a: echo a'] },
  { name: 'double-colon rules each run, with their own prerequisites', makefile: 'clean:: x\n\trm -rf dist\nclean::\n\trm -rf tmp\nx:\n\techo x\n', expected: ['x: echo x', 'clean: rm -rf dist', 'clean: rm -rf tmp'] },
  { name: 'several targets of one rule each have the recipe', makefile: 'a b:\n\techo $@\nall: a b\n', goals: ['all'], expected: ['a: echo a', 'b: echo b'] },
  { name: 'grouped targets (&:) are read as targets', makefile: 'a b &: src\n\tgen a b\n', goals: ['a', '&'], expected: ['a: gen a b'] },
  { name: 'a static pattern rule gives each target its prerequisites', makefile: 'OBJS = a.o b.o\napp: $(OBJS)\n\tcc -o app $^\n$(OBJS): %.o: %.c\n\tcc -c $< -o $@\n', expected: ['a.o: cc -c a.c -o a.o', 'b.o: cc -c b.c -o b.o', 'app: cc -o app a.o b.o'] },

  // Recipe lines.
  { name: 'target: ; recipe inline, then more lines', makefile: 'hi: ; echo inline\n\techo next\n', expected: ['hi: echo inline | echo next'] },
  { name: 'an inline recipe keeps its # for the shell', makefile: 'hi: ; echo "#1" # note\n', expected: ['hi: echo "#1" # note'] },
  { name: '@ - + prefixes are stripped, in any combination', makefile: 't:\n\t@echo a\n\t-rm x\n\t+make sub\n\t@-+ echo d\n\t-@ rm y\n', expected: ['t: echo a | rm x | make sub | echo d | rm y'] },
  { name: 'a continued recipe line is one shell line', makefile: 't:\n\trm -rf \\\n\t  build \\\n\t  dist\n\techo done\n', expected: ['t: rm -rf   build   dist | echo done'] },
  { name: 'a recipe comment is kept for the shell', makefile: 't:\n\t# wipe it\n\trm -rf dist\n', expected: ['t: # wipe it | rm -rf dist'] },
  { name: 'comments and blank lines between recipe lines do not end the recipe', makefile: 't:\n\techo 1\n\n# a note\n\techo 2\n', expected: ['t: echo 1 | echo 2'] },
  { name: 'a variable assignment ends the recipe', makefile: 't:\n\techo 1\nX = 2\n\techo orphan\nu:\n\techo u\n', expected: ['t: echo 1'] },
  { name: 'a define block ends the recipe', makefile: 't:\n\techo 1\ndefine X\nx\nendef\n\techo orphan\n', expected: ['t: echo 1'] },
  { name: 'empty recipe lines are dropped', makefile: 't:\n\t\n\t@\n\techo 1\n', expected: ['t: echo 1'] },
  { name: 'CRLF line ends', makefile: 't:\r\n\techo 1\r\n', expected: ['t: echo 1'] },
  { name: '.RECIPEPREFIX', makefile: '.RECIPEPREFIX = >\nt:\n> echo 1\n>@rm -rf dist\n', expected: ['t: echo 1 | rm -rf dist'] },

  // Comments and continuations in makefile lines.
  { name: 'a comment after a rule is not a prerequisite', makefile: 'all: a # and b\na:\n\techo a\nb:\n\techo b\n', expected: ['a: echo a'] },
  { name: 'a ; after the comment starts no recipe', makefile: 'all: a # note ; echo x\na:\n\techo a\n', expected: ['a: echo a'] },
  { name: 'a continued rule line', makefile: 'all: a \\\n     b\na:\n\techo a\nb:\n\techo b\n', expected: ['a: echo a', 'b: echo b'] },
  { name: 'a continued comment hides its next line', makefile: '# note \\\nfirst: ; echo no\nsecond:\n\techo yes\n', expected: ['second: echo yes'] },
  { name: 'an escaped # is a character', makefile: 'X = a\\#b\nt:\n\techo $(X)\n', expected: ['t: echo a#b'] },

  // Variables.
  { name: '= is expanded when used (recursive)', makefile: 'A = $(B)\nB = later\nt:\n\techo $(A)\n', expected: ['t: echo later'] },
  { name: ':= is expanded when set (simple)', makefile: 'B = first\nA := $(B)\nB = later\nt:\n\techo $(A)\n', expected: ['t: echo first'] },
  { name: '::= is simple', makefile: 'B = first\nA ::= $(B)\nB = later\nt:\n\techo $(A)\n', expected: ['t: echo first'] },
  { name: '?= sets only an unset variable', makefile: 'A = one\nA ?= two\nB ?= three\nt:\n\techo $(A) $(B)\n', expected: ['t: echo one three'] },
  { name: '+= appends with a space', makefile: 'A = a\nA += b\nB += c\nt:\n\techo $(A) $(B)\n', expected: ['t: echo a b c'] },
  { name: '+= to a simple variable expands now', makefile: 'X = 1\nA := a\nA += $(X)\nX = 2\nt:\n\techo $(A)\n', expected: ['t: echo a 1'] },
  { name: '+= to a recursive variable expands later', makefile: 'X = 1\nA = a\nA += $(X)\nX = 2\nt:\n\techo $(A)\n', expected: ['t: echo a 2'] },
  { name: 'override and export prefixes', makefile: 'override A = 1\nexport B := 2\nexport override C = 3\nexport D\nt:\n\techo $(A) $(B) $(C)\n', expected: ['t: echo 1 2 3'] },
  { name: '${VAR} and $X', makefile: 'DIR = build\nX = y\nt:\n\trm -rf ${DIR} $X\n', expected: ['t: rm -rf build y'] },
  { name: '$$ is a dollar for the shell', makefile: 't:\n\techo $$HOME $$(whoami)\n', expected: ['t: echo $HOME $(whoami)'] },
  { name: 'unknown variables and functions are left as written', makefile: 't:\n\trm -rf $(OUT)/x $(shell pwd) $(wildcard *.o)\n', expected: ['t: rm -rf $(OUT)/x $(shell pwd) $(wildcard *.o)'] },
  { name: 'a computed variable name', makefile: 'ENV = prod\nprod_DB = shop_prod\nt:\n\tdropdb $($(ENV)_DB)\n', expected: ['t: dropdb shop_prod'] },
  { name: 'variables in targets and prerequisites', makefile: 'MAIN = app\nDEPS = a b\n$(MAIN): $(DEPS)\n\tlink $^\na:\n\techo a\nb:\n\techo b\n', expected: ['a: echo a', 'b: echo b', 'app: link a b'] },
  { name: 'a value keeps its trailing spaces, as make does', makefile: 'D = build   # note\nt:\n\trm -rf $(D)/x\n', expected: ['t: rm -rf build   /x'] },
  { name: 'a continued variable line', makefile: 'FILES = a \\\n        b\nt:\n\trm $(FILES)\n', expected: ['t: rm a b'] },
  { name: 'a variable that refers to itself stops', makefile: 'A = x $(A)\nt:\n\techo $(A)\n', expected: ['t: echo x x x x x x x x x x x x x x x x $(A)'] },
  { name: '!= is kept as the shell command it runs', makefile: 'REV != git rev-parse HEAD\nt:\n\techo $(REV)\n', expected: ['t: echo $(shell git rev-parse HEAD)'] },
  { name: 'a target-specific variable is not a rule', makefile: 'prod: DB = live\nt:\n\techo t\n', expected: ['t: echo t'] },
  { name: 'a define block is a multi-line variable; its lines are recipe lines', makefile: 'define RESET\n@rails db:drop\n-rails db:create\nendef\nt:\n\t$(RESET)\n', expected: ['t: rails db:drop | rails db:create'] },

  { name: 'define blocks nest', makefile: 'define OUTER\necho outer\ndefine INNER\necho inner\nendef\nendef\nt:\n\t$(OUTER)\n', expected: ['t: echo outer | define INNER | echo inner | endef'] },
  // Automatic variables.
  { name: '$@ $< $^ $+ $?', makefile: 'app: a.o b.o a.o\n\tcc -o $@ $< / $^ / $+ / $?\n', expected: ['app: cc -o app a.o / a.o b.o / a.o b.o a.o / a.o b.o'] },
  { name: '$(@) and ${<}', makefile: 'app: main.c\n\tcc -o $(@) ${<}\n', expected: ['app: cc -o app main.c'] },
  { name: 'automatic variables in a recursive variable', makefile: 'LINK = cc -o $@ $^\napp: a.o\n\t$(LINK)\n', expected: ['app: cc -o app a.o'] },

  // Directives.
  { name: 'vpath lines are not rules', makefile: 'vpath %.c src:lib\nbuild:\n\tnpm run build\n', expected: ['build: npm run build'] },
  { name: 'include lines are ignored', makefile: 'include config.mk\n-include local.mk\nsinclude other.mk\nt:\n\techo t\n', expected: ['t: echo t'] },
  { name: 'conditionals keep the lines of every branch', makefile: 'ifeq ($(ENV),prod)\nreset:\n\trails db:drop\nelse\nreset:\n\techo skip\nendif\n', goals: ['reset'], expected: ['reset: echo skip'] },
  { name: 'conditionals inside a recipe keep every branch\'s lines', makefile: 'reset:\nifdef FORCE\n\trails db:drop\nelse ifeq ($(X),1)\n\techo one\nelse\n\techo skip\nendif\n\techo done\n', expected: ['reset: rails db:drop | echo one | echo skip | echo done'] },
  { name: 'a tab-indented conditional in a recipe goes to the shell, as in make 4.3', makefile: 'reset:\n\tifdef FORCE\n\trails db:drop\n\tendif\n\techo done\n', expected: ['reset: ifdef FORCE | rails db:drop | endif | echo done'] },
  { name: 'a variable set in two branches: the last read wins', makefile: 'ifeq ($(ENV),prod)\nDB = live\nelse\nDB = dev\nendif\nt:\n\tdropdb $(DB)\n', expected: ['t: dropdb dev'] },

  // A project's Makefile.
  { name: 'project: the default goal builds and tests', makefile: RAILS_PROJECT, expected: ['setup: bundle install | npm ci', 'build: npm run build   # webpack', 'test: bundle exec rspec'] },
  { name: 'project: make db-reset drops the database', makefile: RAILS_PROJECT, goals: ['db-reset'], expected: ['db-reset: rails db:drop db:create | bundle exec rails db:seed'] },
  { name: 'project: make clean', makefile: RAILS_PROJECT, goals: ['clean'], expected: ['clean: rm -rf node_modules dist'] },
  { name: 'project: deploy builds first', makefile: RAILS_PROJECT, goals: ['deploy'], expected: ['setup: bundle install | npm ci', 'build: npm run build   # webpack', 'deploy: echo "deploying shop" | kubectl apply -f k8s/'] },
  { name: 'project: several goals share prerequisites', makefile: RAILS_PROJECT, goals: ['build', 'deploy'], expected: ['setup: bundle install | npm ci', 'build: npm run build   # webpack', 'deploy: echo "deploying shop" | kubectl apply -f k8s/'] },
  { name: 'words after the colon are prerequisites, not a recipe', makefile: 'clean: rm -rf node_modules dist\n', goals: ['clean'], expected: [] },
];

/** A chain of `count` targets, each needing the next: t0: t1, t1: t2, … */
function chain(count: number): string {
  return Array.from({ length: count }, (_, i) => `t${i}: t${i + 1}\n\techo ${i}\n`).join('');
}

/** A target needing `count` others. */
function wide(count: number): string {
  return `all: ${Array.from({ length: count }, (_, i) => `p${i}`).join(' ')}\n${Array.from({ length: count }, (_, i) => `p${i}:\n\techo ${i}\n`).join('')}`;
}

/** Each recipe as `target: line | line`, for compact expectations. */
function summary(text: string, goals: readonly string[]): string[] {
  return makeRecipes(text, goals).map((recipe) => `${recipe.target}: ${recipe.lines.join(' | ')}`);
}

describe('makeRecipes', () => {
  const names = new Set<string>();
  for (const testCase of CASES) {
    it(testCase.name, () => {
      assert.ok(!names.has(testCase.name), `duplicate case: ${testCase.name}`);
      names.add(testCase.name);
      assert.deepEqual(summary(testCase.makefile, testCase.goals ?? []), testCase.expected);
    });
  }

  it('returns the target names and lines apart', () => {
    assert.deepEqual(makeRecipes('db-reset: ; rails db:drop db:create\n', []), [{ target: 'db-reset', lines: ['rails db:drop db:create'] }]);
  });

  it('follows prerequisites 32 deep, no deeper', () => {
    const recipes = makeRecipes(chain(40), ['t0']);
    assert.equal(recipes.length, 33);
    assert.equal(recipes[0].target, 't32');
    assert.equal(recipes[32].target, 't0');
  });

  it('returns at most 256 recipes', () => {
    const recipes = makeRecipes(wide(300), ['all']);
    assert.equal(recipes.length, 256);
    assert.equal(recipes[255].target, 'p255');
  });

  it('stops variables that grow fourfold at each level', () => {
    // Without a bound on what expansion produces, this is 4^12 = 16.7 million characters.
    const levels = Array.from({ length: 12 }, (_, i) => `V${i} = ${`$(V${i + 1})`.repeat(4)}\n`).join('');
    const [recipe] = makeRecipes(`${levels}V12 = x\nt:\n\techo $(V0)\n`, []);
    assert.ok(recipe.lines[0].length < 4 << 20, `${recipe.lines[0].length} characters`);
  });

  it('reads a 5,000-line Makefile', () => {
    const text = wide(2000) + Array.from({ length: 1000 }, (_, i) => `FLAGS += -D${i}\n`).join('');
    const recipes = makeRecipes(`${text}t:\n\tcc $(FLAGS)\n`, ['all', 't']);
    assert.equal(recipes.length, 256);
    assert.deepEqual(makeRecipes(`${text}t:\n\tcc $(FLAGS)\n`, ['t'])[0].lines[0].split(' ').length, 1001);
  });
});

interface InvocationCase {
  argv: string[];
  expected: MakeInvocation | null;
}

const INVOCATIONS: InvocationCase[] = [
  { argv: ['make'], expected: { goals: [] } },
  { argv: ['make', 'db-reset'], expected: { goals: ['db-reset'] } },
  { argv: ['make', 'build', 'deploy'], expected: { goals: ['build', 'deploy'] } },
  { argv: ['make', '-C', 'api', 'clean'], expected: { directory: 'api', goals: ['clean'] } },
  { argv: ['make', '-Capi', 'clean'], expected: { directory: 'api', goals: ['clean'] } },
  { argv: ['make', '--directory=api', 'clean'], expected: { directory: 'api', goals: ['clean'] } },
  { argv: ['make', '--directory', 'api', 'clean'], expected: { directory: 'api', goals: ['clean'] } },
  { argv: ['make', '--dir=api', 'clean'], expected: { directory: 'api', goals: ['clean'] } },
  { argv: ['make', '-C', 'services', '-C', 'api/', '-C', 'db', 'reset'], expected: { directory: 'services/api/db', goals: ['reset'] } },
  { argv: ['make', '-C', 'services', '-C', '/srv/app', 'reset'], expected: { directory: '/srv/app', goals: ['reset'] } },
  { argv: ['make', '-f', 'ops.mk', 'reset'], expected: { makefile: 'ops.mk', goals: ['reset'] } },
  { argv: ['make', '-fops.mk', 'reset'], expected: { makefile: 'ops.mk', goals: ['reset'] } },
  { argv: ['make', '--file=ops.mk', 'reset'], expected: { makefile: 'ops.mk', goals: ['reset'] } },
  { argv: ['make', '--makefile', 'ops.mk', 'reset'], expected: { makefile: 'ops.mk', goals: ['reset'] } },
  { argv: ['make', '-f', 'a.mk', '-f', 'b.mk'], expected: { makefile: 'a.mk', goals: [] } },
  { argv: ['make', '-C', 'api', '-f', 'ops.mk', 'reset'], expected: { directory: 'api', makefile: 'ops.mk', goals: ['reset'] } },
  { argv: ['make', '-j', '4', 'build'], expected: { goals: ['build'] } },
  { argv: ['make', '-j', 'build'], expected: { goals: ['build'] } },
  { argv: ['make', '-j4', 'build'], expected: { goals: ['build'] } },
  { argv: ['make', '--jobs', '8', 'build'], expected: { goals: ['build'] } },
  { argv: ['make', '--jobs=8', 'build'], expected: { goals: ['build'] } },
  { argv: ['make', '-l', '2.5', 'build'], expected: { goals: ['build'] } },
  { argv: ['make', '-I', 'include', '-o', 'old', '-W', 'new', 'build'], expected: { goals: ['build'] } },
  { argv: ['make', '-skB', '--always-make', '--no-print-directory', 'build'], expected: { goals: ['build'] } },
  { argv: ['make', '-kC', 'api', 'build'], expected: { directory: 'api', goals: ['build'] } },
  { argv: ['make', '-Otarget', '--debug=b', '-d', 'build'], expected: { goals: ['build'] } },
  { argv: ['make', 'RAILS_ENV=production', 'db-reset', 'V:=1', 'X+=y'], expected: { goals: ['db-reset'] } },
  { argv: ['make', '--', '-weird', 'X=1'], expected: { goals: ['-weird'] } },
  { argv: ['make', '-n', 'db-reset'], expected: null },
  { argv: ['make', '-sn', 'db-reset'], expected: null },
  { argv: ['make', '--just-print', 'db-reset'], expected: null },
  { argv: ['make', '--dry-run', 'db-reset'], expected: null },
  { argv: ['make', '--recon', 'db-reset'], expected: null },
  { argv: ['make', '-q', 'db-reset'], expected: null },
  { argv: ['make', '--question', 'db-reset'], expected: null },
  { argv: ['make', '-t', 'db-reset'], expected: null },
  { argv: ['make', '--version'], expected: null },
  { argv: ['make', '-f', '-n', 'db-reset'], expected: { makefile: '-n', goals: ['db-reset'] } },
  { argv: ['make', '-p', '-f', '/dev/null'], expected: { makefile: '/dev/null', goals: [] } },
];

describe('readMakeInvocation', () => {
  const seen = new Set<string>();
  for (const { argv, expected } of INVOCATIONS) {
    const name = argv.join(' ');
    it(name, () => {
      assert.ok(!seen.has(name), `duplicate case: ${name}`);
      seen.add(name);
      assert.deepEqual(readMakeInvocation(argv), expected);
    });
  }
});
