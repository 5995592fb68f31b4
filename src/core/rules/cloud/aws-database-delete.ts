// cloud/aws-database-delete: deleting managed databases and data stores on AWS: RDS / Aurora instances and clusters,
// DynamoDB tables, ElastiCache, Redshift, DocumentDB, Neptune, OpenSearch, MemoryDB, Keyspaces, Timestream, Lightsail DBs.
// Skipping the final snapshot or deleting automated backups on the way is catastrophic.
import { hasWord } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { AWS_COMMANDS, readAws } from './cloud-cli';
import { lookupTable } from '../lookup-table';

const DATABASE_OPERATIONS: Record<string, readonly string[]> = lookupTable({
  rds: ['delete-db-instance', 'delete-db-cluster', 'delete-global-cluster', 'delete-db-shard-group'],
  dynamodb: ['delete-table'],
  elasticache: ['delete-cache-cluster', 'delete-replication-group', 'delete-serverless-cache', 'delete-global-replication-group'],
  redshift: ['delete-cluster'],
  'redshift-serverless': ['delete-namespace', 'delete-workgroup'],
  docdb: ['delete-db-cluster', 'delete-db-instance'],
  'docdb-elastic': ['delete-cluster'],
  neptune: ['delete-db-cluster', 'delete-db-instance'],
  opensearch: ['delete-domain'],
  es: ['delete-elasticsearch-domain'],
  memorydb: ['delete-cluster'],
  keyspaces: ['delete-keyspace', 'delete-table'],
  'timestream-write': ['delete-database', 'delete-table'],
  lightsail: ['delete-relational-database'],
  qldb: ['delete-ledger'],
});

/** Flags that throw away the last way back while deleting. */
const NO_WAY_BACK = ['--skip-final-snapshot', '--delete-automated-backups', '--skip-final-cluster-snapshot', '--no-final-snapshot'];

export const rule: Rule = {
  meta: {
    id: 'cloud/aws-database-delete',
    title: 'Delete an AWS database',
    severity: 'destructive',
    category: 'destructive',
    why: 'Deleting a managed database deletes its data; only a snapshot taken before (and kept) brings it back.',
    saferAlternative: 'Take a manual snapshot first, keep --final-db-snapshot-identifier, and turn on deletion protection for databases that matter.',
    messages: {
      delete: 'aws {{service}} {{operation}} would delete {{target}} and its data.',
      noWayBack: 'aws {{service}} {{operation}} {{flag}} would delete {{target}} and leave no snapshot to restore from.',
    },
  },
  commands: AWS_COMMANDS,
  match(command): RuleMatch | null {
    const aws = readAws(command);
    if (!aws || !DATABASE_OPERATIONS[aws.service]?.includes(aws.operation)) return null;
    const idFlag = aws.argv.find((w) => /^--[a-z-]*(identifier|name|id)$/.test(w) && w !== '--final-db-snapshot-identifier');
    const target = idFlag ? aws.argv[aws.argv.indexOf(idFlag) + 1] ?? 'the database' : 'the database';
    const flag = NO_WAY_BACK.find((f) => hasWord(aws.argv, f));
    const data = { service: aws.service, operation: aws.operation, target, flag: flag ?? '' };
    if (flag) return { messageId: 'noWayBack', data, severity: 'catastrophic' };
    return { messageId: 'delete', data };
  },
};
