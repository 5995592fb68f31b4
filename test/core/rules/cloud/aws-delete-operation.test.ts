import { rule } from '../../../../src/core/rules/cloud/aws-delete-operation';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['aws sqs receive-message --queue-url q', 'aws ec2 delete-tags --resources i-1 --tags Key=x', 'aws s3 rb s3://logs', 'aws rds delete-db-instance --db-instance-identifier app', 'aws sns list-topics', 'aws route53 list-hosted-zones'],
  stop: [
    { command: 'aws route53 delete-hosted-zone --id Z123', messageId: 'delete' },
    { command: 'aws sqs purge-queue --queue-url https://sqs/q', messageId: 'delete' },
    { command: 'aws sns delete-topic --topic-arn arn:aws:sns:x', messageId: 'delete' },
    { command: 'aws ec2 delete-vpc --vpc-id vpc-1', messageId: 'delete' },
    { command: 'aws logs delete-log-group --log-group-name /aws/lambda/api', messageId: 'delete' },
  ],
});
