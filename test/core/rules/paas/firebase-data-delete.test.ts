import { rule } from '../../../../src/core/rules/paas/firebase-data-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['firebase deploy', 'firebase use staging', 'firebase firestore:indexes', 'firebase database:get /users', 'firebase emulators:start'],
  stop: [
    { command: 'firebase firestore:delete --all-collections', messageId: 'all', severity: 'catastrophic' },
    { command: 'firebase firestore:delete users -r', messageId: 'firestore', severity: 'destructive' },
    { command: 'firebase firestore:delete users/alice', messageId: 'firestore', severity: 'caution' },
    { command: 'firebase database:remove /users --force', messageId: 'rtdb', severity: 'destructive' },
    { command: 'npx firebase database:remove / -f', messageId: 'rtdb', severity: 'catastrophic' },
  ],
});
