import { rule } from '../../../../src/core/rules/git/rewrite-history';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['git log', 'git rebase -i HEAD~3', 'git filter', 'echo git filter-branch', 'java -jar app.jar'],
  stop: [
    { command: "git filter-branch --tree-filter 'rm -f passwords.txt' HEAD", messageId: 'rewrite', severity: 'destructive' },
    { command: 'git filter-branch -f --index-filter "git rm --cached --ignore-unmatch x" -- --all', messageId: 'rewrite' },
    { command: 'git filter-repo --path secrets/ --invert-paths', messageId: 'rewrite' },
    { command: 'git-filter-repo --strip-blobs-bigger-than 10M', messageId: 'rewrite' },
    { command: 'bfg --delete-files id_rsa', messageId: 'rewrite' },
    { command: 'java -jar bfg-1.14.0.jar --strip-blobs-bigger-than 100M', messageId: 'rewrite' },
  ],
});
