// The credential scanner: walks a folder, applies the path rules to every file and the content detectors to the text
// of the rest, and returns findings with masked previews. Uses node:fs by default; tests inject a file system to
// simulate unreadable files. No editor, no globals: options come in as arguments.
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { Minimatch } from 'minimatch';
import { findSecrets, maskSecret, type SecretHit } from './detectors';
import { ExtraPathPatterns, matchCredentialPath } from './path-rules';

export interface CredentialFinding {
  /** Relative to the scanned root, forward slashes. */
  path: string;
  /** `path`: the file is a credential file by its name (or as a whole, by its text); `content`: a secret inside it. */
  kind: 'path' | 'content';
  detector: string;
  /** For people: "an environment file", "a GitHub token". */
  description: string;
  /** 1-based line of a content finding. */
  line?: number;
  /** 0-based column (UTF-16) and length of the secret on that line, for diagnostics and quick fixes. */
  column?: number;
  length?: number;
  /** The variable the secret is assigned to (`RAILWAY_TOKEN`), when there is one. */
  name?: string;
  /** Masked: never the whole secret. */
  preview: string;
}

/** The file-system calls the scanner makes (node:fs by default). */
export interface ScanFs {
  readdir(dir: string): nodeFs.Dirent[];
  size(file: string): number;
  readFile(file: string): Buffer;
}

export interface ScanOptions {
  /** Globs (minimatch, relative to the root) of files and folders not to scan, from `agentGuard.credentials.exclude`. */
  excludes?: readonly string[];
  /** Extra credential globs, from `agentGuard.credentials.extraPaths`. */
  extraPaths?: readonly string[];
  /** Files larger than this are judged by their path only. Default 1 MiB. */
  maxFileBytes?: number;
  fs?: ScanFs;
  /** Polled between files; a true answer stops the scan early (the result says `cancelled`). */
  isCancelled?: () => boolean;
  onProgress?: (filesSeen: number) => void;
}

export interface ScanResult {
  findings: CredentialFinding[];
  /** One sentence per folder or file that could not be read; the scan went on without it. */
  errors: string[];
  filesSeen: number;
  filesRead: number;
  cancelled: boolean;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** Folders never scanned: dependencies, VCS data and caches (not the user's own secrets, and slow). */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules', '.git', '.hg', '.svn', '.venv', 'venv', '__pycache__', '.tox', '.mypy_cache', '.pytest_cache', '.next',
  '.nuxt', '.turbo', '.parcel-cache', 'bower_components',
]);

const BINARY_EXTENSIONS = new Set(
  ('png jpg jpeg gif webp ico bmp tif tiff psd pdf zip gz tgz bz2 xz 7z rar jar war ear class so dylib dll exe bin o a lib ' +
    'woff woff2 ttf otf eot mp3 mp4 m4a mov avi mkv wav flac ogg webm sqlite sqlite3 db wasm pyc pyo node jks keystore p12 pfx ' +
    'docx xlsx pptx dmg iso').split(' '),
);

/** Lockfiles are long lists of integrity hashes: never secrets, slow to read. */
const CONTENT_SKIPPED_FILES = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'Cargo.lock', 'poetry.lock', 'Pipfile.lock', 'Gemfile.lock', 'composer.lock', 'go.sum', 'uv.lock']);

const nodeScanFs: ScanFs = {
  readdir: (dir) => nodeFs.readdirSync(dir, { withFileTypes: true }),
  size: (file) => nodeFs.statSync(file).size,
  readFile: (file) => nodeFs.readFileSync(file),
};

function extensionOf(basename: string): string {
  const dot = basename.lastIndexOf('.');
  return dot > 0 ? basename.slice(dot + 1).toLowerCase() : '';
}

function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8000).includes(0);
}

/** Compiled exclude globs; a folder is pruned when it or everything under it is excluded. */
export class ExcludeGlobs {
  private readonly matchers: Minimatch[];
  constructor(patterns: readonly string[] = []) {
    this.matchers = patterns.filter((p) => p.trim()).map((p) => new Minimatch(p.trim().replace(/^\.\//, ''), { dot: true, matchBase: !p.includes('/') }));
  }
  excludesFile(relativePath: string): boolean {
    return this.matchers.some((m) => m.match(relativePath));
  }
  excludesDirectory(relativePath: string): boolean {
    return this.matchers.some((m) => m.match(relativePath) || m.match(`${relativePath}/`));
  }
}

/** Findings for one file. `text` is undefined when the file could not or should not be read (binary, too large). */
export function scanFileText(relativePath: string, text: string | undefined, extra?: ExtraPathPatterns): CredentialFinding[] {
  const rel = relativePath.replace(/\\/g, '/');
  const byPath = matchCredentialPath(rel, text, extra);
  if (byPath) return [{ path: rel, kind: byPath.byContent ? 'content' : 'path', detector: byPath.detector, description: byPath.kind, preview: byPath.kind }];
  if (text === undefined || CONTENT_SKIPPED_FILES.has(rel.slice(rel.lastIndexOf('/') + 1))) return [];
  const hits = findSecrets(text);
  return hits.length ? hitsToFindings(rel, text, hits) : [];
}

function hitsToFindings(rel: string, text: string, hits: SecretHit[]): CredentialFinding[] {
  const findings: CredentialFinding[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const hit of hits) {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < hit.index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = Math.max(scanned, lineStart);
    let lineEnd = text.indexOf('\n', hit.index);
    if (lineEnd === -1) lineEnd = text.length;
    findings.push({
      path: rel,
      kind: 'content',
      detector: hit.detector,
      description: hit.description,
      line,
      column: hit.index - lineStart,
      length: hit.length,
      name: hit.name,
      preview: previewLine(text, lineStart, lineEnd, hits, hit),
    });
  }
  return findings;
}

/** The line with every secret on it masked, trimmed and clipped around the secret. */
function previewLine(text: string, lineStart: number, lineEnd: number, hits: SecretHit[], focus: SecretHit): string {
  let out = '';
  let cursor = lineStart;
  let focusAt = 0;
  for (const h of hits) {
    if (h.index < lineStart || h.index >= lineEnd) continue;
    out += text.slice(cursor, h.index);
    if (h === focus) focusAt = out.length;
    out += maskSecret(text.slice(h.index, h.index + h.length), h.visiblePrefix);
    cursor = Math.min(lineEnd, h.index + h.length);
  }
  out += text.slice(cursor, lineEnd);
  out = out.replace(/\r$/, '');
  const lead = out.length - out.trimStart().length;
  out = out.trim();
  focusAt = Math.max(0, focusAt - lead);
  if (out.length <= 120) return out;
  const from = Math.max(0, focusAt - 50);
  return `${from > 0 ? '…' : ''}${out.slice(from, from + 120)}${from + 120 < out.length ? '…' : ''}`;
}

/**
 * True when an agent should not read this file: its path names a credential file, or (when `content` is given) a
 * secret is inside it. For read hooks (Cursor beforeReadFile, Claude Read): the same answer the scanner gives.
 */
export function isCredentialFile(relativePath: string, content?: string): boolean {
  return scanFileText(relativePath, content).length > 0;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Scans `root` recursively. Never throws for unreadable entries: they are listed in `errors` and skipped. */
export function scanDirectory(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  return walk(root, '', new ExcludeGlobs(options.excludes), options);
}

/**
 * Scans one folder under `root` (a relative path) the way scanDirectory would scan it as part of `root`: same skips,
 * excludes and size limit, paths relative to `root`. For file watchers, which may report only that a folder appeared
 * (a folder moved in, or files written into a new folder before the watcher was watching it). A folder inside a skipped
 * or excluded folder, or gone, gives no findings.
 */
export function scanFolderUnder(root: string, relativeFolder: string, options: ScanOptions = {}): Promise<ScanResult> {
  const rel = relativeFolder.replace(/\\/g, '/').replace(/\/+$/, '');
  const excludes = new ExcludeGlobs(options.excludes);
  const parts = rel.split('/');
  const empty: ScanResult = { findings: [], errors: [], filesSeen: 0, filesRead: 0, cancelled: false };
  if (!rel || parts.some((p) => SKIPPED_DIRECTORIES.has(p))) return Promise.resolve(empty);
  for (let i = 1; i <= parts.length; i++) if (excludes.excludesDirectory(parts.slice(0, i).join('/'))) return Promise.resolve(empty);
  return walk(root, rel, excludes, options);
}

async function walk(root: string, start: string, excludes: ExcludeGlobs, options: ScanOptions): Promise<ScanResult> {
  const fs = options.fs ?? nodeScanFs;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const extra = new ExtraPathPatterns(options.extraPaths);
  const result: ScanResult = { findings: [], errors: [], filesSeen: 0, filesRead: 0, cancelled: false };
  const stack: string[] = [start];
  let lastYield = Date.now();
  while (stack.length) {
    const relDir = stack.pop() as string;
    let entries: nodeFs.Dirent[];
    try {
      entries = fs.readdir(relDir ? path.join(root, relDir) : root);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // A watched folder that is gone again, or was a file: nothing to report.
      if (relDir && relDir === start && (code === 'ENOENT' || code === 'ENOTDIR')) continue;
      const where = relDir || root;
      result.errors.push(
        !relDir && code === 'ENOENT'
          ? `${root}: no such folder. Give an existing folder to scan.`
          : !relDir && code === 'ENOTDIR'
            ? `${root}: not a folder. Give the folder to scan.`
            : `${where}: cannot list this folder (${code ?? 'error'}); skipped it.`,
      );
      continue;
    }
    const subdirs: string[] = [];
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !excludes.excludesDirectory(rel)) subdirs.push(rel);
        continue;
      }
      if (!entry.isFile() && !entry.isSymbolicLink()) continue;
      if (excludes.excludesFile(rel)) continue;
      result.filesSeen++;
      result.findings.push(...scanOneFile(fs, root, rel, entry.isSymbolicLink(), maxBytes, extra, result));
      if ((result.filesSeen & 127) === 0) {
        options.onProgress?.(result.filesSeen);
        if (options.isCancelled?.()) {
          result.cancelled = true;
          return finish(result);
        }
        if (Date.now() - lastYield > 40) {
          await yieldToEventLoop();
          lastYield = Date.now();
        }
      }
    }
    // Depth-first, in name order.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
  options.onProgress?.(result.filesSeen);
  return finish(result);
}

function scanOneFile(fs: ScanFs, root: string, rel: string, isSymlink: boolean, maxBytes: number, extra: ExtraPathPatterns, result: ScanResult): CredentialFinding[] {
  // Symlinks are judged by name only (never followed: they may point outside the workspace).
  if (isSymlink || BINARY_EXTENSIONS.has(extensionOf(rel.slice(rel.lastIndexOf('/') + 1)))) return scanFileText(rel, undefined, extra);
  const full = path.join(root, rel);
  let buffer: Buffer;
  try {
    if (fs.size(full) > maxBytes) return scanFileText(rel, undefined, extra);
    buffer = fs.readFile(full);
  } catch (err) {
    result.errors.push(`${rel}: cannot read this file (${(err as NodeJS.ErrnoException).code ?? 'error'}); judged by its name only.`);
    return scanFileText(rel, undefined, extra);
  }
  result.filesRead++;
  return scanFileText(rel, isBinary(buffer) ? undefined : buffer.toString('utf8'), extra);
}

/**
 * Scans one file under `root` the way scanDirectory would (same skips, excludes, size limit): for file watchers.
 * A file inside a skipped or excluded folder, or gone, gives no findings.
 */
export function scanSingleFile(root: string, relativePath: string, options: ScanOptions = {}): { findings: CredentialFinding[]; error?: string } {
  const rel = relativePath.replace(/\\/g, '/');
  const parts = rel.split('/');
  const excludes = new ExcludeGlobs(options.excludes);
  if (parts.slice(0, -1).some((p) => SKIPPED_DIRECTORIES.has(p)) || excludes.excludesFile(rel)) return { findings: [] };
  for (let i = 1; i < parts.length; i++) if (excludes.excludesDirectory(parts.slice(0, i).join('/'))) return { findings: [] };
  let isSymlink: boolean;
  try {
    const stat = nodeFs.lstatSync(path.join(root, rel));
    if (!stat.isFile() && !stat.isSymbolicLink()) return { findings: [] };
    isSymlink = stat.isSymbolicLink();
  } catch {
    return { findings: [] };
  }
  const result: ScanResult = { findings: [], errors: [], filesSeen: 1, filesRead: 0, cancelled: false };
  const findings = scanOneFile(options.fs ?? nodeScanFs, root, rel, isSymlink, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, new ExtraPathPatterns(options.extraPaths), result);
  return { findings, error: result.errors[0] };
}

function finish(result: ScanResult): ScanResult {
  result.findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return result;
}

/** The distinct files with findings, sorted: what the hide step keeps out of agents' reach. */
export function credentialFilePaths(findings: readonly CredentialFinding[]): string[] {
  return [...new Set(findings.map((f) => f.path))].sort();
}
