import { rule } from '../../../../src/core/rules/registries/npm-unpublish';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['npm publish', 'npm publish --access public', 'npm un lodash', 'npm uninstall lodash', 'npm unpublish --dry-run my-pkg@1.0.0', 'pnpm publish', 'yarn npm publish', 'npm view my-pkg versions', 'echo npm unpublish my-pkg', 'npm deprecate my-pkg@1.0.0 "use 1.0.1"'],
  stop: [
    { command: 'npm unpublish my-pkg@1.0.0', messageId: 'version', severity: 'destructive' },
    { command: 'npm unpublish @acme/ui@2.3.1', messageId: 'version' },
    { command: 'npm --registry https://registry.npmjs.org unpublish my-pkg@1.0.0', messageId: 'version' },
    { command: 'npm unpublish my-pkg --force', messageId: 'package', severity: 'catastrophic' },
    { command: 'npm unpublish --force', messageId: 'package', severity: 'catastrophic' },
    { command: 'npm unpublish -f @acme/ui', messageId: 'package' },
    { command: 'npm unpublish my-pkg@1.0.0 --force', messageId: 'package' },
    { command: 'npm unpublish @acme/ui', messageId: 'package' },
    { command: 'pnpm unpublish my-pkg@1.0.0', messageId: 'version' },
    { command: 'yarn npm unpublish my-pkg@1.0.0', messageId: 'version' },
    { command: 'NPM_TOKEN=x npm unpublish my-pkg@1.0.0', messageId: 'version' },
  ],
});
