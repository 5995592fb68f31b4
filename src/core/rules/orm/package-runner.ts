// Finds the tool a command really runs when it goes through a package runner or a project launcher:
// `npx prisma …`, `pnpm dlx …`, `yarn prisma …`, `bunx …`, `npm exec -- …`, `bundle exec rails …`, `poetry run …`,
// `uv run …`, `python manage.py …`, `python -m alembic …`, `php artisan …`, `dotnet ef …`, `dotenv -- …`, `cross-env …`,
// and remote or secret-injecting runners (`heroku run …`, `railway run …`, `doppler run -- …`, `op run -- …`).
// Used by the orm, iac and paas rules, which name tools (`prisma`, `cdk`, `vercel`) that are rarely on PATH.
// The shell parser unwraps sudo / env / bash -c; this unwraps the runners that are specific to language ecosystems.
import type { SimpleCommand } from '../../shell/types';

export interface ToolInvocation {
  /** The tool's name: a bin name without path or version (`prisma`, `rails`), `manage.py`, `artisan`, `dotnet-ef`. */
  tool: string;
  /** The tool's words, `argv[0]` being `tool`. */
  argv: string[];
}

const basename = (word: string): string => word.replace(/^\\/, '').split('/').pop() ?? word;

/** npm packages whose command has another name (`npx @railway/cli …` runs `railway`). */
const PACKAGE_BINS: Record<string, string> = {
  '@railway/cli': 'railway', 'aws-cdk': 'cdk', '@aws-cdk/cli': 'cdk', 'netlify-cli': 'netlify', 'firebase-tools': 'firebase',
  '@supabase/cli': 'supabase', '@pulumi/cli': 'pulumi', '@flydotio/flyctl': 'flyctl', 'cdktf-cli': 'cdktf', 'sst': 'sst',
  'typeorm': 'typeorm', '@mikro-orm/cli': 'mikro-orm', 'dotenv-cli': 'dotenv', '@dotenvx/dotenvx': 'dotenvx',
};

/** `prisma@5.1.0` → `prisma`, `@railway/cli@3` → `railway`, `./node_modules/.bin/prisma` → `prisma`. */
function binName(word: string): string {
  const unversioned = word.startsWith('@') ? `@${word.slice(1).split('@')[0]}` : word.split('@')[0];
  return PACKAGE_BINS[unversioned] ?? basename(unversioned);
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

/** pnpm / yarn / bun commands of their own; any other first word is a bin of the project (`pnpm prisma …`). */
const OWN_COMMANDS: Record<string, ReadonlySet<string>> = {
  pnpm: new Set(['add', 'install', 'i', 'remove', 'rm', 'uninstall', 'un', 'update', 'up', 'upgrade', 'run', 'test', 't', 'start', 'build', 'link', 'ln', 'unlink', 'list', 'ls', 'outdated', 'publish', 'pack', 'init', 'create', 'store', 'prune', 'rebuild', 'audit', 'why', 'import', 'fetch', 'patch', 'patch-commit', 'setup', 'env', 'deploy', 'config', 'root', 'bin', 'licenses', 'dedupe', 'recursive', 'multi', 'server', 'doctor', 'self-update', 'cat-file', 'cat-index', 'find-hash', 'help', 'approve-builds', 'catalog']),
  yarn: new Set(['add', 'install', 'remove', 'up', 'upgrade', 'run', 'test', 'start', 'build', 'link', 'unlink', 'info', 'init', 'create', 'pack', 'publish', 'npm', 'plugin', 'workspace', 'workspaces', 'why', 'cache', 'config', 'constraints', 'dedupe', 'explain', 'patch', 'patch-commit', 'rebuild', 'set', 'unplug', 'version', 'bin', 'node', 'global', 'list', 'outdated', 'audit', 'import', 'licenses', 'login', 'logout', 'owner', 'tag', 'team', 'check', 'autoclean', 'generate-lock-entry', 'policies', 'help']),
  bun: new Set(['add', 'install', 'i', 'remove', 'rm', 'update', 'upgrade', 'test', 'build', 'init', 'create', 'link', 'unlink', 'pm', 'outdated', 'publish', 'patch', 'audit', 'info', 'repl', 'help', 'why']),
};

/** The command names unwrapOnce reads as runners. */
const RUNNER_COMMANDS: readonly string[] = [
  'npx', 'bunx', 'pnpx', 'uvx', 'npm', 'pnpm', 'yarn', 'bun', 'bundle', 'poetry', 'pipenv', 'pdm', 'rye', 'hatch', 'pixi', 'uv',
  'pipx', 'dotenv', 'dotenv-cli', 'dotenvx', 'cross-env', 'cross-env-shell', 'php', 'python', 'python3', 'py', 'ruby', 'node',
  'dotnet', 'doppler', 'op', 'infisical', 'phase', 'teller', 'railway', 'heroku',
];

/** The command names a rule about `tools` must see: the tools themselves and every runner that can start them. */
export function runnableAs(...tools: readonly string[]): readonly string[] {
  return [...new Set([...tools, ...RUNNER_COMMANDS])];
}

/** One unwrapping step, or null when the command is not a runner. */
function unwrapOnce(argv: readonly string[]): string[] | null {
  const name = basename(argv[0] ?? '');
  const rest = (i: number): string[] | null => (i < 0 || i >= argv.length ? null : argv.slice(i));
  switch (name) {
    case 'npx':
    case 'bunx':
    case 'pnpx':
    case 'uvx':
      return rest(firstOperand(argv, 1, ['-p', '--package', '--from', '--with', '--python', '-c', '--call']));
    case 'npm':
      if (argv[1] === 'exec' || argv[1] === 'x') return rest(firstOperand(argv, 2, ['-p', '--package', '-w', '--workspace', '-c', '--call']));
      return null;
    case 'pnpm':
    case 'yarn':
    case 'bun': {
      const i = firstOperand(argv, 1, ['--filter', '-F', '-C', '--dir', '--cwd']);
      if (i < 0) return null;
      const sub = argv[i];
      if (['dlx', 'exec', 'x'].includes(sub)) return rest(firstOperand(argv, i + 1, ['-p', '--package']));
      if (sub === 'run' && name === 'bun') return rest(firstOperand(argv, i + 1));
      return OWN_COMMANDS[name].has(sub) ? null : rest(i);
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
      if (i < 0 || !['exec', 'run'].includes(argv[i])) return null;
      return rest(firstOperand(argv, i + 1, ['--with', '--python', '-p', '--env', '-e', '--group', '--extra', '--package', '--directory', '--project']));
    }
    case 'pipx':
      return argv[1] === 'run' ? rest(firstOperand(argv, 2, ['--spec', '--python'])) : null;
    case 'dotenv':
    case 'dotenv-cli':
    case 'dotenvx': {
      const dd = argv.indexOf('--');
      return dd >= 0 ? rest(dd + 1) : null;
    }
    case 'cross-env':
    case 'cross-env-shell': {
      let i = 1;
      while (i < argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i])) i++;
      return rest(i);
    }
    case 'php':
    case 'python':
    case 'python3':
    case 'py':
    case 'ruby':
    case 'node': {
      // `python -m alembic …`, `python manage.py …`, `php artisan …`, `ruby bin/rails …`.
      for (let i = 1; i < argv.length; i++) {
        if (argv[i] === '-m' && argv[i + 1]) return [argv[i + 1] === 'django' ? 'django-admin' : argv[i + 1], ...argv.slice(i + 2)];
        if (argv[i] === '-c' || argv[i] === '-e') return null;
        if (!argv[i].startsWith('-')) return argv.slice(i);
      }
      return null;
    }
    case 'dotnet':
      return argv[1] === 'ef' ? ['dotnet-ef', ...argv.slice(2)] : null;
    // Secret injectors and remote runners: `doppler run -- x`, `op run -- x`, `railway run x`, `heroku run x -a app`.
    case 'doppler':
    case 'op':
    case 'infisical':
    case 'phase':
    case 'teller': {
      const dd = argv.indexOf('--');
      return argv[1] === 'run' && dd > 0 ? rest(dd + 1) : null;
    }
    case 'railway':
    case 'heroku': {
      if (argv[1] !== 'run' && argv[1] !== 'run:inside' && argv[1] !== 'run:detached') return null;
      const i = firstOperand(argv, 2, ['-a', '--app', '-r', '--remote', '-s', '--size', '--service', '-e', '--environment', '--env', '--type']);
      const words = rest(i);
      // `heroku run "rails db:reset"` passes the whole command as one word.
      return words && /\s/.test(words[0]) ? [...words[0].trim().split(/\s+/), ...words.slice(1)] : words;
    }
    default:
      return null;
  }
}

/** The tool a command runs, unwrapping nested runners (`poetry run python manage.py`, `npx dotenv -- prisma`). */
export function toolInvocation(command: SimpleCommand): ToolInvocation {
  let argv: string[] = command.argv.length > 0 ? [command.name, ...command.argv.slice(1)] : [];
  for (let depth = 0; depth < 6; depth++) {
    const next = unwrapOnce(argv);
    if (!next || next.length === 0) break;
    argv = next;
  }
  const tool = binName(argv[0] ?? '');
  return { tool, argv: [tool, ...argv.slice(1)] };
}
