// Turns the text of small files into environment facts: `.git/HEAD`, `.git/config`, a kubeconfig, `.terraform/environment`.
// Pure (text in, fact out) so the odd formats are unit-tested without a disk; the editor does the reading.

/** The branch named by `.git/HEAD` (`ref: refs/heads/<branch>`); undefined when detached or unreadable. */
export function branchFromGitHead(text: string): string | undefined {
  const m = /^ref:\s*refs\/heads\/(.+?)\s*$/m.exec(text);
  return m ? m[1] : undefined;
}

/** For a worktree or submodule, `.git` is a file `gitdir: <path>`; returns that path (possibly relative). */
export function gitDirFromDotGitFile(text: string): string | undefined {
  const m = /^gitdir:\s*(.+?)\s*$/m.exec(text);
  return m ? m[1] : undefined;
}

/** Every `url = …` inside `[remote "…"]` sections of a git config. */
export function remoteUrlsFromGitConfig(text: string): string[] {
  const urls: string[] = [];
  let inRemote = false;
  for (const line of text.split(/\r?\n/)) {
    const section = /^\s*\[([^\]]+)\]/.exec(line);
    if (section) {
      inRemote = /^remote\s+"/.test(section[1].trim());
      continue;
    }
    const m = /^\s*url\s*=\s*(.+?)\s*$/.exec(line);
    if (inRemote && m) urls.push(m[1].replace(/^"(.*)"$/, '$1'));
  }
  return urls;
}

/** The top-level `current-context:` of a kubeconfig (YAML); undefined when absent or empty. */
export function kubeCurrentContext(text: string): string | undefined {
  const m = /^current-context:[ \t]*(.*?)[ \t]*$/m.exec(text);
  if (!m) return undefined;
  const value = m[1].replace(/^(["'])(.*)\1$/, '$2').replace(/\s+#.*$/, '');
  return value === '' || value === '""' ? undefined : value;
}

/** `.terraform/environment` holds the selected workspace name; `default` says nothing about the environment. */
export function terraformWorkspaceFrom(text: string): string | undefined {
  const name = text.trim();
  return name && name !== 'default' ? name : undefined;
}
