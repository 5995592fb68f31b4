// hosting/release-delete: deleting published releases or their assets: `gh release delete`, `gh release
// delete-asset`, `glab release delete`. Download links people depend on stop working.
import { hasFlag } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';
import { HOSTING_COMMANDS, isDeleteVerb, readHostingCall } from './hosting-cli';

export const rule: Rule = {
  meta: {
    id: 'hosting/release-delete',
    title: 'Delete a release',
    severity: 'destructive',
    category: 'destructive',
    why: 'Deleting a release removes its notes and downloadable files; links and install scripts pointing at it break, and the files cannot be restored.',
    saferAlternative: 'Edit the release instead (gh release edit TAG --draft, or mark it as a pre-release) and publish a fixed one.',
    messages: {
      release: '{{tool}} release {{verb}} deletes the release {{tag}}{{tagToo}}.',
      asset: '{{tool}} release delete-asset deletes a downloadable file from {{tag}}.',
    },
  },
  commands: HOSTING_COMMANDS,
  match(command): RuleMatch | null {
    const call = readHostingCall(command);
    if (!call) return null;
    const [noun, verb, tag] = call.words;
    if (noun !== 'release' && noun !== 'releases') return null;
    if (verb === 'delete-asset') return { messageId: 'asset', data: { tool: call.tool, tag: tag ?? 'the release' } };
    if (!isDeleteVerb(verb)) return null;
    const tagToo = hasFlag(command.argv, '', '--cleanup-tag', '--with-tag') ? ' and its git tag' : '';
    return { messageId: 'release', data: { tool: call.tool, verb: verb ?? 'delete', tag: tag ?? 'the release', tagToo } };
  },
};
