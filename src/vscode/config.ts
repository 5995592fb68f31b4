// Reads the extension's settings from VS Code into the typed objects of models/extension-config.ts.
// The one place that calls getConfiguration('agentGuard'); everything else receives the typed result.
import * as vscode from 'vscode';
import { parseFolderConfig, parseWindowConfig, type FolderConfig, type WindowConfig } from './models/extension-config';

export const CONFIG_SECTION = 'agentGuard';

/** Settings for one workspace folder (resource scope), or the window's when no folder is given. */
export function readFolderConfig(folder: vscode.Uri | undefined): FolderConfig {
  const section = vscode.workspace.getConfiguration(CONFIG_SECTION, folder);
  return parseFolderConfig((key) => section.get(key));
}

export function readWindowConfig(): WindowConfig {
  const section = vscode.workspace.getConfiguration(CONFIG_SECTION);
  return parseWindowConfig((key) => section.get(key));
}
