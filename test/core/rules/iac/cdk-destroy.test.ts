import { rule } from '../../../../src/core/rules/iac/cdk-destroy';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['cdk deploy', 'npx cdk diff', 'cdk synth', 'npx aws-cdk list', 'cdktf deploy'],
  stop: [
    { command: 'cdk destroy', messageId: 'destroy' },
    { command: 'npx cdk destroy --all --force', messageId: 'destroy' },
    { command: 'npx aws-cdk destroy ApiStack', messageId: 'destroy' },
    { command: 'cdk destroy ApiStack --profile dev', messageId: 'destroy' },
    { command: 'npx cdktf destroy --auto-approve', messageId: 'destroy' },
  ],
});
