// filesystem/truncate: `truncate -s 0` (or any shrinking size) of files, which throws their contents away.
// Log files and temp files are left alone: emptying them is routine.
import { flagValue, operands } from '../../shell/args';
import type { Rule } from '../types';
import { isDataFile } from './data-paths';
import { classifyPathTarget, isDisposable } from './path-target';

const VALUE_FLAGS = ['-s', '--size', '-r', '--reference'];

/** `0`, `0K`, `0MB`, or a relative shrink (`-10M`, `<1G`, `/4K`, `%8`). Growing sizes (`+1G`, `10G`) are not shrinks. */
function shrinks(size: string): boolean {
  return /^0+([KMGTPEZY]i?B?|B)?$/i.test(size) || /^[-<\/%]/.test(size);
}

function isLog(word: string): boolean {
  return /\.log(\.\d+)?$|(^|\/)logs?\//i.test(word) || word.startsWith('/var/log/');
}

export const rule: Rule = {
  meta: {
    id: 'filesystem/truncate',
    title: 'Truncate files',
    severity: 'destructive',
    category: 'destructive',
    why: 'Truncating throws away a file\'s contents in place; nothing keeps a copy.',
    saferAlternative: 'Copy the file first (cp file file.bak), or rotate it (mv file file.old) instead of emptying it.',
    messages: {
      dataFile: 'truncate empties the database or backup file {{target}}.',
      file: 'truncate -s {{size}} throws away the contents of {{target}}.',
    },
  },
  commands: ['truncate'],
  match(command, context) {
    if (command.name !== 'truncate') return null;
    const size = flagValue(command.argv, ['--size'], 's');
    if (size === undefined || !shrinks(size)) return null;
    for (const word of operands(command.argv, VALUE_FLAGS)) {
      if (isLog(word) || isDisposable(classifyPathTarget(word, context))) continue;
      return { messageId: isDataFile(word) ? 'dataFile' : 'file', data: { target: word, size } };
    }
    return null;
  },
};
