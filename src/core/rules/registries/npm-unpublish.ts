// registries/npm-unpublish: removing published packages from the npm registry (npm, pnpm, yarn npm, bun). One version
// (`pkg@1.2.3`) is destructive: that version number can never be published again. The whole package (no version, or
// `--force`) is catastrophic: every project that depends on it breaks.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { PACKAGE_MANAGER_COMMANDS, readPackageManagerCall } from './package-manager-call';

/** `pkg@1.2.3`, `@scope/pkg@1.2.3`, `pkg@>1.0` name a version; `pkg`, `@scope/pkg` name the whole package. */
function namesVersion(spec: string): boolean {
  return spec.indexOf('@', 1) > 0;
}

export const rule: Rule = {
  meta: {
    id: 'registries/npm-unpublish',
    title: 'Unpublish from npm',
    severity: 'destructive',
    category: 'destructive',
    why: 'Unpublished versions break every install that pins them, and npm never lets the same version number be published again.',
    saferAlternative: 'Deprecate the version instead (npm deprecate pkg@1.2.3 "use 1.2.4") and publish a fixed one.',
    messages: {
      version: '{{tool}} unpublish removes {{spec}} from the registry; that version can never be published again.',
      package: '{{tool}} unpublish {{flags}}removes the whole package {{spec}} from the registry; everything that depends on it breaks.',
    },
  },
  commands: PACKAGE_MANAGER_COMMANDS,
  match(command): RuleMatch | null {
    const call = readPackageManagerCall(command);
    if (!call || call.verb !== 'unpublish' || hasFlag(call.argv, '', '--dry-run')) return null;
    const spec = operands(call.argv, ['--registry', '--otp', '--tag'])[0];
    const force = hasFlag(call.argv, 'f', '--force');
    if (spec && namesVersion(spec) && !force) return { messageId: 'version', data: { tool: call.tool, spec } };
    return { messageId: 'package', data: { tool: call.tool, spec: spec ?? 'in this folder', flags: force ? '--force ' : '' }, severity: 'catastrophic' };
  },
};
