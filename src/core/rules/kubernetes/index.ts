// The kubernetes pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as deleteAll } from './delete-all';
import { rule as deleteFromFile } from './delete-from-file';
import { rule as deleteNamespace } from './delete-namespace';
import { rule as deleteResource } from './delete-resource';
import { rule as deleteStorage } from './delete-storage';
import { rule as drain } from './drain';
import { rule as forceReplace } from './force-replace';
import { rule as helmUninstall } from './helm-uninstall';
import { rule as scaleToZero } from './scale-to-zero';
import { rule as veleroBackupDelete } from './velero-backup-delete';

export const rules: readonly Rule[] = [
  deleteAll,
  deleteFromFile,
  deleteNamespace,
  deleteResource,
  deleteStorage,
  drain,
  forceReplace,
  helmUninstall,
  scaleToZero,
  veleroBackupDelete,
];
