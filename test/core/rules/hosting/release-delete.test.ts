import { rule } from '../../../../src/core/rules/hosting/release-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['gh release list', 'gh release view v1.0.0', 'gh release create v1.1.0 dist/*', 'gh release edit v1.0.0 --draft', 'gh release download v1.0.0', 'glab release list', 'echo gh release delete v1'],
  stop: [
    { command: 'gh release delete v1.0.0', messageId: 'release', severity: 'destructive' },
    { command: 'gh release delete v1.0.0 --yes --cleanup-tag', messageId: 'release' },
    { command: 'gh release delete -R acme/app v2.0.0 -y', messageId: 'release' },
    { command: 'gh release delete-asset v1.0.0 app.zip', messageId: 'asset' },
    { command: 'glab release delete v1.0.0', messageId: 'release' },
    { command: 'glab release delete v1.0.0 --with-tag', messageId: 'release' },
  ],
});
