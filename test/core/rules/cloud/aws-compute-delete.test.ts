import { rule } from '../../../../src/core/rules/cloud/aws-compute-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['aws constructor delete-thing', 'aws ec2 describe-instances', 'aws ec2 stop-instances --instance-ids i-123', 'aws lambda invoke --function-name f out.json', 'aws ecs update-service --cluster c --service s --desired-count 0'],
  stop: [
    { command: 'aws ec2 terminate-instances --instance-ids i-0abc', messageId: 'delete' },
    { command: 'aws ec2 delete-volume --volume-id vol-123', messageId: 'delete' },
    { command: 'aws lambda delete-function --function-name api', messageId: 'delete' },
    { command: 'aws eks delete-cluster --name main', messageId: 'delete' },
    { command: 'aws ecr delete-repository --repository-name api --force', messageId: 'delete' },
    { command: 'aws efs delete-file-system --file-system-id fs-1', messageId: 'delete' },
  ],
});
