// Finding the repository and its files from tests that run out of a compiled output folder.
import * as fs from 'node:fs';
import * as path from 'node:path';

function findUp(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'src', 'core'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The repository root: above the compiled test (out/ inside the repo), else above the working directory. */
export function repoRoot(): string {
  const root = findUp(__dirname) ?? findUp(process.cwd());
  if (!root) throw new Error('cannot find the agent-guard repository: run tests from inside it');
  return root;
}

export function walkFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walkFiles(full, ext));
    else if (entry.name.endsWith(ext)) out.push(full);
  }
  return out.sort();
}
