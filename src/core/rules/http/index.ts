// The http pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';

export const rules: readonly Rule[] = [];
