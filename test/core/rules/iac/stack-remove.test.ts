import { rule } from '../../../../src/core/rules/iac/stack-remove';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['serverless deploy', 'sls deploy --stage dev', 'sls invoke -f hello', 'sst deploy', 'sst dev', 'sam deploy', 'sam build', 'amplify push', 'copilot svc deploy', 'eb deploy'],
  stop: [
    { command: 'serverless remove', messageId: 'remove' },
    { command: 'sls remove --stage dev', messageId: 'remove' },
    { command: 'npx serverless remove -s staging --region eu-west-1', messageId: 'remove' },
    { command: 'npx sst remove --stage dev', messageId: 'remove' },
    { command: 'sam delete --stack-name api --no-prompts', messageId: 'remove' },
    { command: 'amplify delete', messageId: 'remove' },
    { command: 'copilot app delete --yes', messageId: 'remove' },
    { command: 'eb terminate my-env --force', messageId: 'remove' },
  ],
});
