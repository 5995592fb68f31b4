// paas/heroku-destroy: Heroku commands that destroy an app or add-on or wipe/overwrite a database:
// apps:destroy, pg:reset, addons:destroy, pg:backups:delete, pg:backups:restore, pg:copy; config:unset is caution.
import { operands } from '../../shell/args';
import type { Rule, RuleMatch, Severity } from '../types';
import { lookupTable } from '../lookup-table';

const COMMANDS: Record<string, { severity: Severity; messageId: string }> = lookupTable({
  'apps:destroy': { severity: 'catastrophic', messageId: 'app' },
  destroy: { severity: 'catastrophic', messageId: 'app' },
  'pg:reset': { severity: 'catastrophic', messageId: 'reset' },
  'addons:destroy': { severity: 'destructive', messageId: 'addon' },
  'addons:remove': { severity: 'destructive', messageId: 'addon' },
  'pg:backups:delete': { severity: 'destructive', messageId: 'backup' },
  'pg:backups:destroy': { severity: 'destructive', messageId: 'backup' },
  'pg:backups:restore': { severity: 'destructive', messageId: 'overwrite' },
  'pg:copy': { severity: 'destructive', messageId: 'overwrite' },
  'redis:reset': { severity: 'catastrophic', messageId: 'reset' },
  'config:unset': { severity: 'caution', messageId: 'config' },
});

export const rule: Rule = {
  meta: {
    id: 'paas/heroku-destroy',
    title: 'Heroku destroy / pg:reset',
    severity: 'destructive',
    category: 'destructive',
    why: 'These Heroku commands delete an app or add-on, wipe a database, or overwrite it with other data; Heroku cannot undo them.',
    saferAlternative: 'Capture a backup first (heroku pg:backups:capture), and double-check the app name (-a) you are pointing at.',
    messages: {
      app: 'heroku {{sub}} would delete the app {{app}} with its add-ons and their data.',
      reset: 'heroku {{sub}} would delete every table and row of the database on {{app}}.',
      addon: 'heroku {{sub}} would delete the add-on and the data it holds.',
      backup: 'heroku {{sub}} would delete a database backup of {{app}}.',
      overwrite: 'heroku {{sub}} would overwrite the target database of {{app}} with other data.',
      config: 'heroku config:unset would remove config vars from {{app}} and restart it.',
    },
  },
  commands: ['heroku'],
  match(command): RuleMatch | null {
    if (command.name !== 'heroku') return null;
    const { argv } = command;
    const words = operands(argv, ['-a', '--app', '-r', '--remote', '--confirm']);
    // Heroku accepts `apps:destroy` and `apps destroy`.
    const sub = [words.slice(0, 3).join(':'), words.slice(0, 2).join(':'), words[0]].find((w) => w && w in COMMANDS);
    if (!sub) return null;
    const appAt = argv.findIndex((w) => w === '-a' || w === '--app');
    const app = appAt > 0 ? (argv[appAt + 1] ?? '') : 'the current app';
    const { severity, messageId } = COMMANDS[sub];
    return { messageId, data: { sub, app }, severity };
  },
};
