// registries/nuget-delete: `dotnet nuget delete` / `nuget delete`: unlists a package version on nuget.org and deletes
// it for good on most private feeds.
import { operands } from '../../shell/args';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'registries/nuget-delete',
    title: 'Delete a NuGet package version',
    severity: 'caution',
    category: 'destructive',
    why: 'On nuget.org the version is unlisted; on private feeds (Azure Artifacts, GitHub Packages, feeds on disk) it is deleted and builds that need it fail.',
    saferAlternative: 'Publish a fixed version and deprecate the bad one on nuget.org instead.',
    messages: {
      delete: '{{tool}} delete removes {{spec}} from the package feed.',
    },
  },
  commands: ['dotnet', 'nuget'],
  match(command) {
    const words = operands(command.argv, ['-s', '--source', '-k', '--api-key', '-Source', '-ApiKey']);
    const tool = command.name === 'dotnet' && words[0] === 'nuget' ? 'dotnet nuget' : command.name === 'nuget' ? 'nuget' : null;
    if (!tool) return null;
    const rest = tool === 'dotnet nuget' ? words.slice(1) : words;
    if (rest[0]?.toLowerCase() !== 'delete') return null;
    return { messageId: 'delete', data: { tool, spec: rest.slice(1).join(' ') || 'a package version' } };
  },
};
