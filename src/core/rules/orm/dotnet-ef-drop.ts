// orm/dotnet-ef-drop: Entity Framework `dotnet ef database drop`, and `dotnet ef database update 0` (undoes every migration).
import { operands } from '../../shell/args';
import type { Rule } from '../types';

const VALUE_FLAGS = ['-p', '--project', '-s', '--startup-project', '-c', '--context', '--connection', '--configuration', '--framework', '--runtime', '--msbuildprojectextensionspath'];

export const rule: Rule = {
  meta: {
    id: 'orm/dotnet-ef-drop',
    title: 'dotnet ef database drop',
    severity: 'destructive',
    category: 'destructive',
    why: 'dotnet ef database drop deletes the database; updating to migration 0 drops every table the migrations made.',
    saferAlternative: 'Check the connection string in appsettings.Development.json; use dotnet ef migrations script to review changes first.',
    messages: {
      drop: 'dotnet ef database drop would delete the database of the configured connection string.',
      zero: 'dotnet ef database update 0 would undo every migration, dropping their tables.',
    },
  },
  commands: ['dotnet-ef'],
  match(command) {
    if (command.name !== 'dotnet-ef') return null;
    const { argv } = command;
    const [group, sub, target] = operands(argv, VALUE_FLAGS);
    if (group !== 'database') return null;
    if (sub === 'drop') return { messageId: 'drop' };
    if (sub === 'update' && target === '0') return { messageId: 'zero' };
    return null;
  },
};
