import { rule } from '../../../../src/core/rules/cloud/aws-cloudformation-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['aws cloudformation describe-stacks', 'aws cloudformation deploy --stack-name api --template-file t.yaml', 'aws cloudformation list-stack-resources --stack-name api'],
  stop: [
    { command: 'aws cloudformation delete-stack --stack-name api', messageId: 'delete', severity: 'catastrophic' },
    { command: 'aws --region eu-west-1 cloudformation delete-stack --stack-name=api', messageId: 'delete' },
    { command: 'aws cloudformation delete-stack-set --stack-set-name baseline', messageId: 'delete' },
  ],
});
