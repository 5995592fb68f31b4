// cloud/az-delete: `az … delete` for any Azure resource, `az storage blob delete-batch`, `az keyvault purge`, and
// `az deployment group create --mode Complete` (deletes what the template leaves out). Resource groups have their own
// rule; local settings (`az extension remove`, `az config unset`) are left alone.
import { flagValue } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { AZ_COMMANDS, readAz } from './cloud-cli';

const VERBS = new Set(['delete', 'delete-batch', 'purge', 'create']);
const LOCAL_GROUPS = new Set(['extension', 'config', 'cache', 'cloud', 'bicep', 'devops', 'account']);

export const rule: Rule = {
  meta: {
    id: 'cloud/az-delete',
    title: 'az delete',
    severity: 'destructive',
    category: 'destructive',
    why: 'Azure deletes take effect at once; databases, storage and secrets deleted this way lose their data (purge even skips soft delete).',
    saferAlternative: 'Check the subscription (az account show), export or back up first, and put delete locks on resources that matter.',
    messages: {
      delete: 'az {{path}} {{verb}} would delete {{target}} from Azure.',
      complete: 'az deployment group create --mode Complete would delete every resource in the group that the template does not list.',
    },
  },
  commands: AZ_COMMANDS,
  match(command): RuleMatch | null {
    const az = readAz(command, VERBS);
    if (!az || az.path.length === 0 || LOCAL_GROUPS.has(az.path[0])) return null;
    const path = az.path.join(' ');
    if (az.verb === 'create') {
      const mode = flagValue(command.argv, ['--mode']);
      return path === 'deployment group' && mode?.toLowerCase() === 'complete' ? { messageId: 'complete' } : null;
    }
    if (path === 'group') return null;
    const name = flagValue(command.argv, ['--name'], 'n') ?? flagValue(command.argv, ['--source', '--ids'], 's');
    return { messageId: 'delete', data: { path, verb: az.verb, target: name ?? `the ${az.path[az.path.length - 1]}` } };
  },
};
