// The git pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as branchForceDelete } from './branch-force-delete';
import { rule as cleanForce } from './clean-force';
import { rule as discardChanges } from './discard-changes';
import { rule as pruneReflog } from './prune-reflog';
import { rule as pushDelete } from './push-delete';
import { rule as pushForce } from './push-force';
import { rule as resetHard } from './reset-hard';
import { rule as rewriteHistory } from './rewrite-history';
import { rule as stashDrop } from './stash-drop';
import { rule as updateRefDelete } from './update-ref-delete';

export const rules: readonly Rule[] = [
  branchForceDelete,
  cleanForce,
  discardChanges,
  pruneReflog,
  pushDelete,
  pushForce,
  resetHard,
  rewriteHistory,
  stashDrop,
  updateRefDelete,
];
