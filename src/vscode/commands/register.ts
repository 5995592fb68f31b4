// Registers every editor-core command (ids in ids.ts, one handler per file).
import * as vscode from 'vscode';
import type { EditorCore } from '../editor-core';
import { checkCommand } from './check-command';
import { COMMANDS, type CommandId } from './ids';
import { markEnvironment } from './mark-environment';
import { openActivityLog } from './open-activity-log';
import { showActivity } from './show-activity';
import { showMenu } from './show-menu';

export function registerCommands(core: EditorCore): vscode.Disposable[] {
  const handlers: Record<CommandId, (...args: never[]) => Promise<void>> = {
    [COMMANDS.markProduction]: markEnvironment(core, 'production'),
    [COMMANDS.markStaging]: markEnvironment(core, 'staging'),
    [COMMANDS.markDevelopment]: markEnvironment(core, 'development'),
    [COMMANDS.useAutoDetection]: markEnvironment(core, 'auto'),
    [COMMANDS.showMenu]: showMenu(core),
    [COMMANDS.showActivity]: showActivity(),
    [COMMANDS.openActivityLog]: openActivityLog(core),
    [COMMANDS.checkCommand]: checkCommand(core),
  };
  return Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}
