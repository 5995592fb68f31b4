// cloud/gsutil-delete: Cloud Storage deletes through gsutil: `gsutil rm -r` / wildcards, `gsutil rb`, `gsutil rsync -d`;
// removing one object is caution.
import { hasFlag, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

/** gsutil's own options come before the subcommand (`gsutil -m rm …`). */
const TOP_VALUE_FLAGS = ['-o', '-h', '-u'];

export const rule: Rule = {
  meta: {
    id: 'cloud/gsutil-delete',
    title: 'gsutil rm -r / rb',
    severity: 'destructive',
    category: 'destructive',
    why: 'Cloud Storage deletes are immediate; unless the bucket keeps object versions, the data cannot be brought back.',
    saferAlternative: 'List first (gsutil ls -r …), check object versioning, or copy the objects elsewhere before deleting.',
    messages: {
      rmRecursive: 'gsutil rm {{how}} would delete every object under {{target}}.',
      rm: 'gsutil rm would delete {{target}}.',
      rb: 'gsutil rb would delete the bucket {{target}}.',
      rsync: 'gsutil rsync -d would delete every object in {{target}} that is not in the source.',
    },
  },
  commands: ['gsutil'],
  match(command): RuleMatch | null {
    if (command.name !== 'gsutil') return null;
    const words = operands(command.argv, TOP_VALUE_FLAGS);
    const sub = words[0];
    const at = command.argv.indexOf(sub);
    const subArgv = ['gsutil', ...command.argv.slice(at + 1)];
    const urls = words.slice(1).filter((w) => /^gs:\/\//.test(w));
    const target = urls[urls.length - 1] ?? words.slice(1).join(' ');
    if (sub === 'rm' || sub === 'del' || sub === 'delete' || sub === 'remove') {
      if (hasFlag(subArgv, 'rRa', '--recursive')) return { messageId: 'rmRecursive', data: { how: '-r', target } };
      if (urls.some((u) => /\*/.test(u))) return { messageId: 'rmRecursive', data: { how: 'with a wildcard', target } };
      return { messageId: 'rm', data: { target }, severity: 'caution' };
    }
    if (sub === 'rb') return { messageId: 'rb', data: { target } };
    if (sub === 'rsync' && hasFlag(subArgv, 'd', '--delete-unmatched-destination-objects')) return { messageId: 'rsync', data: { target } };
    return null;
  },
};
