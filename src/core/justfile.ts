// What `just [recipe…]` runs, read from a justfile's text (https://just.systems): the recipe lines of the recipes named
// (or the first recipe), their dependencies' first. Pure; enough of just's syntax for real project justfiles, not all
// of it:
// - recipes `name param='default' +rest: dep1 (dep2 "arg")`, bodies indented by spaces or a tab, `@` (quiet) and `-`
//   (keep going) prefixes on the recipe and on lines, backslash-newline continuations, comments;
// - `name := value` assignments (quoted strings, or other variables joined with `+`) and `{{name}}` interpolation of
//   them and of parameters (their defaults, or the arguments given); `{{{{` is a literal `{{`; anything else in `{{…}}`
//   (function calls) is left as written;
// - `alias a := b`; the `[default]` attribute; `set …`, `export`, `import`, `mod` lines and other attributes are read
//   past. A recipe whose body starts with `#!` runs that interpreter on its body: only shell bodies are returned.

export interface JustRecipe {
  name: string;
  lines: string[];
}

interface Recipe {
  params: { name: string; value: string | undefined; variadic: boolean }[];
  dependencies: { name: string; args: string[] }[];
  body: string[];
  quiet: boolean;
}

const HEADER = /^@?([A-Za-z_][A-Za-z0-9_-]*)((?:\s+[*+$]?[A-Za-z_][A-Za-z0-9_-]*(?:\s*=\s*(?:'[^']*'|"(?:[^"\\]|\\.)*"|[^\s:]+))?)*)\s*:(?!=)(.*)$/;
const ASSIGNMENT = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_-]*)\s*:=\s*(.*)$/;
const ALIAS = /^alias\s+([A-Za-z_][A-Za-z0-9_-]*)\s*:=\s*([A-Za-z_][A-Za-z0-9_-]*)\s*$/;
const MAX_RECIPES = 256;
const MAX_DEPTH = 32;

/** A value as just evaluates the simple cases: `'x'`, `"x"`, a variable, and `+` joins of those; else as written. */
function evaluate(expression: string, variables: ReadonlyMap<string, string>): string {
  const parts = expression.split(/\s+\+\s+/);
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    const quoted = /^'([^']*)'$/.exec(part) ?? /^"((?:[^"\\]|\\.)*)"$/.exec(part);
    if (quoted) out += quoted[1];
    else if (variables.has(part)) out += variables.get(part);
    else return expression.trim();
  }
  return out;
}

/** `{{name}}` filled from `values`; `{{{{` is a literal `{{`; other expressions stay as written. */
function interpolate(line: string, values: ReadonlyMap<string, string>): string {
  return line.replace(/\{\{\{\{|\{\{\s*([^}]*?)\s*\}\}/g, (all, expression: string | undefined) => {
    if (expression === undefined) return '{{';
    return values.has(expression) ? (values.get(expression) as string) : /^[A-Za-z_][A-Za-z0-9_-]*(\s*\+\s*.+)?$|^['"]/.test(expression) ? evaluate(expression, values) : all;
  });
}

function parseParams(text: string): Recipe['params'] {
  const params: Recipe['params'] = [];
  const re = /([*+$]?)([A-Za-z_][A-Za-z0-9_-]*)(?:\s*=\s*('[^']*'|"(?:[^"\\]|\\.)*"|[^\s]+))?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[3] === undefined ? undefined : m[3].replace(/^'([^']*)'$/, '$1').replace(/^"(.*)"$/, '$1');
    params.push({ name: m[2], value, variadic: m[1] === '*' || m[1] === '+' });
  }
  return params;
}

/** A dependency's arguments, each an expression (`"deploying " + target`), evaluated when the recipe runs. */
function argumentExpressions(text: string): string[] {
  const out: string[] = [];
  let join = false;
  for (const token of text.match(/'[^']*'|"(?:[^"\\]|\\.)*"|\+|[^\s+]+/g) ?? []) {
    if (token === '+') join = out.length > 0;
    else if (join) {
      out[out.length - 1] += ` + ${token}`;
      join = false;
    } else out.push(token);
  }
  return out;
}

function parseDependencies(text: string): Recipe['dependencies'] {
  const out: Recipe['dependencies'] = [];
  const re = /\(([A-Za-z_][A-Za-z0-9_-]*)((?:\s+(?:'[^']*'|"(?:[^"\\]|\\.)*"|[^\s)]+))*)\s*\)|([A-Za-z_][A-Za-z0-9_-]*)/g;
  // `&& after` dependencies run after the recipe; they are read as ordinary ones (they run all the same).
  const written = text.replace(/&&/g, ' ');
  for (let m = re.exec(written); m; m = re.exec(written)) {
    if (m[3] !== undefined) out.push({ name: m[3], args: [] });
    else out.push({ name: m[1], args: argumentExpressions(m[2]) });
  }
  return out;
}

/** Lines joined across backslash-newline continuations. */
function logicalLines(text: string): string[] {
  return text.replace(/\r\n/g, '\n').replace(/[ \t]*\\\n[ \t]*/g, ' ').split('\n');
}

interface Justfile {
  recipes: Map<string, Recipe>;
  variables: Map<string, string>;
  defaultRecipe: string | undefined;
}

function parseJustfile(text: string): Justfile {
  const recipes = new Map<string, Recipe>();
  const variables = new Map<string, string>();
  const aliases = new Map<string, string>();
  let defaultRecipe: string | undefined;
  let markedDefault = false;
  let current: Recipe | undefined;
  for (const line of logicalLines(text)) {
    if (current && /^[ \t]+\S/.test(line)) {
      current.body.push(line.trim());
      continue;
    }
    if (current && line.trim() === '') continue;
    current = undefined;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (/^\[.*\]$/.test(trimmed)) {
      if (/\bdefault\b/.test(trimmed)) markedDefault = true;
      continue;
    }
    const alias = ALIAS.exec(trimmed);
    if (alias) {
      aliases.set(alias[1], alias[2]);
      continue;
    }
    const assignment = ASSIGNMENT.exec(trimmed);
    if (assignment) {
      variables.set(assignment[1], evaluate(assignment[2], variables));
      continue;
    }
    if (/^(set|import|mod|export)\b/.test(trimmed)) continue;
    const header = HEADER.exec(trimmed);
    if (!header) continue;
    current = { params: parseParams(header[2]), dependencies: parseDependencies(header[3]), body: [], quiet: trimmed.startsWith('@') };
    recipes.set(header[1], current);
    if (defaultRecipe === undefined || markedDefault) defaultRecipe = header[1];
    markedDefault = false;
  }
  for (const [alias, target] of aliases) if (!recipes.has(alias) && recipes.has(target)) recipes.set(alias, recipes.get(target) as Recipe);
  return { recipes, variables, defaultRecipe };
}

/** The shell lines a recipe's body runs, its `{{…}}` filled; none for a body run by another interpreter (`#!`). */
function bodyLines(recipe: Recipe, values: ReadonlyMap<string, string>): string[] {
  if (recipe.body[0]?.startsWith('#!') && !/\b(sh|bash|zsh|dash)\b/.test(recipe.body[0])) return [];
  const lines: string[] = [];
  for (const raw of recipe.body) {
    if (raw.startsWith('#')) continue;
    const line = raw.replace(/^[@-]+/, '');
    if (line !== '') lines.push(interpolate(line, values));
  }
  return lines;
}

/**
 * The recipes `just [args]` runs, in order. `args` are just's operands: recipe names, each followed by its arguments
 * (as many as it has parameters; a variadic one takes the rest). With no recipe named, the default (first) recipe.
 */
export function justRecipes(text: string, args: readonly string[]): JustRecipe[] {
  const file = parseJustfile(text);
  const calls: { name: string; args: string[] }[] = [];
  for (let i = 0; i < args.length; ) {
    const name = args[i++];
    const recipe = file.recipes.get(name);
    if (!recipe) break;
    const count = recipe.params.some((p) => p.variadic) ? args.length - i : recipe.params.length;
    calls.push({ name, args: args.slice(i, i + count) });
    i += count;
  }
  if (calls.length === 0 && args.length === 0 && file.defaultRecipe !== undefined) calls.push({ name: file.defaultRecipe, args: [] });
  const out: JustRecipe[] = [];
  const done = new Set<string>();
  const run = (name: string, callArgs: readonly string[], depth: number): void => {
    const recipe = file.recipes.get(name);
    if (!recipe || done.has(name) || depth > MAX_DEPTH || out.length >= MAX_RECIPES) return;
    done.add(name);
    const values = new Map(file.variables);
    recipe.params.forEach((p, k) => {
      const given = p.variadic ? callArgs.slice(k).join(' ') : callArgs[k];
      const value = given !== undefined && given !== '' ? given : p.value !== undefined ? evaluate(p.value, file.variables) : undefined;
      if (value !== undefined) values.set(p.name, value);
    });
    for (const dependency of recipe.dependencies) run(dependency.name, dependency.args.map((a) => evaluate(a, values)), depth + 1);
    out.push({ name, lines: bodyLines(recipe, values) });
  };
  for (const call of calls) run(call.name, call.args, 0);
  return out;
}

/** The justfile names just looks for, in the folder it runs in (it also searches parents; see justRun). */
export const JUSTFILE_NAMES = ['justfile', 'Justfile', '.justfile'];
