import { rule } from '../../../../src/core/rules/filesystem/mv-to-dev-null';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['mv a.txt b.txt', 'mv build /tmp/old-build', 'ls > /dev/null', 'cp /dev/null app.log', 'echo mv x /dev/null'],
  stop: [
    { command: 'mv app.db /dev/null', messageId: 'devNull', severity: 'destructive' },
    { command: 'mv -f data /dev/null', messageId: 'devNull' },
    { command: 'mv -t /dev/null a b', messageId: 'devNull' },
    { command: 'sudo mv /etc/hosts /dev/null', messageId: 'devNull' },
  ],
});
