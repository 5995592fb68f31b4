import { rule } from '../../../../src/core/rules/orm/laravel-wipe';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['php artisan migrate', 'php artisan serve', 'php artisan migrate:status', 'php artisan db:seed', 'php artisan make:migration create_users'],
  stop: [
    { command: 'php artisan migrate:fresh', messageId: 'wipe' },
    { command: 'php artisan migrate:fresh --seed --force', messageId: 'wipe' },
    { command: 'php artisan migrate:reset', messageId: 'wipe' },
    { command: 'php artisan migrate:refresh --seed', messageId: 'wipe' },
    { command: 'php artisan db:wipe --force', messageId: 'wipe' },
    { command: './artisan migrate:fresh', messageId: 'wipe' },
    { command: 'php artisan migrate:rollback --step=2', messageId: 'rollback', severity: 'caution' },
  ],
});
