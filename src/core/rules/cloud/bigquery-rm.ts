// cloud/bigquery-rm: `bq rm` deletes BigQuery datasets (with -r, every table in them), tables and models.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

export const rule: Rule = {
  meta: {
    id: 'cloud/bigquery-rm',
    title: 'bq rm',
    severity: 'destructive',
    category: 'destructive',
    why: 'bq rm deletes the table or dataset; with -r every table in the dataset goes, and time travel only reaches back 7 days at most.',
    saferAlternative: 'Copy the table first (bq cp) or set an expiration instead of deleting now.',
    messages: {
      dataset: 'bq rm -r would delete the dataset {{target}} and every table in it.',
      table: 'bq rm would delete {{target}}.',
    },
  },
  commands: ['bq'],
  match(command): RuleMatch | null {
    if (command.name !== 'bq') return null;
    const words = operands(command.argv, ['--project_id', '--location', '--dataset_id', '--format', '--api']);
    if (words[0] !== 'rm') return null;
    const target = words[1] ?? '';
    if (hasFlag(command.argv, 'r', '--recursive')) return { messageId: 'dataset', data: { target }, severity: 'catastrophic' };
    return { messageId: 'table', data: { target } };
  },
};
