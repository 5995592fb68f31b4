// Reads the environment facts of one workspace folder from disk (small files only, synchronously: a handful of
// reads, cached by the editor's EnvironmentService; read on each call by the CLI and hooks). Interpretation is pure: detect.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EnvironmentFacts } from './detect';
import { branchFromGitHead, gitDirFromDotGitFile, kubeCurrentContext, remoteUrlsFromGitConfig, terraformWorkspaceFrom } from './fact-parsers';

const MAX_FILE = 64 * 1024;
const MAX_ENV_FILES = 20;

function readSmall(file: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return undefined;
    const fd = fs.openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(stat.size, MAX_FILE));
      fs.readSync(fd, buffer, 0, buffer.length, 0);
      return buffer.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** The git directory of a folder: `.git/`, or where a `.git` file (worktree, submodule) points. */
export function gitDirectory(folder: string): string | undefined {
  const dotGit = path.join(folder, '.git');
  try {
    if (fs.statSync(dotGit).isDirectory()) return dotGit;
  } catch {
    return undefined;
  }
  const pointer = gitDirFromDotGitFile(readSmall(dotGit) ?? '');
  return pointer ? path.resolve(folder, pointer) : undefined;
}

/** The kubeconfig kubectl would use: the first entry of $KUBECONFIG, else ~/.kube/config. */
export function kubeConfigPath(env: NodeJS.ProcessEnv, home: string): string {
  const first = (env.KUBECONFIG ?? '').split(path.delimiter).find((p) => p.trim() !== '');
  return first ?? path.join(home, '.kube', 'config');
}

export function readEnvironmentFacts(folder: string, home: string, env: NodeJS.ProcessEnv): EnvironmentFacts {
  const facts: EnvironmentFacts = { folderName: path.basename(folder) };
  const gitDir = gitDirectory(folder);
  if (gitDir) {
    facts.branch = branchFromGitHead(readSmall(path.join(gitDir, 'HEAD')) ?? '');
    // Worktrees keep their config in the common dir (`commondir` file); the plain case is `<gitDir>/config`.
    const common = readSmall(path.join(gitDir, 'commondir'))?.trim();
    const configDir = common ? path.resolve(gitDir, common) : gitDir;
    facts.remoteUrls = remoteUrlsFromGitConfig(readSmall(path.join(configDir, 'config')) ?? '');
  }
  try {
    const names = fs.readdirSync(folder).filter((n) => n === '.env' || n.startsWith('.env.')).sort().slice(0, MAX_ENV_FILES);
    facts.envFiles = names.flatMap((name) => {
      const text = readSmall(path.join(folder, name));
      return text === undefined ? [] : [{ name, text }];
    });
  } catch {
    // An unreadable folder simply gives no .env facts.
  }
  const kube = readSmall(kubeConfigPath(env, home));
  if (kube) facts.kubeContext = kubeCurrentContext(kube);
  const tf = readSmall(path.join(folder, '.terraform', 'environment'));
  if (tf) facts.terraformWorkspace = terraformWorkspaceFrom(tf);
  if (!facts.terraformWorkspace && env.TF_WORKSPACE) facts.terraformWorkspace = terraformWorkspaceFrom(env.TF_WORKSPACE);
  return facts;
}
