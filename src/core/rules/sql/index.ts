// The sql pack: every rule of this pack, sorted by id. A meta-test checks this list against the files beside it.
import type { Rule } from '../types';
import { rule as alterTableDrop } from './alter-table-drop';
import { rule as deleteWithoutWhere } from './delete-without-where';
import { rule as destructiveScript } from './destructive-script';
import { rule as dropDatabaseTool } from './drop-database-tool';
import { rule as dropStatement } from './drop-statement';
import { rule as mongoWipe } from './mongo-wipe';
import { rule as redisFlush } from './redis-flush';
import { rule as restoreClean } from './restore-clean';
import { rule as truncateStatement } from './truncate-statement';
import { rule as updateWithoutWhere } from './update-without-where';

export const rules: readonly Rule[] = [
  alterTableDrop,
  deleteWithoutWhere,
  destructiveScript,
  dropDatabaseTool,
  dropStatement,
  mongoWipe,
  redisFlush,
  restoreClean,
  truncateStatement,
  updateWithoutWhere,
];
