import { rule } from '../../../../src/core/rules/registries/gem-yank';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['gem push mygem-1.0.0.gem', 'gem install rails', 'gem list', 'bundle exec rake release', 'echo gem yank mygem'],
  stop: [
    { command: 'gem yank mygem -v 1.0.0', messageId: 'yank', severity: 'destructive' },
    { command: 'gem yank mygem --version 1.0.0 --platform x86_64-linux', messageId: 'yank' },
    { command: 'GEM_HOST_API_KEY=x gem yank mygem -v 0.1.0', messageId: 'yank' },
  ],
});
