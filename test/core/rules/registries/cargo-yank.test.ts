import { rule } from '../../../../src/core/rules/registries/cargo-yank';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['cargo publish', 'cargo build --release', 'cargo yank --undo --version 1.0.1 mycrate', 'cargo yank mycrate@1.0.1 --undo', 'echo cargo yank'],
  stop: [
    { command: 'cargo yank --version 1.0.1 mycrate', messageId: 'yank', severity: 'caution' },
    { command: 'cargo yank --vers 1.0.1', messageId: 'yank' },
    { command: 'cargo yank mycrate@1.0.1', messageId: 'yank' },
  ],
});
