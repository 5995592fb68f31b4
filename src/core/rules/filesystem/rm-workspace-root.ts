// filesystem/rm-workspace-root: recursive rm of the whole workspace (`rm -rf .`, `rm -rf *` at the root,
// `rm -rf "$PWD"`, `rm -rf ..` from a subfolder): code, .git history and every uncommitted file at once.
import type { Rule } from '../types';
import type { PathTarget } from './path-target';
import { recursiveRmTarget, RM_COMMANDS } from './rm-command';

const isWorkspace = (target: PathTarget): boolean => target.kind === 'workspace';

export const rule: Rule = {
  meta: {
    id: 'filesystem/rm-workspace-root',
    title: 'Delete the whole workspace',
    severity: 'destructive',
    category: 'destructive',
    why: 'This deletes the whole project, including its .git history and every change not yet pushed.',
    saferAlternative: 'Delete only the folders you mean (rm -rf dist node_modules), or use git clean -n to preview what is untracked.',
    messages: {
      workspace: '{{tool}} {{target}} deletes the whole workspace ({{path}}).',
      contents: '{{tool}} {{target}} deletes everything in the workspace ({{path}}), .git included.',
    },
  },
  commands: RM_COMMANDS,
  match(command, context) {
    const target = recursiveRmTarget(command, context, isWorkspace);
    return target ? { messageId: target.glob ? 'contents' : 'workspace', data: { tool: command.name, target: target.word, path: target.absolute ?? target.word } } : null;
  },
};
