// cloud/az-group-delete: `az group delete` deletes an Azure resource group and every resource inside it.
import { flagValue } from '../../shell/args';
import type { Rule } from '../types';
import { AZ_COMMANDS, readAz } from './cloud-cli';

const DELETE: ReadonlySet<string> = new Set(['delete']);

export const rule: Rule = {
  meta: {
    id: 'cloud/az-group-delete',
    title: 'Delete an Azure resource group',
    severity: 'catastrophic',
    category: 'destructive',
    why: 'Deleting a resource group deletes every resource in it: databases, storage accounts, VMs and their disks.',
    saferAlternative: 'Add a delete lock to groups that matter (az lock create --lock-type CanNotDelete), list the resources first, and delete only what you mean.',
    messages: {
      group: 'az group delete would delete the resource group {{group}} and every resource in it.',
    },
  },
  commands: AZ_COMMANDS,
  match(command) {
    const az = readAz(command, DELETE);
    if (!az || az.path.join(' ') !== 'group') return null;
    return { messageId: 'group', data: { group: flagValue(command.argv, ['--name', '--resource-group'], 'n') ?? flagValue(command.argv, [], 'g') ?? '' } };
  },
};
