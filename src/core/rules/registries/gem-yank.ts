// registries/gem-yank: `gem yank` removes a gem version from RubyGems.org; the same version number can never be
// pushed again, so it is not undoable.
import { flagValue, operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'registries/gem-yank',
    title: 'Yank a gem version',
    severity: 'destructive',
    category: 'destructive',
    why: 'A yanked gem version disappears for everyone who installs it, and RubyGems never accepts that version number again.',
    saferAlternative: 'Release a fixed version instead and yank only versions that are actually harmful.',
    messages: {
      yank: 'gem yank removes {{gem}} from RubyGems.org for good.',
    },
  },
  commands: ['gem'],
  match(command) {
    if (command.name !== 'gem' || operands(command.argv)[0] !== 'yank') return null;
    const gem = operands(command.argv, ['-v', '--version', '--platform', '--host', '-k', '--key', '--otp'])[1] ?? 'a gem';
    const version = flagValue(command.argv, ['--version'], 'v');
    return { messageId: 'yank', data: { gem: version ? `${gem} ${version}` : gem } };
  },
};
