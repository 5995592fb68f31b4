// registries/cargo-yank: `cargo yank` stops new projects from resolving a crate version. It can be undone with
// `cargo yank --undo`, hence only a caution; `--undo` itself is not matched.
import { flagValue, hasFlag, operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'registries/cargo-yank',
    title: 'Yank a crate version',
    severity: 'caution',
    category: 'destructive',
    why: 'A yanked version can no longer be picked by new lockfiles, so projects that need it stop resolving.',
    saferAlternative: 'Publish a fixed version first; yank only versions that are actually harmful (it can be undone with cargo yank --undo).',
    messages: {
      yank: 'cargo yank withdraws {{crate}} from crates.io for new users.',
    },
  },
  commands: ['cargo'],
  match(command) {
    if (command.name !== 'cargo' || operands(command.argv)[0] !== 'yank' || hasFlag(command.argv, '', '--undo')) return null;
    const crate = operands(command.argv, ['--version', '--vers', '--registry', '--index', '--token'])[1] ?? 'a version';
    const version = flagValue(command.argv, ['--version', '--vers']);
    return { messageId: 'yank', data: { crate: version ? `${crate}@${version}` : crate } };
  },
};
