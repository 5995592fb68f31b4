// The registries pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as cargoYank } from './cargo-yank';
import { rule as gemYank } from './gem-yank';
import { rule as imageDelete } from './image-delete';
import { rule as npmDeprecate } from './npm-deprecate';
import { rule as npmUnpublish } from './npm-unpublish';
import { rule as nugetDelete } from './nuget-delete';

export const rules: readonly Rule[] = [cargoYank, gemYank, imageDelete, npmDeprecate, npmUnpublish, nugetDelete];
