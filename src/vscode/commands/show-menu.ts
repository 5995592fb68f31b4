// The badge's click: a quick pick to change the environment or open the activity view and log.
import * as vscode from 'vscode';
import type { EditorCore } from '../editor-core';
import { COMMANDS } from './ids';
import { activeFolderPath } from './pick-folder';

export function showMenu(core: EditorCore): () => Promise<void> {
  return async () => {
    const current = core.environment.resolve(activeFolderPath());
    const env = current.resolution.environment;
    const mark = (value: string): string => (env === value ? ' (current)' : '');
    const items: (vscode.QuickPickItem & { command?: string })[] = [
      { label: 'Environment', kind: vscode.QuickPickItemKind.Separator },
      { label: `$(shield) Mark as Production${mark('production')}`, description: 'ask before destructive commands', command: COMMANDS.markProduction },
      { label: `$(shield) Mark as Staging${mark('staging')}`, description: 'ask before destructive commands', command: COMMANDS.markStaging },
      { label: `$(shield) Mark as Development${mark('development')}`, description: 'ask only before catastrophic ones', command: COMMANDS.markDevelopment },
      { label: '$(search) Use Automatic Detection', description: 'branch, .env files, names, kube context, terraform', command: COMMANDS.useAutoDetection },
      { label: 'Activity', kind: vscode.QuickPickItemKind.Separator },
      { label: '$(list-unordered) Show Activity', command: COMMANDS.showActivity },
      { label: '$(output) Open Activity Log', command: COMMANDS.openActivityLog },
      { label: '$(terminal) Check a Command…', command: COMMANDS.checkCommand },
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: `Agent Guard — ${current.folderName} is ${env} (${current.resolution.reasons.join('; ')})`,
      placeHolder: 'Change the environment or open the activity',
    });
    if (picked?.command) await vscode.commands.executeCommand(picked.command);
  };
}
