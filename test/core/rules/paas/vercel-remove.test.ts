import { rule } from '../../../../src/core/rules/paas/vercel-remove';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['vercel', 'vercel deploy --prod', 'vercel ls', 'vercel env ls', 'vercel env pull .env.local', 'vercel env add API_URL', 'vercel domains ls', 'vercel project ls'],
  stop: [
    { command: 'vercel remove my-app', messageId: 'deployments' },
    { command: 'vercel rm my-app --yes', messageId: 'deployments' },
    { command: 'npx vercel rm my-app-abc123.vercel.app', messageId: 'deployments' },
    { command: 'vercel project rm my-app', messageId: 'group' },
    { command: 'vercel env rm API_KEY production', messageId: 'group' },
    { command: 'vercel domains rm example.com', messageId: 'group' },
    { command: 'vercel blob del uploads/a.png', messageId: 'group' },
  ],
});
