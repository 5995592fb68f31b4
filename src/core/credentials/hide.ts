// Applies the hide edits on disk for one workspace folder: writes only files whose text changes, refuses read-only
// files and files it cannot parse (with a sentence saying what to do), and returns the record of entries it owns so
// the caller can store it (the extension keeps it in workspaceState) and pass it back next time.
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { claudeDenyEntries, exactGlob, HideEditError, syncIgnoreBlock, syncJsonArray, syncJsonObjectKeys } from './hide-edits';

/** Ignore files read by other agents; `.cursorignore` is always kept. */
export const OPTIONAL_IGNORE_FILES: readonly string[] = ['.aiexclude', '.codeiumignore', '.clineignore', '.rooignore', '.aiderignore', '.continueignore', '.aiignore', '.geminiignore'];
export const ALWAYS_IGNORE_FILE = '.cursorignore';

export interface HideTargets {
  /** Optional ignore files to create and keep (from `agentGuard.credentials.ignoreFiles`). Ones that already exist
   * are kept in sync too: only the marked block is touched. */
  ignoreFiles: readonly string[];
  /** `.claude/settings.json` permissions.deny Read/Edit rules. */
  claudeCode: boolean;
  /** `.vscode/settings.json` chat.tools.edits.autoApprove `false` entries (agent edits always need approval). */
  chatAutoApprove: boolean;
  /** `.vscode/settings.json` files.exclude and search.exclude entries (hides the files from people too; off by default). */
  explorerExclude: boolean;
}

/** Entries Agent Guard owns, per `<file>#<json path>`. */
export type HideRecord = Record<string, string[]>;

export interface HideFs {
  exists(file: string): boolean;
  /** Undefined when missing. */
  readText(file: string): string | undefined;
  isReadOnly(file: string): boolean;
  writeText(file: string, text: string): void;
}

export const nodeHideFs: HideFs = {
  exists: (file) => nodeFs.existsSync(file),
  readText: (file) => {
    try {
      return nodeFs.readFileSync(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  },
  // Mode bits, not access(): a file marked read-only stays untouched even for root.
  isReadOnly: (file) => {
    try {
      return (nodeFs.statSync(file).mode & 0o222) === 0;
    } catch {
      return false;
    }
  },
  writeText: (file, text) => {
    nodeFs.mkdirSync(path.dirname(file), { recursive: true });
    nodeFs.writeFileSync(file, text);
  },
};

export interface HideOutcome {
  record: HideRecord;
  /** Relative paths of the files written. */
  changed: string[];
  /** One sentence per file left unchanged because of a problem (what, why, what to do). */
  errors: string[];
}

/**
 * Brings every target in `root` in line with `credentialPaths` (relative, posix). Idempotent: a second call with the
 * same input writes nothing. An empty list removes what Agent Guard added earlier.
 */
export function applyHide(root: string, credentialPaths: readonly string[], targets: HideTargets, record: HideRecord, fs: HideFs = nodeHideFs): HideOutcome {
  const paths = [...new Set(credentialPaths)].sort();
  const outcome: HideOutcome = { record: { ...record }, changed: [], errors: [] };

  /** `transform` returns the new text and, for JSON, the owned entries to record once the text is safely on disk. */
  const update = (rel: string, transform: (text: string) => { text: string; owned?: [string, string[]] }, createIfMissing: boolean) => {
    const file = path.join(root, rel);
    try {
      const before = fs.readText(file);
      if (before === undefined && !createIfMissing) return;
      const { text: after, owned } = transform(before ?? '');
      if (after !== (before ?? '')) {
        if (before !== undefined && fs.isReadOnly(file)) {
          outcome.errors.push(`${rel} is read-only, so Agent Guard could not keep its credential entries up to date. Make it writable, or add the entries yourself.`);
          return;
        }
        fs.writeText(file, after);
        outcome.changed.push(rel);
      }
      if (owned) outcome.record[owned[0]] = owned[1];
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      outcome.errors.push(
        err instanceof HideEditError ? err.message : `${rel}: could not be updated (${code ?? (err as Error).message}). Nothing in it was changed; check its permissions.`,
      );
    }
  };

  const ignoreFiles = new Set([ALWAYS_IGNORE_FILE, ...targets.ignoreFiles.filter((f) => OPTIONAL_IGNORE_FILES.includes(f))]);
  for (const name of [ALWAYS_IGNORE_FILE, ...OPTIONAL_IGNORE_FILES]) {
    update(name, (t) => ({ text: syncIgnoreBlock(t, paths, name) }), ignoreFiles.has(name) && paths.length > 0);
  }

  const jsonArray = (rel: string, jsonPath: string[], desired: string[], create: boolean) => {
    const key = `${rel}#${jsonPath.join('/')}`;
    update(
      rel,
      (t) => {
        const r = syncJsonArray(t, jsonPath, desired, record[key] ?? [], rel);
        return { text: r.text, owned: [key, r.ours] };
      },
      create && desired.length > 0,
    );
  };
  const jsonKeys = (rel: string, jsonPath: string[], desired: Record<string, unknown>, value: unknown, create: boolean) => {
    const key = `${rel}#${jsonPath.join('/')}`;
    update(
      rel,
      (t) => {
        const r = syncJsonObjectKeys(t, jsonPath, desired, record[key] ?? [], value, rel);
        return { text: r.text, owned: [key, r.ours] };
      },
      create && Object.keys(desired).length > 0,
    );
  };
  const keysFor = (globs: string[], value: unknown) => Object.fromEntries(globs.map((g) => [g, value]));

  // A target switched off still gets its old entries removed (desired = nothing).
  jsonArray('.claude/settings.json', ['permissions', 'deny'], targets.claudeCode ? claudeDenyEntries(paths) : [], true);
  const vscodeSettings = path.join('.vscode', 'settings.json').split(path.sep).join('/');
  jsonKeys(vscodeSettings, ['chat.tools.edits.autoApprove'], targets.chatAutoApprove ? keysFor(paths.map((p) => `**/${exactGlob(p)}`), false) : {}, false, true);
  for (const setting of ['files.exclude', 'search.exclude']) {
    jsonKeys(vscodeSettings, [setting], targets.explorerExclude ? keysFor(paths.map(exactGlob), true) : {}, true, true);
  }
  for (const [key, value] of Object.entries(outcome.record)) if (value.length === 0) delete outcome.record[key];
  return outcome;
}
