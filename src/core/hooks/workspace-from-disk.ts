// Where a hook runs when the editor cannot be asked: the environment and guard config come from the workspace's
// `.vscode/settings.json` (found by walking up from the agent's workspace root or cwd).
import * as os from 'node:os';
import * as path from 'node:path';
import { resolveWorkspaceEnvironment } from '../workspace-settings';
import type { HookWorkspace } from './handle';
import type { HookPlace } from './types';

export interface DiskWorkspace extends HookWorkspace {
  /** Problems reading the settings, for stderr. */
  warnings: string[];
}

/** Reads the policy for `place` (first workspace root, else cwd, else `fallbackCwd`): see resolveWorkspaceEnvironment. */
export function workspaceFromDisk(place: HookPlace, fallbackCwd: string, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): DiskWorkspace {
  const start = place.workspaceRoots[0] ?? place.cwd ?? fallbackCwd;
  const resolved = resolveWorkspaceEnvironment(start, env, home);
  const folder = resolved.root ?? place.workspaceRoots[0];
  return { environment: resolved.environment, config: resolved.config, folder, folderName: path.basename(folder ?? start), warnings: resolved.warnings };
}
