// paas/firebase-data-delete: Firebase CLI data deletes: `firebase firestore:delete` (-r, --all-collections) and
// `firebase database:remove`.
import { hasFlag, hasWord, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

export const rule: Rule = {
  meta: {
    id: 'paas/firebase-data-delete',
    title: 'Firebase firestore:delete / database:remove',
    severity: 'destructive',
    category: 'destructive',
    why: 'These delete Firestore documents or Realtime Database data directly; without a scheduled export, nothing brings them back.',
    saferAlternative: 'Export first (gcloud firestore export gs://…), check the project (firebase use), and delete the narrowest path you can.',
    messages: {
      all: 'firebase firestore:delete --all-collections would delete every document of every collection in the project.',
      firestore: 'firebase firestore:delete {{path}} would delete {{what}}.',
      rtdb: 'firebase database:remove {{path}} would delete everything under that path.',
    },
  },
  commands: ['firebase'],
  match(command): RuleMatch | null {
    if (command.name !== 'firebase') return null;
    const { argv } = command;
    const words = operands(argv, ['-P', '--project', '--instance', '--database']);
    const path = words[1] ?? '';
    if (words[0] === 'firestore:delete') {
      if (hasWord(argv, '--all-collections')) return { messageId: 'all', severity: 'catastrophic' };
      const recursive = hasFlag(argv, 'r', '--recursive');
      return { messageId: 'firestore', data: { path, what: recursive ? 'the document and every subcollection under it' : 'the document' }, severity: recursive ? 'destructive' : 'caution' };
    }
    if (words[0] === 'database:remove') return { messageId: 'rtdb', data: { path }, severity: path === '/' || path === '' ? 'catastrophic' : 'destructive' };
    return null;
  },
};
