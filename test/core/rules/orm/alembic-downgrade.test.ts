import { rule } from '../../../../src/core/rules/orm/alembic-downgrade';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['alembic upgrade head', 'alembic revision --autogenerate -m add', 'alembic history', 'flask db upgrade', 'alembic current'],
  stop: [
    { command: 'alembic downgrade base', messageId: 'base', severity: 'destructive' },
    { command: 'alembic -c alembic.ini downgrade base', messageId: 'base' },
    { command: 'python -m alembic downgrade base', messageId: 'base' },
    { command: 'poetry run alembic downgrade base', messageId: 'base' },
    { command: 'flask db downgrade base', messageId: 'base' },
    { command: 'alembic downgrade -1', messageId: 'step', severity: 'caution' },
  ],
});
