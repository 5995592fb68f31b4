import { rule } from '../../../../src/core/rules/cloud/gsutil-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['gsutil ls gs://logs', 'gsutil cp file gs://logs/', 'gsutil -m rsync -r build gs://site', 'gsutil mb gs://new'],
  stop: [
    { command: 'gsutil rm -r gs://logs', messageId: 'rmRecursive' },
    { command: 'gsutil -m rm -r gs://logs/2024', messageId: 'rmRecursive' },
    { command: 'gsutil rm "gs://logs/**"', messageId: 'rmRecursive' },
    { command: 'gsutil rm gs://logs/app.log', messageId: 'rm', severity: 'caution' },
    { command: 'gsutil rb gs://logs', messageId: 'rb' },
    { command: 'gsutil -m rsync -d -r build gs://site', messageId: 'rsync' },
  ],
});
