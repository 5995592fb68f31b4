// Package runners and project launchers: the tool a command really starts when it goes through `npx prisma …`,
// `pnpm dlx …`, `yarn prisma …`, `bunx …`, `npm exec -- …`, `bundle exec rails …`, `poetry run …`, `uv run …`,
// `pipx run …`, `python manage.py …`, `python -m alembic …`, `php artisan …`, `ruby bin/rails …`, `dotnet ef …`,
// `dotenv -- …`, `cross-env …`, or a secret-injecting or remote runner (`doppler run -- …`, `op run -- …`,
// `heroku run …`, `railway run …`). The expander emits that tool as a command of its own (the runner is kept too, and
// recorded in `via`), so rules name tools (`prisma`, `cdk`, `vercel`) without knowing every ecosystem's launcher.
import type { Word } from './ast';

export interface RunnerInvocation {
  /** What `via` records: `npx`, `pnpm dlx`, `poetry run`, `python -m`, `heroku run`. */
  via: string;
  /** The tool's words. A package spec is renamed to its command (`prisma@5` → `prisma`, `@railway/cli` → `railway`). */
  words: Word[];
  /** A remote runner given the whole command as one word (`heroku run "rails db:reset"`): shell source the remote
   * shell reads, parsed instead of `words`. */
  script?: string;
  /** `cross-env NODE_ENV=test knex …`: settings the runner adds to the tool's environment. */
  assignments?: { name: string; value: string }[];
}

/** The command names runnerInvocation reads. */
export const RUNNER_NAMES: readonly string[] = [
  'npx', 'bunx', 'pnpx', 'uvx', 'npm', 'pnpm', 'yarn', 'bun', 'bundle', 'poetry', 'pipenv', 'pdm', 'rye', 'hatch', 'pixi', 'uv',
  'pipx', 'dotenv', 'dotenv-cli', 'dotenvx', 'cross-env', 'cross-env-shell', 'php', 'python', 'python3', 'py', 'ruby', 'node',
  'dotnet', 'doppler', 'op', 'infisical', 'phase', 'teller', 'railway', 'heroku',
];

/** npm packages whose command has another name (`npx @railway/cli …` runs `railway`). */
const PACKAGE_BINS = new Map(Object.entries({
  '@railway/cli': 'railway', 'aws-cdk': 'cdk', '@aws-cdk/cli': 'cdk', 'netlify-cli': 'netlify', 'firebase-tools': 'firebase',
  '@supabase/cli': 'supabase', '@pulumi/cli': 'pulumi', '@flydotio/flyctl': 'flyctl', 'cdktf-cli': 'cdktf', 'dotenv-cli': 'dotenv',
  '@dotenvx/dotenvx': 'dotenvx', '@mikro-orm/cli': 'mikro-orm',
}));

/** `prisma@5.1.0` → `prisma`, `@railway/cli@3` → `railway`; anything else as written. */
function commandOfPackage(spec: string): string {
  const unversioned = spec.startsWith('@') ? `@${spec.slice(1).split('@')[0]}` : spec.split('@')[0];
  return PACKAGE_BINS.get(unversioned) ?? unversioned;
}

/** Index of the first word from `from` on that is not an option; options listed in `withValue` skip their value. */
function firstOperand(argv: readonly string[], from: number, withValue: readonly string[] = []): number {
  for (let i = from; i < argv.length; i++) {
    const word = argv[i];
    if (word === '--') return i + 1 < argv.length ? i + 1 : -1;
    if (word.startsWith('-')) {
      if (withValue.includes(word)) i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** The tool starting at `words[at]`, its package spec renamed to the command it installs. */
function toolAt(words: Word[], at: number, via: string): RunnerInvocation | null {
  if (at < 0 || at >= words.length) return null;
  const first = words[at];
  const command = commandOfPackage(first.value);
  return { via, words: [command === first.value ? first : { ...first, value: command }, ...words.slice(at + 1)] };
}

/** pnpm / yarn / bun commands of their own; any other first word is a bin of the project (`pnpm prisma …`). */
const OWN_COMMANDS: Record<string, ReadonlySet<string>> = {
  pnpm: new Set(['add', 'install', 'i', 'remove', 'rm', 'uninstall', 'un', 'update', 'up', 'upgrade', 'run', 'test', 't', 'start', 'build', 'link', 'ln', 'unlink', 'list', 'ls', 'outdated', 'publish', 'pack', 'init', 'create', 'store', 'prune', 'rebuild', 'audit', 'why', 'import', 'fetch', 'patch', 'patch-commit', 'setup', 'env', 'deploy', 'config', 'root', 'bin', 'licenses', 'dedupe', 'recursive', 'multi', 'server', 'doctor', 'self-update', 'cat-file', 'cat-index', 'find-hash', 'help', 'approve-builds', 'catalog']),
  yarn: new Set(['add', 'install', 'remove', 'up', 'upgrade', 'run', 'test', 'start', 'build', 'link', 'unlink', 'info', 'init', 'create', 'pack', 'publish', 'npm', 'plugin', 'workspace', 'workspaces', 'why', 'cache', 'config', 'constraints', 'dedupe', 'explain', 'patch', 'patch-commit', 'rebuild', 'set', 'unplug', 'version', 'bin', 'node', 'global', 'list', 'outdated', 'audit', 'import', 'licenses', 'login', 'logout', 'owner', 'tag', 'team', 'check', 'autoclean', 'generate-lock-entry', 'policies', 'help']),
  bun: new Set(['add', 'install', 'i', 'remove', 'rm', 'update', 'upgrade', 'test', 'build', 'init', 'create', 'link', 'unlink', 'pm', 'outdated', 'publish', 'patch', 'audit', 'info', 'repl', 'help', 'why']),
};

/** The tool a runner command starts, or null when `name` is not a runner or starts nothing here. */
export function runnerInvocation(words: Word[], name: string): RunnerInvocation | null {
  const argv = words.map((w) => w.value);
  switch (name) {
    case 'npx':
    case 'bunx':
    case 'pnpx':
    case 'uvx':
      return toolAt(words, firstOperand(argv, 1, ['-p', '--package', '--from', '--with', '--python', '-c', '--call']), name);
    case 'npm':
      // `npm run db:reset` runs a script of package.json, not a tool: it stays as it is.
      if (argv[1] !== 'exec' && argv[1] !== 'x') return null;
      return toolAt(words, firstOperand(argv, 2, ['-p', '--package', '-w', '--workspace', '-c', '--call']), `npm ${argv[1]}`);
    case 'pnpm':
    case 'yarn':
    case 'bun': {
      const i = firstOperand(argv, 1, ['--filter', '-F', '-C', '--dir', '--cwd']);
      // `bun -e code` / `bun -p code` is inline code (the interpreter reader's), not a tool.
      if (i < 0 || (name === 'bun' && argv.slice(1, i).some((a) => /^(-e|-p|--eval|--print)(=|$)/.test(a)))) return null;
      const sub = argv[i];
      if (sub === 'dlx' || sub === 'exec' || sub === 'x') return toolAt(words, firstOperand(argv, i + 1, ['-p', '--package']), `${name} ${sub}`);
      if (sub === 'run' && name === 'bun') return toolAt(words, firstOperand(argv, i + 1), 'bun run');
      return OWN_COMMANDS[name].has(sub) ? null : toolAt(words, i, name);
    }
    case 'bundle':
    case 'poetry':
    case 'pipenv':
    case 'pdm':
    case 'rye':
    case 'hatch':
    case 'pixi':
    case 'uv': {
      const i = firstOperand(argv, 1);
      if (i < 0 || (argv[i] !== 'exec' && argv[i] !== 'run')) return null;
      const valueFlags = ['--with', '--python', '-p', '--env', '-e', '--group', '--extra', '--package', '--directory', '--project'];
      return toolAt(words, firstOperand(argv, i + 1, valueFlags), `${name} ${argv[i]}`);
    }
    case 'pipx':
      return argv[1] === 'run' ? toolAt(words, firstOperand(argv, 2, ['--spec', '--python']), 'pipx run') : null;
    case 'dotenv':
    case 'dotenv-cli':
    case 'dotenvx': {
      const dd = argv.indexOf('--');
      return dd >= 0 ? toolAt(words, dd + 1, name) : null;
    }
    case 'cross-env':
    case 'cross-env-shell': {
      const assignments: { name: string; value: string }[] = [];
      let i = 1;
      for (; i < argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i]); i++) {
        const eq = argv[i].indexOf('=');
        assignments.push({ name: argv[i].slice(0, eq), value: argv[i].slice(eq + 1) });
      }
      const found = toolAt(words, i, name);
      return found && { ...found, assignments };
    }
    case 'php':
    case 'python':
    case 'python3':
    case 'py':
    case 'ruby':
    case 'node':
      // `python -m alembic …`, `python manage.py …`, `php artisan …`, `ruby bin/rails …`, `node node_modules/.bin/x`.
      for (let i = 1; i < argv.length; i++) {
        if (argv[i] === '-m' && argv[i + 1]) {
          const found = toolAt(words, i + 1, `${name} -m`);
          // `python -m django` is django-admin.
          if (found && argv[i + 1] === 'django') found.words[0] = { ...found.words[0], value: 'django-admin' };
          return found;
        }
        if (argv[i] === '-c' || argv[i] === '-e') return null;
        if (!argv[i].startsWith('-')) return toolAt(words, i, name);
      }
      return null;
    case 'dotnet':
      return argv[1] === 'ef' ? { via: 'dotnet ef', words: [{ ...words[1], value: 'dotnet-ef' }, ...words.slice(2)] } : null;
    case 'doppler':
    case 'op':
    case 'infisical':
    case 'phase':
    case 'teller': {
      const dd = argv.indexOf('--');
      return argv[1] === 'run' && dd > 0 ? toolAt(words, dd + 1, `${name} run`) : null;
    }
    case 'railway':
    case 'heroku': {
      if (argv[1] !== 'run' && argv[1] !== 'run:inside' && argv[1] !== 'run:detached') return null;
      const valueFlags = ['-a', '--app', '-r', '--remote', '-s', '--size', '--service', '-e', '--environment', '--env', '--type'];
      const i = firstOperand(argv, 2, valueFlags);
      if (i < 0) return null;
      // `heroku run "rails db:reset"` passes the whole command as one word, which the remote shell reads.
      if (/\s/.test(argv[i])) return { via: `${name} ${argv[1]}`, words: [], script: argv.slice(i).join(' ') };
      return toolAt(words, i, `${name} ${argv[1]}`);
    }
    default:
      return null;
  }
}
