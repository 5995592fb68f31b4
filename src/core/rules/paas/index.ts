// The paas pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as databaseServiceDelete } from './database-service-delete';
import { rule as doctlDelete } from './doctl-delete';
import { rule as firebaseDataDelete } from './firebase-data-delete';
import { rule as flyDestroy } from './fly-destroy';
import { rule as herokuDestroy } from './heroku-destroy';
import { rule as netlifyDelete } from './netlify-delete';
import { rule as railwayDelete } from './railway-delete';
import { rule as railwayVolumeDelete } from './railway-volume-delete';
import { rule as renderDelete } from './render-delete';
import { rule as supabaseProjectDelete } from './supabase-project-delete';
import { rule as vercelRemove } from './vercel-remove';

export const rules: readonly Rule[] = [
  databaseServiceDelete,
  doctlDelete,
  firebaseDataDelete,
  flyDestroy,
  herokuDestroy,
  netlifyDelete,
  railwayDelete,
  railwayVolumeDelete,
  renderDelete,
  supabaseProjectDelete,
  vercelRemove,
];
