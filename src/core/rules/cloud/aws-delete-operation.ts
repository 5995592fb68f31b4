// cloud/aws-delete-operation: any other AWS CLI operation that deletes, terminates or purges (`aws <service> delete-…`),
// for services the specific aws-* rules do not list. Tag removal is left alone.
import type { Rule } from '../types';
import { rule as backupDelete } from './aws-backup-delete';
import { rule as cloudformationDelete } from './aws-cloudformation-delete';
import { rule as computeDelete } from './aws-compute-delete';
import { rule as databaseDelete } from './aws-database-delete';
import { rule as iamDelete } from './aws-iam-delete';
import { rule as keyDeletion } from './aws-key-deletion';
import { rule as s3Delete } from './aws-s3-delete';
import { AWS_COMMANDS, readAws } from './cloud-cli';

const SPECIFIC = [backupDelete, cloudformationDelete, computeDelete, databaseDelete, iamDelete, keyDeletion, s3Delete];

export const rule: Rule = {
  meta: {
    id: 'cloud/aws-delete-operation',
    title: 'AWS delete / terminate operation',
    severity: 'destructive',
    category: 'destructive',
    why: 'AWS deletes take effect at once and most cannot be undone; what the resource held or did is gone.',
    saferAlternative: 'Describe the resource first (aws <service> describe-… / get-…), check the profile and region, and keep a backup or export.',
    messages: {
      delete: 'aws {{service}} {{operation}} would delete or terminate a resource in AWS.',
    },
  },
  commands: AWS_COMMANDS,
  match(command, context) {
    const aws = readAws(command);
    if (!aws || !/^(delete|batch-delete|terminate|purge|deregister)-/.test(aws.operation)) return null;
    if (/tags?$/.test(aws.operation) || SPECIFIC.some((r) => r.match(command, context))) return null;
    return { messageId: 'delete', data: { service: aws.service, operation: aws.operation } };
  },
};
