// "Move to .env and reference it": the pure text work behind the quick fix. Which variable name to use, how the
// language reads it back (JS/TS process.env.NAME, Python os.environ["NAME"], shell "$NAME"), the edit of the source
// line, and the line appended to .env. Languages where the reference is not obvious get no quick fix.

const DEFAULT_NAMES: Record<string, string> = {
  'aws-access-key-id': 'AWS_ACCESS_KEY_ID',
  'aws-secret-access-key': 'AWS_SECRET_ACCESS_KEY',
  'github-token': 'GITHUB_TOKEN',
  'gitlab-token': 'GITLAB_TOKEN',
  'stripe-live-key': 'STRIPE_SECRET_KEY',
  'slack-token': 'SLACK_TOKEN',
  'slack-webhook': 'SLACK_WEBHOOK_URL',
  'anthropic-key': 'ANTHROPIC_API_KEY',
  'openai-key': 'OPENAI_API_KEY',
  'npm-token': 'NPM_TOKEN',
  'pypi-token': 'PYPI_TOKEN',
  'google-api-key': 'GOOGLE_API_KEY',
  'supabase-service-role': 'SUPABASE_SERVICE_ROLE_KEY',
  'database-url': 'DATABASE_PASSWORD',
};

/** An environment variable name for the secret: the variable it was assigned to (in UPPER_SNAKE), else by format. */
export function envNameFor(detector: string, assignedName?: string): string {
  if (assignedName) {
    const snake = assignedName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
    if (/^[A-Z_][A-Z0-9_]*$/.test(snake) && snake.length > 2) return snake;
  }
  return DEFAULT_NAMES[detector] ?? 'SECRET';
}

export type ReferenceStyle = 'javascript' | 'python' | 'shell';

const STYLE_BY_LANGUAGE: Record<string, ReferenceStyle> = {
  javascript: 'javascript',
  javascriptreact: 'javascript',
  typescript: 'javascript',
  typescriptreact: 'javascript',
  python: 'python',
  shellscript: 'shell',
};

/** How this language reads an environment variable, or undefined when that is not clear (no quick fix offered). */
export function referenceStyleFor(languageId: string): ReferenceStyle | undefined {
  return STYLE_BY_LANGUAGE[languageId];
}

export interface LineEdit {
  /** Column range on the line to replace (0-based, end exclusive). */
  start: number;
  end: number;
  text: string;
}

/**
 * Replaces the secret at `column`/`length` on `lineText` with a reference to `name`. Quotes around the secret go too
 * in JS and Python (the reference is an expression); in shell the value becomes "$NAME" (inside double quotes: $NAME).
 * A secret in the middle of a longer string (a URL) is not moved: undefined.
 */
export function referenceEdit(lineText: string, column: number, length: number, style: ReferenceStyle, name: string): LineEdit | undefined {
  const before = lineText[column - 1];
  const after = lineText[column + length];
  const quoted = (before === '"' || before === "'" || before === '`') && after === before;
  if (style === 'shell') {
    if (quoted && before === '"') return { start: column, end: column + length, text: `$${name}` };
    if (quoted) return { start: column - 1, end: column + length + 1, text: `"$${name}"` };
    const inside = shellQuoteAt(lineText, column);
    if (inside === '"') return { start: column, end: column + length, text: `\${${name}}` };
    if (inside === "'" || (before !== undefined && !/[=\s:]/.test(before))) return undefined;
    return { start: column, end: column + length, text: `"$${name}"` };
  }
  if (!quoted) return undefined;
  return { start: column - 1, end: column + length + 1, text: style === 'javascript' ? `process.env.${name}` : `os.environ["${name}"]` };
}

/** The quote a shell line is inside at `column` (`"`, `'`), or undefined. */
function shellQuoteAt(line: string, column: number): string | undefined {
  let open: string | undefined;
  for (let i = 0; i < column; i++) {
    const c = line[i];
    if (c === '\\' && open !== "'") i++;
    else if (!open && (c === '"' || c === "'")) open = c;
    else if (c === open) open = undefined;
  }
  return open;
}

/** True when a Python file's text already imports os (so `os.environ` works). */
export function importsOs(text: string): boolean {
  return /^\s*import\s+(?:[\w.]+\s*,\s*)*os\b|^\s*import os\b/m.test(text);
}

function quoteEnvValue(value: string): string {
  return /^[A-Za-z0-9_./:@+-]*$/.test(value) ? value : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Appends `NAME=value` to a .env file's text (keeping its line endings). When the name is taken by another value,
 * `_2`, `_3`, … is added; when the same line is already there, nothing changes. Returns the name used.
 */
export function appendToEnvFile(envText: string, name: string, value: string): { text: string; name: string } {
  const eol = envText.includes('\r\n') ? '\r\n' : '\n';
  const existing = new Map<string, string>();
  for (const line of envText.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (m) existing.set(m[1], m[2].trim().replace(/^(["'])(.*)\1$/, '$2'));
  }
  let chosen = name;
  for (let i = 2; existing.has(chosen) && existing.get(chosen) !== value; i++) chosen = `${name}_${i}`;
  if (existing.get(chosen) === value) return { text: envText, name: chosen };
  const body = envText === '' || envText.endsWith('\n') ? envText : envText + eol;
  return { text: `${body}${chosen}=${quoteEnvValue(value)}${eol}`, name: chosen };
}

/** True when a .gitignore's text already keeps `.env` out of git. */
export function gitignoreCoversEnv(text: string): boolean {
  return text.split(/\r?\n/).some((l) => /^\/?(\.env|\.env\*|\.env\.?\*|\*\.env|\.env\/?)\s*$/.test(l.trim()));
}
