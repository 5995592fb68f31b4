// The interpreters pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as inlineDatabaseDrop } from './inline-database-drop';
import { rule as inlineDelete } from './inline-delete';
import { rule as inlineShellOut } from './inline-shell-out';

export const rules: readonly Rule[] = [inlineDatabaseDrop, inlineDelete, inlineShellOut];
