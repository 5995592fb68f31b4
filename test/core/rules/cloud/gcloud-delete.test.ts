import { rule } from '../../../../src/core/rules/cloud/gcloud-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['gcloud compute instances list', 'gcloud sql instances describe db', 'gcloud config configurations delete old', 'gcloud auth revoke', 'gcloud projects delete my-proj', 'gcloud storage ls gs://b', 'gcloud run deploy api --source .'],
  stop: [
    { command: 'gcloud compute instances delete vm-1 --zone europe-west1-b', messageId: 'delete' },
    { command: 'gcloud container clusters delete main --region europe-west1 --quiet', messageId: 'delete' },
    { command: 'gcloud sql instances delete db-main', messageId: 'withBackups', severity: 'catastrophic' },
    { command: 'gcloud firestore databases delete --database=orders', messageId: 'withBackups' },
    { command: 'gcloud beta run services delete api', messageId: 'delete' },
    { command: 'gcloud storage buckets delete gs://logs', messageId: 'delete' },
    { command: 'gcloud storage rm -r gs://logs', messageId: 'storageRm' },
    { command: 'gcloud storage rm --recursive gs://logs/2024', messageId: 'storageRm' },
    { command: 'gcloud storage rm gs://logs/app.log', messageId: 'delete', severity: 'caution' },
    { command: 'gcloud secrets delete api-key', messageId: 'delete' },
  ],
});
