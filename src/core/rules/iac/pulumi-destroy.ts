// iac/pulumi-destroy: `pulumi destroy` (alias `down`) deletes every resource of the stack; `pulumi stack rm` and
// `pulumi state delete` throw away its record.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

const VALUE_FLAGS = ['-s', '--stack', '-C', '--cwd', '-t', '--target', '--config-file', '-m', '--message', '-p', '--parallel', '--exclude'];

export const rule: Rule = {
  meta: {
    id: 'iac/pulumi-destroy',
    title: 'pulumi destroy / stack rm',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'pulumi destroy deletes every resource in the stack (databases and buckets with their data); stack rm throws away its state.',
    saferAlternative: 'Run pulumi preview --destroy and read it; check the selected stack (pulumi stack --show-name) first.',
    messages: {
      destroy: 'pulumi {{sub}} would delete every resource in the {{stack}} stack.',
      destroyTarget: 'pulumi {{sub}} --target would delete the targeted resources of the {{stack}} stack.',
      stackRm: 'pulumi stack rm{{force}} would delete the {{stack}} stack and its state{{orphans}}.',
      stateDelete: 'pulumi state delete would make Pulumi forget a resource; it keeps running unmanaged.',
    },
  },
  commands: ['pulumi'],
  match(command): RuleMatch | null {
    if (command.name !== 'pulumi') return null;
    const { argv } = command;
    const words = operands(argv, VALUE_FLAGS);
    const stackAt = argv.findIndex((w) => w === '-s' || w === '--stack');
    const stackEq = argv.find((w) => w.startsWith('--stack='));
    const stack = stackEq ? stackEq.slice(8) : stackAt > 0 ? (argv[stackAt + 1] ?? 'selected') : 'selected';
    if (words[0] === 'destroy' || words[0] === 'down' || words[0] === 'dn') {
      if (hasFlag(argv, 't', '--target')) return { messageId: 'destroyTarget', data: { sub: words[0], stack }, severity: 'destructive' };
      return { messageId: 'destroy', data: { sub: words[0], stack } };
    }
    if (words[0] === 'stack' && (words[1] === 'rm' || words[1] === 'remove')) {
      const force = hasFlag(argv, 'f', '--force');
      const named = words[2] ?? stack;
      return {
        messageId: 'stackRm',
        data: { stack: named, force: force ? ' --force' : '', orphans: force ? ', leaving its resources running with nothing managing them' : '' },
        severity: 'destructive',
      };
    }
    if (words[0] === 'state' && words[1] === 'delete') return { messageId: 'stateDelete', severity: 'destructive' };
    return null;
  },
};
