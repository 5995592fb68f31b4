// cloud/aws-backup-delete: deleting the backups themselves: AWS Backup vaults and recovery points, RDS and EBS snapshots,
// DynamoDB backups, Glacier vaults and archives. These are the way back after any other mistake.
import type { Rule } from '../types';
import { AWS_COMMANDS, readAws } from './cloud-cli';
import { lookupTable } from '../lookup-table';

const BACKUP_OPERATIONS: Record<string, readonly string[]> = lookupTable({
  backup: ['delete-backup-vault', 'delete-recovery-point', 'delete-backup-plan', 'delete-backup-selection', 'delete-backup-vault-lock-configuration'],
  rds: ['delete-db-snapshot', 'delete-db-cluster-snapshot', 'delete-db-instance-automated-backup', 'delete-db-cluster-automated-backup'],
  ec2: ['delete-snapshot'],
  dynamodb: ['delete-backup'],
  glacier: ['delete-vault', 'delete-archive'],
  redshift: ['delete-cluster-snapshot'],
  elasticache: ['delete-snapshot'],
  lightsail: ['delete-relational-database-snapshot', 'delete-instance-snapshot', 'delete-disk-snapshot'],
  docdb: ['delete-db-cluster-snapshot'],
  neptune: ['delete-db-cluster-snapshot'],
});

export const rule: Rule = {
  meta: {
    id: 'cloud/aws-backup-delete',
    title: 'Delete AWS backups or snapshots',
    severity: 'destructive',
    category: 'destructive',
    why: 'Backups and snapshots are the way back after a mistake; once deleted, a later loss cannot be undone.',
    saferAlternative: 'Let the backup plan\'s retention expire them, or copy the snapshot to another account or region before deleting.',
    messages: {
      delete: 'aws {{service}} {{operation}} would delete backups ({{target}}) that may be the only way to restore data.',
    },
  },
  commands: AWS_COMMANDS,
  match(command) {
    const aws = readAws(command);
    if (!aws || !BACKUP_OPERATIONS[aws.service]?.includes(aws.operation)) return null;
    const idFlag = aws.argv.find((w) => /^--[a-z-]*(identifier|id|arn|name)$/.test(w));
    const target = idFlag ? aws.argv[aws.argv.indexOf(idFlag) + 1] ?? 'named' : 'named';
    return { messageId: 'delete', data: { service: aws.service, operation: aws.operation, target } };
  },
};
