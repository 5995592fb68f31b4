// agent-guard scan: list credential files and secrets inside files under a folder (masked; nothing is changed).
import * as path from 'node:path';
import { scanDirectory, type CredentialFinding } from '../core/credentials/scanner';
import { readCredentialSettings } from '../core/credentials/settings';
import { readWorkspaceSettings } from '../core/workspace-settings';
import type { CliIO } from './io';
import { UsageError } from './io';

const USAGE = 'Usage: agent-guard scan [--json] [--exclude GLOB]... [--max-file-size BYTES] [DIR]';

/** The `--json` shape: a stable contract (no column, no description). */
export function findingToJson(f: CredentialFinding): Record<string, unknown> {
  return { path: f.path, kind: f.kind, detector: f.detector, ...(f.line !== undefined ? { line: f.line } : {}), preview: f.preview };
}

function formatTable(findings: readonly CredentialFinding[]): string {
  if (!findings.length) return '';
  const rows = findings.map((f) => [f.line !== undefined ? `${f.path}:${f.line}` : f.path, f.detector, f.preview]);
  const header = ['FILE', 'FOUND', 'PREVIEW (masked)'];
  const widths = [0, 1].map((i) => Math.min(60, Math.max(header[i].length, ...rows.map((r) => r[i].length))));
  const line = (r: string[]) => `${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2]}`.trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

export async function runScan(args: string[], io: CliIO): Promise<number> {
  let json = false;
  const excludes: string[] = [];
  let maxFileBytes: number | undefined;
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--exclude' || a.startsWith('--exclude=')) {
      const v = a === '--exclude' ? args[++i] : a.slice('--exclude='.length);
      if (!v) throw new UsageError(`--exclude needs a glob. ${USAGE}`);
      excludes.push(v);
    } else if (a === '--max-file-size' || a.startsWith('--max-file-size=')) {
      const v = a === '--max-file-size' ? args[++i] : a.slice('--max-file-size='.length);
      if (!v || !/^\d+$/.test(v)) throw new UsageError(`--max-file-size needs a number of bytes. ${USAGE}`);
      maxFileBytes = Number(v);
    } else if (a === '--') {
      dirs.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option "${a}". ${USAGE}`);
    else dirs.push(a);
  }
  if (dirs.length > 1) throw new UsageError(`give one folder to scan (got ${dirs.length}). ${USAGE}`);
  const root = path.resolve(io.cwd, dirs[0] ?? '.');

  // The workspace's own settings add excludes and extra credential paths, as in the editor.
  const ws = readWorkspaceSettings(root);
  const settings = readCredentialSettings(ws.root === root ? ws.settings : {});
  for (const e of [...(ws.root === root ? ws.errors : []), ...settings.errors]) io.stderr(`agent-guard scan: ${e}\n`);

  const result = await scanDirectory(root, {
    excludes: [...settings.value.exclude, ...excludes],
    extraPaths: settings.value.extraPaths,
    maxFileBytes: maxFileBytes ?? settings.value.maxFileBytes,
  });
  for (const e of result.errors) io.stderr(`agent-guard scan: ${e}\n`);
  if (json) {
    io.stdout(`${JSON.stringify({ findings: result.findings.map(findingToJson) }, null, 2)}\n`);
    return 0;
  }
  const files = new Set(result.findings.map((f) => f.path)).size;
  io.stdout(formatTable(result.findings));
  io.stdout(
    result.findings.length
      ? `\n${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${result.filesSeen} files looked at). Keep these out of git and out of agents' reach; move secrets to a .env file or a secret manager.\n`
      : result.filesSeen === 0 && result.errors.length
        ? 'Nothing was scanned (see the message above).\n'
        : `No credentials found (${result.filesSeen} files looked at).\n`,
  );
  return 0;
}
