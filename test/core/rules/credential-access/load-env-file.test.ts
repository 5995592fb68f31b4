import { rule } from '../../../../src/core/rules/credential-access/load-env-file';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['source .venv/bin/activate', '. ~/.nvm/nvm.sh', 'source ~/.bashrc', 'source .env.example', 'cat .gitignore', 'echo source .env'],
  stop: [
    { command: 'source .env', messageId: 'load' },
    { command: '. .env', messageId: 'load' },
    { command: '. ./.env.production', messageId: 'load' },
    { command: 'set -a; source .env.local; set +a', messageId: 'load' },
    { command: 'set -a && . ./.env && set +a && npm run migrate', messageId: 'load' },
    { command: 'source ~/.envrc', messageId: 'load' },
    { command: 'bash -c "source .env && node scripts/seed.js"', messageId: 'load' },
  ],
});
