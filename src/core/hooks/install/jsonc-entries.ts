// Adds, replaces and removes OUR entries in lists inside JSON-with-comments files, touching nothing else: other
// people's entries, comments, key order, trailing commas and indentation survive. Invalid files are refused with a
// clear message and nothing is written.
import { applyEdits, modify, parse, printParseErrorCode, type JSONPath, type ParseError } from 'jsonc-parser';
import { detectIndentation } from '../../environment/settings-edit';

export class HookInstallError extends Error {}

export interface EntryEdit {
  text: string;
  changed: boolean;
}

/** Parses or throws a HookInstallError naming the file and line. Blank text is `{}`. */
export function parseObject(text: string, fileLabel: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const line = text.slice(0, errors[0].offset).split('\n').length;
    throw new HookInstallError(`${fileLabel} is not valid JSON with comments (line ${line}: ${printParseErrorCode(errors[0].error)}). Nothing was written: fix the file, then try again.`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new HookInstallError(`${fileLabel} must contain a JSON object ({ … }). Nothing was written.`);
  return value as Record<string, unknown>;
}

function at(root: unknown, path: JSONPath): unknown {
  let node = root;
  for (const key of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** One jsonc-parser edit with the file's own indentation and line ends. */
export function edit(text: string, path: JSONPath, value: unknown, insert = false): string {
  const base = text.trim() === '' ? '{}' : text;
  const eol = base.includes('\r\n') ? '\r\n' : '\n';
  const out = applyEdits(base, modify(base, path, value, { formattingOptions: { ...detectIndentation(base), eol }, isArrayInsertion: insert }));
  return text.trim() === '' && !out.endsWith(eol) ? out + eol : out;
}

/**
 * Makes the list at `path` hold exactly one entry for which `isOurs` is true, equal to `entry`: replaces a changed one
 * in place, removes duplicates, appends when missing. Other entries are not touched.
 */
export function upsertEntry(text: string, path: JSONPath, isOurs: (value: unknown) => boolean, entry: unknown, fileLabel: string): EntryEdit {
  const root = parseObject(text, fileLabel);
  const list = at(root, path);
  if (list !== undefined && !Array.isArray(list)) throw new HookInstallError(`${fileLabel}: "${path.join('.')}" is not a list, so Agent Guard left the file unchanged.`);
  let out = text;
  if (list === undefined) {
    out = edit(out, path, [entry]);
    return { text: out, changed: true };
  }
  const ours = list.map((v, i) => (isOurs(v) ? i : -1)).filter((i) => i >= 0);
  for (const i of ours.slice(1).reverse()) out = edit(out, [...path, i], undefined);
  if (ours.length === 0) out = edit(out, [...path, -1], entry, true);
  else if (JSON.stringify(list[ours[0]]) !== JSON.stringify(entry)) out = edit(out, [...path, ours[0]], entry);
  return { text: out, changed: out !== text };
}

/** Removes every entry of the list at `path` for which `isOurs` is true; drops the list when we leave it empty. */
export function removeEntries(text: string, path: JSONPath, isOurs: (value: unknown) => boolean, fileLabel: string): EntryEdit {
  const root = parseObject(text, fileLabel);
  const list = at(root, path);
  if (!Array.isArray(list)) return { text, changed: false };
  const ours = list.map((v, i) => (isOurs(v) ? i : -1)).filter((i) => i >= 0);
  if (ours.length === 0) return { text, changed: false };
  let out = text;
  if (ours.length === list.length) out = edit(out, path, undefined);
  else for (const i of ours.reverse()) out = edit(out, [...path, i], undefined);
  return { text: out, changed: out !== text };
}
