// The agent-guard CLI: dispatches to one module per subcommand under src/cli/.
import type { CliCommand, CliIO } from './cli/io';
import { readAllSync, UsageError, writeAllSync } from './cli/io';


const USAGE = `Usage: agent-guard <command> [options]

Commands:
  check [--env E] [--actor agent|human] [--cwd DIR] [--json|--jsonl] -- <command>
                 decide allow / ask / deny for a shell command line
  explain [--env E] [--actor A] [--cwd DIR] -- <command>
                 show how a command was parsed and which rules fired
  scan [--json] [--exclude GLOB] [DIR]
                 list credential files and secrets inside files (masked; changes nothing)
  help           this text

Exit codes: 0 ok, 2 bad usage.`;

/**
 * One entry per subcommand module (explicit, so the bundle stays static). Each is loaded only when used: a cold start
 * (an agent hook with no editor) must not pay for the modules of the other commands.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Record<string, () => CliCommand> = {
  check: () => (require('./cli/check') as typeof import('./cli/check')).runCheck,
  explain: () => (require('./cli/explain') as typeof import('./cli/explain')).runExplain,
  hook: () => (require('./cli/hook') as typeof import('./cli/hook')).runHook,
  scan: () => (require('./cli/scan') as typeof import('./cli/scan')).runScan,
};
/* eslint-enable @typescript-eslint/no-require-imports */

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    (name ? io.stdout : io.stderr)(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(`agent-guard: unknown command "${name}".\n${USAGE}\n`);
    return 2;
  }
  try {
    return await load()(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`agent-guard ${name}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

/** Runs the CLI on this process's arguments and streams; sets the exit code. */
export function run(): void {
  const io: CliIO = {
    // Nobody is reading any more (`| head -1`): stop, as a pipeline expects, instead of working on for no one.
    stdout: (t) => void (writeAllSync(1, t) || process.exit(process.exitCode ?? 0)),
    stderr: (t) => void writeAllSync(2, t),
    readStdin: () => Promise.resolve(readAllSync(0)),
    env: process.env,
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      io.stderr(`agent-guard: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

// Run directly (`node dist/cli-main.js`) or through the caching launcher (dist/cli.js), which calls run() itself.
if (require.main === module) run();
