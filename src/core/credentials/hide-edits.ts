// Pure text edits that keep agents' exclusion files in sync with the credential findings, without touching the
// user's own lines: a marked block in ignore files (.cursorignore, .aiexclude, …) and recorded entries in JSON
// settings (Claude Code permissions.deny, VS Code chat.tools.edits.autoApprove, files.exclude). JSON is edited with
// jsonc-parser so comments and formatting survive; entries the user wrote are never removed.
import { applyEdits, createScanner, findNodeAtLocation, modify, parseTree, SyntaxKind, type Edit, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser';
import { parseSettingsText } from '../workspace-settings';

export const BLOCK_START = '# >>> agent-guard (managed: do not edit inside) >>>';
export const BLOCK_END = '# <<< agent-guard <<<';
const BLOCK_NOTE = '# Files where Agent Guard found credentials, kept out of AI agents\' reach. Lines outside this block are yours.';

/** A file could not be updated; `message` says what, why, and what to do. Nothing was written. */
export class HideEditError extends Error {}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** A gitignore-syntax line matching exactly this root-relative file. */
export function ignoreLine(relativePath: string): string {
  const escaped = relativePath.replace(/[\\*?[\]]/g, (c) => `\\${c}`).replace(/ $/, '\\ ');
  return `/${escaped.replace(/^([#!])/, '\\$1')}`;
}

/**
 * Replaces (or appends, or removes when `paths` is empty) the Agent Guard block in an ignore file's text. Lines
 * outside the block, line endings and a missing final newline elsewhere are kept as they were.
 */
export function syncIgnoreBlock(text: string, paths: readonly string[], fileLabel = 'the ignore file'): string {
  const eol = eolOf(text);
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === BLOCK_START);
  const end = start === -1 ? -1 : lines.findIndex((l, i) => i > start && l.trim() === BLOCK_END);
  if (start !== -1 && end === -1) {
    throw new HideEditError(`${fileLabel}: the Agent Guard block has its start line but no end line ("${BLOCK_END}"). Agent Guard did not change the file. Delete the start line (or add the end line) and it will be rewritten.`);
  }
  if (start === -1 && lines.some((l) => l.trim() === BLOCK_END)) {
    throw new HideEditError(`${fileLabel}: there is an Agent Guard end line without a start line. Agent Guard did not change the file. Delete that line and it will be rewritten.`);
  }
  const block = paths.length ? [BLOCK_START, BLOCK_NOTE, ...[...new Set(paths)].sort().map(ignoreLine), BLOCK_END] : [];
  if (start !== -1) {
    let from = start;
    let to = end + 1;
    if (!block.length) {
      // Take the blank line we put before the block with it.
      if (from > 0 && lines[from - 1] === '') from--;
      else if (to < lines.length - 1 && lines[to] === '') to++;
    }
    const next = [...lines.slice(0, from), ...block, ...lines.slice(to)];
    if (!block.length && next.length === 1 && next[0] === '') return '';
    return next.join(eol);
  }
  if (!block.length) return text;
  const body = text === '' ? '' : text.endsWith('\n') ? text : text + eol;
  return `${body}${body.trim() ? eol : ''}${block.join(eol)}${eol}`;
}

function formattingOf(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol: eolOf(text) };
}

function parseOrThrow(text: string, fileLabel: string): void {
  if (!text.trim()) return;
  const { errors } = parseSettingsText(text, fileLabel);
  if (errors.length) throw new HideEditError(`${errors[0]} Agent Guard did not change it; fix the syntax and it will be updated.`);
}

function edit(text: string, path: JSONPath, value: unknown, insert = false): string {
  return applyEdits(text, modify(text, path, value, { formattingOptions: formattingOf(text), isArrayInsertion: insert }));
}

/** Offset of the first comma token at or after `from` (comments skipped). */
function commaAfter(text: string, from: number): number {
  const scanner = createScanner(text, true);
  scanner.setPosition(from);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.CommaToken) return scanner.getTokenOffset();
    if (kind !== SyntaxKind.LineCommentTrivia && kind !== SyntaxKind.BlockCommentTrivia && kind !== SyntaxKind.Trivia && kind !== SyntaxKind.LineBreakTrivia) break;
  }
  return -1;
}

/** Start of `offset`'s line when only whitespace precedes it there (so the whole line can go), else `offset`. */
function lineStartIfAlone(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i > 0 && text[i - 1] === '\n') return text[i - 2] === '\r' ? i - 2 : i - 1;
  return offset;
}

/**
 * Removes array element `index`, and only it: its comma and its line, never a neighbour's comment (jsonc-parser's
 * own removal takes the text up to the closing bracket, comments included).
 */
function removeArrayElement(text: string, array: Node, index: number): string {
  const items = array.children ?? [];
  const el = items[index];
  if (index === 0) return applyEdits(text, modify(text, [...pathOf(array), 0], undefined, { formattingOptions: formattingOf(text) }));
  const prev = items[index - 1];
  const comma = commaAfter(text, prev.offset + prev.length);
  if (comma === -1 || comma > el.offset) return applyEdits(text, modify(text, [...pathOf(array), index], undefined, { formattingOptions: formattingOf(text) }));
  if (/^\s*$/.test(text.slice(comma + 1, el.offset))) return applyEdits(text, [{ offset: comma, length: el.offset + el.length - comma, content: '' }]);
  const start = Math.max(lineStartIfAlone(text, el.offset), comma + 1);
  const edits: Edit[] = [
    { offset: start, length: el.offset + el.length - start, content: '' },
    { offset: comma, length: 1, content: '' },
  ];
  return applyEdits(text, edits);
}

/** Appends a string to a non-empty array on a line of its own after the last element (and its trailing comment). */
function appendArrayElement(text: string, array: Node, value: string): string {
  const items = array.children ?? [];
  const last = items[items.length - 1];
  const lastEnd = last.offset + last.length;
  const close = array.offset + array.length - 1;
  const between = text.slice(lastEnd, close);
  const newline = between.lastIndexOf('\n');
  if (newline === -1) return applyEdits(text, [{ offset: lastEnd, length: 0, content: `, ${JSON.stringify(value)}` }]);
  const lineStart = text.lastIndexOf('\n', last.offset) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const at = lastEnd + newline - (between[newline - 1] === '\r' ? 1 : 0);
  const line = `${eolOf(text)}${indent}${JSON.stringify(value)}`;
  if (at === lastEnd) return applyEdits(text, [{ offset: lastEnd, length: 0, content: `,${line}` }]);
  return applyEdits(text, [
    { offset: at, length: 0, content: line },
    { offset: lastEnd, length: 0, content: ',' },
  ]);
}

function pathOf(node: Node): JSONPath {
  const out: JSONPath = [];
  for (let n: Node | undefined = node; n?.parent; n = n.parent) {
    const parent: Node = n.parent;
    if (parent.type === 'property') {
      out.unshift(parent.children?.[0]?.value as string);
      n = parent;
    } else if (parent.type === 'array') out.unshift(parent.children?.indexOf(n) ?? 0);
  }
  return out;
}

function arrayAt(text: string, path: JSONPath): Node | undefined {
  const root = parseTree(text);
  return root ? findNodeAtLocation(root, path) : undefined;
}

export interface JsonSyncResult {
  text: string;
  /** The entries Agent Guard owns after the edit: record them and pass them back next time. */
  ours: string[];
}

/**
 * Keeps the string array at `path` holding `desired`: adds what is missing (and owns it), removes entries it owned
 * that are no longer desired, and leaves every other entry alone (a desired entry the user already wrote stays theirs).
 */
export function syncJsonArray(text: string, path: JSONPath, desired: readonly string[], previouslyOurs: readonly string[], fileLabel: string): JsonSyncResult {
  parseOrThrow(text, fileLabel);
  const node = text.trim() ? findNodeAtLocation(parseTree(text) ?? { type: 'null', offset: 0, length: 0 }, path) : undefined;
  if (node && node.type !== 'array') throw new HideEditError(`${fileLabel}: "${path.join('.')}" is not a list, so Agent Guard left the file unchanged. Make it a list of strings.`);
  const want = new Set(desired);
  const owned = new Set(previouslyOurs);
  const current = (node?.children ?? []).map((c) => (c.type === 'string' ? (c.value as string) : undefined));
  let out = text;
  for (let i = current.length - 1; i >= 0; i--) {
    const entry = current[i];
    if (entry !== undefined && owned.has(entry) && !want.has(entry)) out = removeArrayElement(out, arrayAt(out, path) as Node, i);
  }
  const present = new Set(current.filter((c): c is string => c !== undefined));
  const ours = [...desired].filter((d) => owned.has(d) && present.has(d));
  const missing = [...new Set(desired)].filter((d) => !present.has(d));
  if (!node && missing.length) {
    out = edit(out.trim() ? out : '{}', path, missing);
    if (!text.trim()) out += '\n';
  } else {
    for (const entry of missing) {
      const array = arrayAt(out, path) as Node;
      out = array.children?.length ? appendArrayElement(out, array, entry) : edit(out, [...path, -1], entry, true);
    }
  }
  ours.push(...missing);
  return { text: out, ours: ours.sort() };
}

/**
 * Keeps the object at `path` holding `desired` keys with their values: adds missing keys (owned), removes owned keys
 * no longer desired while they still hold the value Agent Guard wrote (a key the user changed becomes theirs).
 */
export function syncJsonObjectKeys(text: string, path: JSONPath, desired: Readonly<Record<string, unknown>>, previouslyOurs: readonly string[], ourValue: unknown, fileLabel: string): JsonSyncResult {
  parseOrThrow(text, fileLabel);
  const node = text.trim() ? findNodeAtLocation(parseTree(text) ?? { type: 'null', offset: 0, length: 0 }, path) : undefined;
  if (node && node.type !== 'object') throw new HideEditError(`${fileLabel}: "${path.join('.')}" is not an object, so Agent Guard left the file unchanged.`);
  const current = new Map<string, unknown>();
  for (const prop of node?.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (key) current.set(key.value as string, value?.value);
  }
  const owned = new Set(previouslyOurs);
  let out = text;
  const ours: string[] = [];
  for (const [key, value] of current) {
    if (!owned.has(key)) continue;
    if (key in desired) {
      if (value === desired[key]) ours.push(key);
    } else if (value === ourValue) {
      out = edit(out, [...path, key], undefined);
    }
  }
  const missing = Object.keys(desired).filter((k) => !current.has(k));
  if (!node && missing.length) {
    out = edit(out.trim() ? out : '{}', path, Object.fromEntries(missing.map((k) => [k, desired[k]])));
    if (!text.trim()) out += '\n';
  } else {
    for (const key of missing) out = edit(out, [...path, key], desired[key]);
  }
  ours.push(...missing);
  return { text: out, ours: ours.sort() };
}

/** A glob matching exactly this relative path (glob characters in the name are bracketed). */
export function exactGlob(relativePath: string): string {
  return relativePath.replace(/[*?[\]{}]/g, (c) => `[${c}]`);
}

/** Claude Code permission rules denying reads and edits of these files. */
export function claudeDenyEntries(paths: readonly string[]): string[] {
  return paths.flatMap((p) => [`Read(./${p})`, `Edit(./${p})`]);
}
