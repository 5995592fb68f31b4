// The containers pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as composeDownVolumes } from './compose-down-volumes';
import { rule as systemPruneVolumes } from './system-prune-volumes';
import { rule as volumeRemove } from './volume-remove';

export const rules: readonly Rule[] = [composeDownVolumes, systemPruneVolumes, volumeRemove];
