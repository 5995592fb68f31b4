// credential-access/paas-env-dump: hosting CLIs that print or download every environment variable of an app —
// `railway variables`, `heroku config` / `config:get`, `vercel env pull` / `vercel pull`, `netlify env:list` /
// `env:get`, `firebase functions:config:get`, `dokku config`, `cf env`, `eb printenv`. Setting a variable, or listing
// names only (`vercel env ls`, `fly secrets list`), is fine.
import { hasFlag, hasWord, operands } from '../../shell/args';
import type { Rule, RuleMatch } from '../types';

/** What the tool (`railway`, `vercel`, … possibly run through npx/pnpm dlx) dumps, or undefined. */
function dump(tool: string, argv: readonly string[]): { what: string; download?: boolean } | undefined {
  const ops = operands(argv, ['-s', '--service', '-e', '--environment', '-a', '--app', '-r', '--remote', '--scope', '--context', '--token', '--cwd', '--environment-name', '--filter', '--project']);
  switch (tool) {
    case 'railway':
      return ['variables', 'variable', 'vars'].includes(ops[0] ?? '') && !hasFlag(argv, '', '--set', '--remove') ? { what: 'Railway service variables' } : undefined;
    case 'heroku':
      if (ops[0] === 'config' || ops[0] === 'config:get') return { what: 'Heroku config vars' };
      return undefined;
    case 'vercel': case 'vc':
      if (ops[0] === 'env' && ops[1] === 'pull') return { what: 'Vercel environment variables', download: true };
      if (ops[0] === 'pull') return { what: 'Vercel environment variables', download: true };
      return undefined;
    case 'netlify': case 'ntl':
      return ops[0] === 'env:list' || ops[0] === 'env:get' ? { what: 'Netlify environment variables' } : undefined;
    case 'firebase':
      return ops[0] === 'functions:config:get' ? { what: 'Firebase functions config' } : undefined;
    case 'dokku':
      return ops[0] === 'config' || ops[0] === 'config:show' || ops[0] === 'config:export' || ops[0] === 'config:get' ? { what: 'Dokku app config' } : undefined;
    case 'cf':
      return ops[0] === 'env' ? { what: 'Cloud Foundry app environment' } : undefined;
    case 'eb':
      return ops[0] === 'printenv' ? { what: 'Elastic Beanstalk environment properties' } : undefined;
    case 'render':
      return ops[0] === 'env' && hasWord(argv, '--show-values') ? { what: 'Render environment variables' } : undefined;
    default:
      return undefined;
  }
}

export const rule: Rule = {
  meta: {
    id: 'credential-access/paas-env-dump',
    title: 'Print a hosted app\'s environment',
    severity: 'caution',
    category: 'credential',
    why: 'These commands print (or download into a file the agent can read) every environment variable of the deployed app: database URLs, API keys, signing secrets.',
    saferAlternative: 'Ask for one non-secret value by name, or list variable names in the provider\'s dashboard.',
    messages: {
      print: '{{tool}} prints the {{what}}, secrets included.',
      download: '{{tool}} downloads the {{what}} into a local file, secrets included.',
    },
  },
  commands: ['railway', 'heroku', 'vercel', 'vc', 'netlify', 'ntl', 'firebase', 'dokku', 'cf', 'eb', 'render'],
  match(command): RuleMatch | null {
    if (command.via.includes('$()')) return null;
    const { name: tool, argv } = command;
    const found = dump(tool, argv);
    if (!found) return null;
    return { messageId: found.download ? 'download' : 'print', data: { tool, what: found.what } };
  },
};
