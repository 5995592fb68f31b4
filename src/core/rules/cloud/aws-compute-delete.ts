// cloud/aws-compute-delete: deleting AWS compute and its disks: EC2 instances and volumes, images, Lambda functions,
// ECS / EKS clusters and services, ECR repositories, Auto Scaling groups, Beanstalk environments, Lightsail instances.
import type { Rule } from '../types';
import { AWS_COMMANDS, readAws } from './cloud-cli';
import { lookupTable } from '../lookup-table';

const COMPUTE_OPERATIONS: Record<string, readonly string[]> = lookupTable({
  ec2: ['terminate-instances', 'delete-volume', 'deregister-image', 'delete-fleets', 'delete-launch-template'],
  lambda: ['delete-function'],
  ecs: ['delete-cluster', 'delete-service'],
  eks: ['delete-cluster', 'delete-nodegroup', 'delete-fargate-profile'],
  ecr: ['delete-repository', 'batch-delete-image'],
  autoscaling: ['delete-auto-scaling-group'],
  elasticbeanstalk: ['terminate-environment', 'delete-application'],
  lightsail: ['delete-instance', 'delete-disk', 'delete-container-service'],
  apprunner: ['delete-service'],
  batch: ['delete-compute-environment'],
  efs: ['delete-file-system'],
  fsx: ['delete-file-system', 'delete-volume'],
});

export const rule: Rule = {
  meta: {
    id: 'cloud/aws-compute-delete',
    title: 'Delete AWS compute or disks',
    severity: 'destructive',
    category: 'destructive',
    why: 'Terminated instances and deleted volumes, file systems and functions are gone for good, with whatever data was on them.',
    saferAlternative: 'Stop instead of terminating (aws ec2 stop-instances), snapshot volumes first, and enable termination protection.',
    messages: {
      delete: 'aws {{service}} {{operation}} would delete {{target}} for good.',
    },
  },
  commands: AWS_COMMANDS,
  match(command) {
    const aws = readAws(command);
    if (!aws || !COMPUTE_OPERATIONS[aws.service]?.includes(aws.operation)) return null;
    const idFlag = aws.argv.find((w) => /^--[a-z-]*(ids?|name|identifier|arn)$/.test(w));
    const target = idFlag ? aws.argv[aws.argv.indexOf(idFlag) + 1] ?? 'the resource' : 'the resource';
    return { messageId: 'delete', data: { service: aws.service, operation: aws.operation, target } };
  },
};
