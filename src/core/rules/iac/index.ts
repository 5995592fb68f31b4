// The iac pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as autoApproveApply } from './auto-approve-apply';
import { rule as cdkDestroy } from './cdk-destroy';
import { rule as pulumiDestroy } from './pulumi-destroy';
import { rule as stackRemove } from './stack-remove';
import { rule as terraformDestroy } from './terraform-destroy';
import { rule as terraformStateChange } from './terraform-state-change';
import { rule as terraformTaint } from './terraform-taint';
import { rule as terraformWorkspaceDelete } from './terraform-workspace-delete';

export const rules: readonly Rule[] = [
  autoApproveApply,
  cdkDestroy,
  pulumiDestroy,
  stackRemove,
  terraformDestroy,
  terraformStateChange,
  terraformTaint,
  terraformWorkspaceDelete,
];
