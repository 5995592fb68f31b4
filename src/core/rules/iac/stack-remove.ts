// iac/stack-remove: framework CLIs that tear down a whole deployed stage or app: `serverless remove` / `sls remove`,
// `sst remove`, `sam delete`, `amplify delete`, `copilot app|env|svc delete`, `eb terminate`.
import { operands } from '../../shell/args';
import type { Rule } from '../types';

const VALUE_FLAGS = ['--stage', '-s', '--region', '-r', '--profile', '--aws-profile', '--config', '-c', '--stack-name', '-n', '--name', '-a', '--app', '-e', '--env'];

function teardownOf(tool: string, words: string[]): string | null {
  const [a, b] = words;
  if ((tool === 'serverless' || tool === 'sls' || tool === 'osls') && a === 'remove') return `${tool} remove`;
  if (tool === 'sst' && a === 'remove') return 'sst remove';
  if (tool === 'sam' && a === 'delete') return 'sam delete';
  if (tool === 'amplify' && a === 'delete') return 'amplify delete';
  if (tool === 'copilot' && ['app', 'env', 'svc', 'job', 'pipeline', 'storage'].includes(a) && b === 'delete') return `copilot ${a} delete`;
  if (tool === 'eb' && a === 'terminate') return 'eb terminate';
  return null;
}

export const rule: Rule = {
  meta: {
    id: 'iac/stack-remove',
    title: 'serverless remove / sst remove / sam delete',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'This removes the whole deployed stage or app: functions, tables, buckets and the data in them, all at once.',
    saferAlternative: 'Check which stage and AWS profile it targets; keep stateful resources out of the removable stack (retain policies).',
    messages: {
      remove: '{{what}} would delete the deployed {{stage}} and every resource in it.',
    },
  },
  commands: ['serverless', 'sls', 'osls', 'sst', 'sam', 'amplify', 'copilot', 'eb'],
  match(command) {
    const { argv } = command;
    const what = teardownOf(command.name, operands(argv, VALUE_FLAGS));
    if (!what) return null;
    const at = argv.findIndex((w) => w === '--stage' || w === '-s');
    return { messageId: 'remove', data: { what, stage: at > 0 && argv[at + 1] ? `stage ${argv[at + 1]}` : 'stage or app' } };
  },
};
