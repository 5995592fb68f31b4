// Finds the mutation fields a GraphQL request body would run (`mutation { volumeDelete(id: "…") }` → volumeDelete).
// Reads bodies loosely: a JSON envelope (`{"query": "…"}`, batched arrays, multipart `operations`), or a bare document.
// Queries and subscriptions yield nothing, so `{ users { deletedAt } }` is not mistaken for a deletion.

/** GraphQL documents inside a request body: the `query` strings of a JSON envelope, or the body itself. */
export function graphqlDocumentsIn(body: string): string[] {
  const trimmed = body.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    for (const candidate of [trimmed, trimmed.replace(/\\"/g, '"')]) {
      try {
        const docs: string[] = [];
        collectQueries(JSON.parse(candidate), docs);
        return docs;
      } catch {
        // Not JSON as written: try the next spelling, then read the text as a document.
      }
    }
    // Shell-mangled JSON: pull the "query" string out by hand.
    const m = /"(?:query|mutation)"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(trimmed.replace(/\\\\"/g, '\\"'));
    if (m) return [m[1].replace(/\\n/g, '\n').replace(/\\(.)/g, '$1')];
    // A bare document starting with `{` is a query shorthand, which never mutates.
    return trimmed.startsWith('{') ? [] : [trimmed];
  }
  return [trimmed];
}

function collectQueries(value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectQueries(item, out);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'query' || key === 'mutation') && typeof inner === 'string') out.push(inner);
      // Multipart uploads carry the operation as JSON text in `operations`.
      else if (key === 'operations' && typeof inner === 'string') {
        try {
          collectQueries(JSON.parse(inner), out);
        } catch {
          out.push(inner);
        }
      } else collectQueries(inner, out);
    }
  }
}

/** The document with string literals blanked and comments dropped, so names inside arguments are not read as fields. */
function stripLiteralsAndComments(doc: string): string {
  return doc
    .replace(/"""[\s\S]*?"""/g, '""')
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/#[^\n]*/g, '');
}

/** Names of the top-level fields of every mutation operation in the document (aliases skipped). */
export function mutationFields(doc: string): string[] {
  const text = stripLiteralsAndComments(doc);
  const fields: string[] = [];
  const keyword = /\bmutation\b/g;
  let m: RegExpExecArray | null;
  while ((m = keyword.exec(text)) !== null) {
    // The operation keyword stands at the start of the document or after a closed operation, never inside a selection.
    const before = text.slice(0, m.index);
    if (depthOf(before) !== 0) continue;
    const open = selectionStart(text, m.index + m[0].length);
    if (open < 0) continue;
    let depth = 0;
    let parens = 0;
    for (let i = open; i < text.length; i++) {
      const c = text[i];
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) break;
      } else if (c === '(') parens++;
      else if (c === ')') parens--;
      else if (depth === 1 && parens === 0 && /[A-Za-z_]/.test(c) && !/[A-Za-z0-9_.$]/.test(text[i - 1] ?? '')) {
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))![0];
        const after = text.slice(i + name.length).trimStart();
        if (!after.startsWith(':') && name !== 'on') fields.push(name);
        i += name.length - 1;
      }
    }
  }
  return fields;
}

/** Brace depth at the end of the text (0 means between operations). */
function depthOf(text: string): number {
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth++;
    else if (c === '}') depth--;
  }
  return depth;
}

/** Index of the `{` opening an operation's selection set, skipping its name, variables and directives. */
function selectionStart(text: string, from: number): number {
  let parens = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '(') parens++;
    else if (c === ')') parens--;
    else if (c === '{' && parens === 0) return i;
  }
  return -1;
}
