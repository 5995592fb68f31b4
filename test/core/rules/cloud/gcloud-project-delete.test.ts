import { rule } from '../../../../src/core/rules/cloud/gcloud-project-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['gcloud projects list', 'gcloud projects describe my-proj', 'gcloud config set project my-proj', 'gcloud projects create new-proj'],
  stop: [
    { command: 'gcloud projects delete my-proj', messageId: 'project', severity: 'catastrophic' },
    { command: 'gcloud projects delete my-proj --quiet', messageId: 'project' },
    { command: 'gcloud beta projects delete my-proj', messageId: 'project' },
  ],
});
