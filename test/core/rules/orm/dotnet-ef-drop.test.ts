import { rule } from '../../../../src/core/rules/orm/dotnet-ef-drop';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['dotnet ef database update', 'dotnet ef migrations add Init', 'dotnet build', 'dotnet ef database update AddUsers'],
  stop: [
    { command: 'dotnet ef database drop', messageId: 'drop' },
    { command: 'dotnet ef database drop --force --project src/App', messageId: 'drop' },
    { command: 'dotnet ef database update 0', messageId: 'zero' },
  ],
});
