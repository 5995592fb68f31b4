import { rule } from '../../../../src/core/rules/cloud/aws-s3-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['aws s3 ls s3://logs', 'aws s3 cp build/ s3://site --recursive', 'aws s3 sync build/ s3://site', 'aws s3 rm s3://logs --recursive --dryrun', 'aws s3api get-bucket-versioning --bucket logs', 'aws s3 mb s3://new-bucket'],
  stop: [
    { command: 'aws s3 rb s3://logs', messageId: 'rb', severity: 'destructive' },
    { command: 'aws s3 rb s3://logs --force', messageId: 'rbForce', severity: 'catastrophic' },
    { command: 'aws --profile dev s3 rm s3://logs/2024/ --recursive', messageId: 'rmRecursive' },
    { command: 'aws s3 rm s3://logs/app.log', messageId: 'rm', severity: 'caution' },
    { command: 'aws s3 sync build/ s3://site --delete', messageId: 'syncDelete' },
    { command: 'aws s3api delete-bucket --bucket logs', messageId: 'api' },
    { command: 'aws s3api delete-objects --bucket logs --delete file://keys.json', messageId: 'api' },
    { command: 'sudo aws s3 rb s3://logs --force', messageId: 'rbForce' },
  ],
});
