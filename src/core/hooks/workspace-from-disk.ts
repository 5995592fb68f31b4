// Where a hook runs when the editor cannot be asked: the environment and guard config come from the workspace's
// `.vscode/settings.json` (found by walking up from the agent's workspace root or cwd).
import * as path from 'node:path';
import { readWorkspacePolicy } from '../workspace-settings';
import type { HookWorkspace } from './handle';
import type { HookPlace } from './types';

export interface DiskWorkspace extends HookWorkspace {
  /** Problems reading the settings, for stderr. */
  warnings: string[];
}

/**
 * Reads the policy for `place` (first workspace root, else cwd, else `fallbackCwd`). A workspace that does not say is
 * development; settings that exist but cannot be read count as production (fail safe, never guess development).
 */
export function workspaceFromDisk(place: HookPlace, fallbackCwd: string): DiskWorkspace {
  const start = place.workspaceRoots[0] ?? place.cwd ?? fallbackCwd;
  const policy = readWorkspacePolicy(start);
  const unreadable = policy.errors.some((e) => e.includes('settings.json'));
  const environment = policy.environment ?? (unreadable ? 'production' : 'development');
  const folder = policy.root ?? place.workspaceRoots[0];
  return { environment, config: policy.config, folder, folderName: path.basename(folder ?? start), warnings: policy.errors };
}
