// The terminal gate's fast path, as data: which command lines the shell may run without asking the editor at all.
// The shell integrations (media/shell/agent-guard-gate.sh) apply it with builtins only, so an obviously safe line
// costs no process start and no channel round trip. Everything else goes to the editor's engine.
//
// Why a list of safe names rather than the names rules match: most rules do not declare `commands` (they must look at
// every simple command: credential paths, redirects, env dumps by any name, custom rules), so "no rule names this
// command" proves nothing. Instead these few everyday names are ones no rule reacts to, and the shell also sends on any
// line with operators, quotes, expansions, redirects, globs or credential-looking words. A test runs the real shell
// prefilter over a battery of arguments and the labelled corpus and checks the engine allows every line it lets pass.
import type { GuardConfig } from '../config';

/**
 * Everyday commands no rule reacts to. `name` means any arguments (still filtered by the shell for operators and
 * credential-looking words); `name:sub` means only that subcommand.
 */
export const SAFE_COMMANDS: readonly string[] = [
  'cd', 'clear', 'date', 'df', 'du', 'echo', 'exit', 'false', 'free', 'hostname', 'id', 'la', 'll', 'ls', 'man', 'mkdir',
  'pwd', 'reset', 'tree', 'true', 'type', 'uname', 'uptime', 'wc', 'which', 'whoami',
  'git:add', 'git:blame', 'git:commit', 'git:diff', 'git:fetch', 'git:log', 'git:pull', 'git:show', 'git:status',
  'npm:ci', 'npm:install', 'npm:ls', 'npm:outdated', 'npm:test', 'npm:t',
  'pnpm:install', 'pnpm:test', 'yarn:install', 'yarn:test',
  'cargo:build', 'cargo:check', 'cargo:test', 'go:build', 'go:test', 'go:vet',
];

/**
 * The safe list the shell gets for this configuration. Custom rules are regular expressions over any command, so
 * with any of them nothing is obviously safe: every non-empty line goes to the editor (still without starting Node).
 */
export function safeCommandsFor(configs: readonly GuardConfig[]): string[] {
  if (configs.some((c) => c.customRules.length > 0)) return [];
  return [...SAFE_COMMANDS];
}
