// The hosting pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
// (`gh api -X DELETE …` is judged by http/delete-request, which reads gh api like any HTTP client.)
import type { Rule } from '../types';
import { rule as releaseDelete } from './release-delete';
import { rule as repoDelete } from './repo-delete';
import { rule as resourceDelete } from './resource-delete';
import { rule as secretDelete } from './secret-delete';

export const rules: readonly Rule[] = [releaseDelete, repoDelete, resourceDelete, secretDelete];
