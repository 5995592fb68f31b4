// filesystem/rm-data: rm of what git cannot restore inside or outside the workspace: database files, dumps,
// backups (`*.db`, `*.sqlite`, `dump.sql`), data folders (`data/`, `db/`, `backups/`, `volumes/`) and `.git` itself.
// A plain `rm file.txt` of source code is not matched: git brings it back.
import type { Rule, RuleMatch } from '../types';
import { dataFolderIn, isDataFile, isGitHistory } from './data-paths';
import { classifyPathTarget, isDisposable } from './path-target';
import { readRm, RM_COMMANDS } from './rm-command';

export const rule: Rule = {
  meta: {
    id: 'filesystem/rm-data',
    title: 'Delete data, backups or git history',
    severity: 'destructive',
    category: 'destructive',
    why: 'Databases, dumps, backups and the .git folder are not in version control; once deleted they cannot be restored.',
    saferAlternative: 'Move them to a dated backup folder first (mv data data.bak-$(date +%F)), or export the data before deleting.',
    messages: {
      gitHistory: '{{tool}} {{target}} deletes the repository history (.git): every commit, branch and stash not pushed.',
      dataFile: '{{tool}} {{target}} deletes a database, dump or backup file.',
      dataFolder: '{{tool}} {{target}} deletes the data folder "{{folder}}".',
    },
  },
  commands: RM_COMMANDS,
  match(command, context): RuleMatch | null {
    const rm = readRm(command);
    if (!rm) return null;
    for (const word of rm.targets) {
      if (isDisposable(classifyPathTarget(word, context))) continue;
      if (isGitHistory(word)) return { messageId: 'gitHistory', data: { tool: command.name, target: word } };
      if (isDataFile(word)) return { messageId: 'dataFile', data: { tool: command.name, target: word } };
      const folder = dataFolderIn(word);
      if (folder) return { messageId: 'dataFolder', data: { tool: command.name, target: word, folder } };
    }
    return null;
  },
};
