// Options shared by `check` and `explain`: --env, --actor, --cwd, then `--` and the command words.
import * as path from 'node:path';
import { isEnvironment, type Actor, type Environment, type GuardConfig } from '../core/config';
import { readWorkspacePolicy, resolveWorkspaceEnvironment } from '../core/workspace-settings';
import { homeDirectory, UsageError, type CliIO } from './io';

export interface PolicyOptions {
  environment: Environment;
  /** Where the environment came from, for people: `--env`, the settings file, or the default. */
  environmentOrigin: string;
  actor: Actor;
  cwd: string;
  /** The user's home directory (for `rm -rf ~` and credential paths under it). */
  home: string;
  workspaceRoot: string | undefined;
  config: GuardConfig;
  /** Warnings about the workspace settings (invalid JSON, bad values); printed to stderr. */
  warnings: string[];
  /** The command after `--` (words joined with spaces), or undefined when none was given. */
  command: string | undefined;
  /** Flags not understood here, for the caller to accept or reject. */
  flags: Set<string>;
}

/**
 * Parses the shared options. `booleanFlags` are the caller's own flags (e.g. --json). Unknown flags are a usage error.
 * When no --env is given, the environment is the workspace's, found from --cwd (see resolveWorkspaceEnvironment).
 */
export function parsePolicyOptions(args: string[], io: Pick<CliIO, 'cwd' | 'env'>, booleanFlags: readonly string[]): PolicyOptions {
  const cwd = io.cwd;
  let env: string | undefined;
  let actor: string | undefined;
  let dir = cwd;
  const flags = new Set<string>();
  let command: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const takeValue = (name: string): string => {
      const eq = arg.indexOf('=');
      if (eq >= 0) return arg.slice(eq + 1);
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value.`);
      return value;
    };
    if (arg === '--') {
      command = args.slice(i + 1).join(' ');
      break;
    } else if (arg === '--env' || arg.startsWith('--env=')) env = takeValue('--env');
    else if (arg === '--actor' || arg.startsWith('--actor=')) actor = takeValue('--actor');
    else if (arg === '--cwd' || arg.startsWith('--cwd=')) dir = path.resolve(cwd, takeValue('--cwd'));
    else if (booleanFlags.includes(arg)) flags.add(arg);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}.`);
    else throw new UsageError(`put the command after "--", e.g. agent-guard check -- ${args.slice(i).join(' ')}`);
  }
  if (env !== undefined && !isEnvironment(env)) throw new UsageError(`--env must be production, staging or development (got "${env}").`);
  if (actor !== undefined && actor !== 'agent' && actor !== 'human') throw new UsageError(`--actor must be agent or human (got "${actor}").`);

  // With --env nothing needs detecting; the settings still give rule overrides and protected paths.
  const home = homeDirectory(io.env);
  const detected = env === undefined ? resolveWorkspaceEnvironment(dir, io.env, home) : undefined;
  const policy = detected ? { root: detected.root, config: detected.config, errors: detected.warnings } : readWorkspacePolicy(dir);
  return {
    environment: detected?.environment ?? (env as Environment),
    environmentOrigin: detected?.origin ?? '--env',
    actor: (actor as Actor | undefined) ?? 'agent',
    cwd: dir,
    home,
    workspaceRoot: policy.root,
    config: policy.config,
    warnings: policy.errors,
    command,
    flags,
  };
}
