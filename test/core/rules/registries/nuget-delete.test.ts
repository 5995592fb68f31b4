import { rule } from '../../../../src/core/rules/registries/nuget-delete';
import { runRuleTable } from '../../../helpers/rule-tester';

runRuleTable(rule, {
  allow: ['dotnet nuget push pkg.nupkg -s nuget.org', 'dotnet nuget list source', 'dotnet add package Newtonsoft.Json', 'nuget restore', 'dotnet nuget locals all --clear'],
  stop: [
    { command: 'dotnet nuget delete My.Package 1.0.0 -s nuget.org -k KEY', messageId: 'delete', severity: 'caution' },
    { command: 'dotnet nuget delete My.Package 1.0.0 --non-interactive', messageId: 'delete' },
    { command: 'nuget delete My.Package 1.0.0 -Source https://feed.example.com', messageId: 'delete' },
  ],
});
