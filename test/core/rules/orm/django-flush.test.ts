import { rule } from '../../../../src/core/rules/orm/django-flush';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['python manage.py migrate', 'python manage.py runserver', './manage.py makemigrations', 'python manage.py sqlflush', 'python manage.py migrate shop 0003', 'python manage.py dumpdata > backup.json'],
  stop: [
    { command: 'python manage.py flush', messageId: 'flush' },
    { command: 'python3 manage.py flush --noinput', messageId: 'flush' },
    { command: './manage.py flush --no-input --database default', messageId: 'flush' },
    { command: 'poetry run python manage.py flush', messageId: 'flush' },
    { command: 'uv run manage.py flush', messageId: 'flush' },
    { command: 'django-admin flush --settings=app.settings', messageId: 'flush' },
    { command: 'python -m django flush', messageId: 'flush' },
    { command: 'python manage.py reset_db --noinput', messageId: 'resetDb' },
    { command: 'python manage.py migrate shop zero', messageId: 'zero' },
  ],
});
