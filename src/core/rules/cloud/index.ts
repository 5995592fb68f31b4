// The cloud pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as awsBackupDelete } from './aws-backup-delete';
import { rule as awsCloudformationDelete } from './aws-cloudformation-delete';
import { rule as awsComputeDelete } from './aws-compute-delete';
import { rule as awsDatabaseDelete } from './aws-database-delete';
import { rule as awsDeleteOperation } from './aws-delete-operation';
import { rule as awsIamDelete } from './aws-iam-delete';
import { rule as awsKeyDeletion } from './aws-key-deletion';
import { rule as awsS3Delete } from './aws-s3-delete';
import { rule as azDelete } from './az-delete';
import { rule as azGroupDelete } from './az-group-delete';
import { rule as bigqueryRm } from './bigquery-rm';
import { rule as gcloudDelete } from './gcloud-delete';
import { rule as gcloudProjectDelete } from './gcloud-project-delete';
import { rule as gsutilDelete } from './gsutil-delete';

export const rules: readonly Rule[] = [
  awsBackupDelete,
  awsCloudformationDelete,
  awsComputeDelete,
  awsDatabaseDelete,
  awsDeleteOperation,
  awsIamDelete,
  awsKeyDeletion,
  awsS3Delete,
  azDelete,
  azGroupDelete,
  bigqueryRm,
  gcloudDelete,
  gcloudProjectDelete,
  gsutilDelete,
];
