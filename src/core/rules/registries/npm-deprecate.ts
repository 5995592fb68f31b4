// registries/npm-deprecate: marking published package versions deprecated: every install prints the warning.
// Un-deprecating (an empty message) is not matched.
import { operands } from '../../shell/args';
import type { Rule } from '../types';
import { PACKAGE_MANAGER_COMMANDS, readPackageManagerCall } from './package-manager-call';

export const rule: Rule = {
  meta: {
    id: 'registries/npm-deprecate',
    title: 'Deprecate a published package',
    severity: 'caution',
    category: 'destructive',
    why: 'Every user who installs these versions sees the deprecation warning; a wrong version range warns everyone off a good release.',
    saferAlternative: 'Check the range with npm view pkg versions first and deprecate exact versions.',
    messages: {
      deprecate: '{{tool}} deprecate marks {{spec}} as deprecated for every user.',
    },
  },
  commands: PACKAGE_MANAGER_COMMANDS,
  match(command) {
    const call = readPackageManagerCall(command);
    if (!call || call.verb !== 'deprecate') return null;
    const [spec, message] = operands(call.argv, ['--registry', '--otp']);
    if (message === '') return null;
    return { messageId: 'deprecate', data: { tool: call.tool, spec: spec ?? 'the package' } };
  },
};
