// The filesystem pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as clobberDataFile } from './clobber-data-file';
import { rule as cmdDelete } from './cmd-delete';
import { rule as findDelete } from './find-delete';
import { rule as mvToDevNull } from './mv-to-dev-null';
import { rule as powershellRemoveItem } from './powershell-remove-item';
import { rule as rmData } from './rm-data';
import { rule as rmHiddenTargets } from './rm-hidden-targets';
import { rule as rmOutsideWorkspace } from './rm-outside-workspace';
import { rule as rmRootOrHome } from './rm-root-or-home';
import { rule as rmWorkspaceRoot } from './rm-workspace-root';
import { rule as rsyncDelete } from './rsync-delete';
import { rule as shred } from './shred';
import { rule as truncate } from './truncate';

export const rules: readonly Rule[] = [
  clobberDataFile,
  cmdDelete,
  findDelete,
  mvToDevNull,
  powershellRemoveItem,
  rmData,
  rmHiddenTargets,
  rmOutsideWorkspace,
  rmRootOrHome,
  rmWorkspaceRoot,
  rsyncDelete,
  shred,
  truncate,
];
