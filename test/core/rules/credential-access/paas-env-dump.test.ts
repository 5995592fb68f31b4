import { rule } from '../../../../src/core/rules/credential-access/paas-env-dump';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: [
    'railway variables --set "PORT=3000"',
    'railway up',
    'railway logs',
    'heroku config:set NODE_ENV=production -a app',
    'heroku logs --tail',
    'vercel env ls',
    'vercel env add API_URL production',
    'vercel deploy',
    'netlify env:set API_URL https://x',
    'fly secrets list',
    'fly secrets set KEY=value',
    'gh secret list',
    'wrangler secret list',
  ],
  stop: [
    { command: 'railway variables', messageId: 'print' },
    { command: 'railway variables --kv', messageId: 'print' },
    { command: 'railway variables -s api --json', messageId: 'print' },
    { command: 'heroku config', messageId: 'print' },
    { command: 'heroku config -a my-app', messageId: 'print' },
    { command: 'heroku config:get DATABASE_URL -a my-app', messageId: 'print' },
    { command: 'vercel env pull', messageId: 'download' },
    { command: 'vercel env pull .env.local --environment=production', messageId: 'download' },
    { command: 'vercel pull --yes --environment=production', messageId: 'download' },
    { command: 'netlify env:list', messageId: 'print' },
    { command: 'netlify env:get STRIPE_SECRET_KEY', messageId: 'print' },
    { command: 'firebase functions:config:get', messageId: 'print' },
    { command: 'dokku config my-app', messageId: 'print' },
    { command: 'cf env my-app', messageId: 'print' },
    { command: 'eb printenv', messageId: 'print' },
    { command: 'npx vercel env pull', messageId: 'download' },
  ],
});
