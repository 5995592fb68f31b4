// Files saved by earlier commands of a line. The engine walks a line's commands in order and records what each HTTP
// client saved (`curl -o i.sh URL`, `wget URL`, `curl URL > i.sh`, `iwr URL -OutFile a.ps1`) in RuleContext.downloads,
// so a later command that runs one of them (`&& bash i.sh`, `; ./a.ps1`) can be told apart from running a file of
// the project.
import * as path from 'node:path';
import { operands } from '../shell/args';
import type { SimpleCommand } from '../shell/types';
import { HTTP_CLIENT_COMMANDS, readHttpRequest } from './http/http-request';
import { firstUrl, isDownloader } from './remote-code/code-runners';
import type { Download, RuleContext } from './types';

/** Where a path word points, given the context's cwd and home; undefined when that cannot be known (`$DIR/x`, or a
 * relative path with no cwd). */
export function resolvePath(word: string, context: RuleContext): string | undefined {
  if (word.includes('$') || word.includes('`')) return undefined;
  if (word === '~' || word.startsWith('~/')) return context.home ? path.join(context.home, word.slice(1)) : undefined;
  if (path.isAbsolute(word)) return path.resolve(word);
  return context.cwd ? path.resolve(context.cwd, word) : undefined;
}

/** HTTP clients, and `tee` (which saves what a downloader pipes into it). */
const SAVERS = new Set([...HTTP_CLIENT_COMMANDS, 'tee']);

/** True for the names of commands that can save a download. The engine asks this of every command, so it is one set
 * lookup; only these commands are read further. */
export function maySaveDownload(name: string): boolean {
  return SAVERS.has(name);
}

/** Redirects that send stdout to a file: `> f`, `>> f`, `>| f`, `1> f`, `&> f`. */
function stdoutFiles(command: SimpleCommand): string[] {
  return command.redirects.filter((r) => (r.fd === undefined || r.fd === 1) && (r.op === '>' || r.op === '>>' || r.op === '>|' || r.op === '&>' || r.op === '&>>')).map((r) => r.target);
}

/** The files this command saves what it downloads to, with the URL and the downloading tool. */
function savedFiles(command: SimpleCommand, context: RuleContext): Download[] {
  let files: string[];
  let url: string;
  let tool: string;
  if (command.name === 'tee') {
    const source = command.pipelineBefore.find(isDownloader);
    if (!source) return [];
    files = operands(command.argv);
    url = firstUrl(source.argv) ?? 'the internet';
    tool = source.name;
  } else {
    const request = readHttpRequest(command);
    if (!request) return [];
    files = request.outputs.filter((o) => o !== '-');
    // The body goes to stdout unless an option saves it to a file.
    if (request.outputs.length === 0 || request.outputs.includes('-')) files.push(...stdoutFiles(command));
    url = firstUrl(request.urls) ?? request.urls[0] ?? 'the internet';
    tool = request.tool;
  }
  return files.map((file) => ({ path: file, resolved: resolvePath(file, context), url, tool }));
}

/** The context for the commands after this one: the files it saved added to `downloads`. The same context when it
 * saved none. Call only for names maySaveDownload accepts. */
export function afterDownload(command: SimpleCommand, context: RuleContext): RuleContext {
  const added = savedFiles(command, context);
  if (added.length === 0) return context;
  // Written out rather than `{ ...context, downloads }`: V8 takes a slow path (about 0.7 µs) to add a property to a
  // spread copy. The type lists every field of RuleContext, so a new field fails to compile here until it is copied.
  const next: { [K in keyof Required<RuleContext>]: RuleContext[K] } = {
    cwd: context.cwd,
    workspaceRoot: context.workspaceRoot,
    home: context.home,
    downloads: context.downloads ? [...context.downloads, ...added] : added,
    written: context.written,
    readFile: context.readFile,
  };
  return next;
}

/** The download this path word names (`i.sh`, `./i.sh` and `/work/project/i.sh` name the same file), if an earlier
 * command of the line saved it. */
export function downloadNamed(word: string, context: RuleContext): Download | undefined {
  const downloads = context.downloads;
  if (!downloads) return undefined;
  // Most commands after a download run something else: a file of another name is turned away before any resolving.
  const name = word.slice(word.lastIndexOf('/') + 1);
  if (!downloads.some((d) => d.path.endsWith(name))) return undefined;
  const resolved = resolvePath(word, context);
  const written = path.normalize(word);
  return downloads.find((d) => (resolved !== undefined && d.resolved !== undefined ? d.resolved === resolved : path.normalize(d.path) === written));
}
