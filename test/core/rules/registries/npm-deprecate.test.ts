import { rule } from '../../../../src/core/rules/registries/npm-deprecate';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['npm publish', 'npm view my-pkg deprecated', 'npm deprecate my-pkg@1.0.0 ""', 'npm install deprecate', 'echo npm deprecate x'],
  stop: [
    { command: 'npm deprecate my-pkg@"< 1.0.5" "critical bug, upgrade"', messageId: 'deprecate', severity: 'caution' },
    { command: 'npm deprecate my-pkg "no longer maintained"', messageId: 'deprecate' },
    { command: 'npm deprecate @acme/ui@1.x "moved to @acme/ui2"', messageId: 'deprecate' },
    { command: 'pnpm deprecate my-pkg@1 "old"', messageId: 'deprecate' },
  ],
});
