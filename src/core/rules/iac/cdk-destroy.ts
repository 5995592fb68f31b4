// iac/cdk-destroy: `cdk destroy` (AWS CDK) and `cdktf destroy` delete the deployed stacks and their resources.
import { hasWord, operands } from '../../shell/args';
import type { Rule } from '../types';

const CDK_TOOLS = ['cdk', 'aws-cdk', 'cdktf', 'cdklocal'];

export const rule: Rule = {
  meta: {
    id: 'iac/cdk-destroy',
    title: 'cdk destroy',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'cdk destroy deletes the CloudFormation stacks and every resource in them whose removal policy allows it, data included.',
    saferAlternative: 'Run cdk diff first, set RemovalPolicy.RETAIN on databases and buckets, and name the single stack you mean.',
    messages: {
      destroy: '{{tool}} destroy would delete {{stacks}} and their resources.',
    },
  },
  commands: CDK_TOOLS,
  match(command) {
    const { name: tool, argv } = command;
    if (!CDK_TOOLS.includes(tool)) return null;
    const words = operands(argv, ['--profile', '-a', '--app', '-c', '--context', '--role-arn', '-o', '--output']);
    if (words[0] !== 'destroy') return null;
    const stacks = hasWord(argv, '--all') || words.length === 1 ? 'every stack of the app' : `the stack ${words.slice(1).join(', ')}`;
    return { messageId: 'destroy', data: { tool, stacks } };
  },
};
