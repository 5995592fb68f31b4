// Edits one value inside a JSON-with-comments file (`.vscode/settings.json` and friends) without losing anything else:
// comments, other keys, key order, trailing commas, line endings and indentation survive. Invalid input is refused
// with a clear message and no text, so a caller can never write a half-understood file back.
import { applyEdits, modify, parse, printParseErrorCode, type JSONPath, type ParseError } from 'jsonc-parser';

export type JsoncEditResult =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; error: string };

/** The indentation the file already uses (tabs, or the smallest run of leading spaces); 2 spaces for new files. */
export function detectIndentation(text: string): { insertSpaces: boolean; tabSize: number } {
  let smallest = Infinity;
  for (const line of text.split(/\r?\n/)) {
    const m = /^([ \t]+)\S/.exec(line);
    if (!m) continue;
    if (m[1].startsWith('\t')) return { insertSpaces: false, tabSize: 4 };
    smallest = Math.min(smallest, m[1].length);
  }
  return { insertSpaces: true, tabSize: Number.isFinite(smallest) ? smallest : 2 };
}

/** Where a parse error is, as `line N`, for people. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * Sets `path` to `value` in the JSONC `text` (`value === undefined` removes it). An empty or blank text is treated as
 * `{}`. The result is refused (`ok: false`) when the text is not valid JSON with comments or its root is not an object.
 * `fileLabel` names the file in error messages.
 */
export function setJsoncValue(text: string, path: JSONPath, value: unknown, fileLabel = 'settings.json'): JsoncEditResult {
  const base = text.trim() === '' ? '{}' : text;
  const errors: ParseError[] = [];
  const root: unknown = parse(base, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const first = errors[0];
    return {
      ok: false,
      error: `${fileLabel} is not valid JSON with comments (line ${lineOf(base, first.offset)}: ${printParseErrorCode(first.error)}). Nothing was written: fix the file, then try again.`,
    };
  }
  if (!root || typeof root !== 'object' || Array.isArray(root)) {
    return { ok: false, error: `${fileLabel} must contain a JSON object ({ … }). Nothing was written.` };
  }
  const eol = base.includes('\r\n') ? '\r\n' : '\n';
  const edits = modify(base, path, value, { formattingOptions: { ...detectIndentation(base), eol } });
  if (edits.length === 0) return { ok: true, text, changed: false };
  let next = applyEdits(base, edits);
  if (text.trim() === '' && !next.endsWith(eol)) next += eol;
  return { ok: true, text: next, changed: next !== text };
}

/** Reads one value from JSONC text; undefined when absent or when the text does not parse. */
export function getJsoncValue(text: string, path: JSONPath): unknown {
  const errors: ParseError[] = [];
  let node: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) return undefined;
  for (const segment of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
