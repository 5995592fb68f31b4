// What `make` runs. An agent that types `make db-reset` runs the recipe the Makefile gives that target (and the recipes
// of the target's prerequisites), not the words of the line: with `db-reset: ; rails db:drop db:create` the database
// is dropped though no line said so. This module reads a Makefile's text into the shell lines a `make` command would
// run, in the order it would run them, so they can be checked like lines the agent typed; and it reads a `make`
// command's argv for its directory, makefile and goals. The caller finds and reads the file: no I/O here.
//
// It reads GNU make syntax well enough for real project Makefiles, and is not make. Read: rules (`a b: c | d ; cmd`,
// `::`, `&:`, static pattern rules' prerequisites), recipe lines (tab or .RECIPEPREFIX, `@-+` prefixes,
// continuations, `#` kept for the shell), variables of every assignment flavour with `override`/`export`, `define`
// blocks, `$(VAR)`/`${VAR}`/`$X`, computed names, `$$`, automatic variables `$@ $< $^ $+ $? $|`, .DEFAULT_GOAL.
// Not read: functions (`$(shell …)`, `$(wildcard …)`, substitution references: left as written, which the shell reader
// downstream takes for a substitution), implicit and pattern rules (a goal reaches one only by its literal name),
// target-specific variables, included files, command-line variables, file timestamps (every recipe is taken to run).
// Conditionals are not evaluated: the lines of every branch are kept, so a destructive recipe in any branch is seen
// (for a variable set in several branches, the last one read wins).

/** One target's recipe: the shell lines make runs for it, expanded, without their `@-+` prefixes. */
export interface MakeRecipe {
  target: string;
  lines: string[];
}

/** What a `make` command asks for. `makefile` is relative to `directory` (make changes directory first). */
export interface MakeInvocation {
  directory?: string;
  makefile?: string;
  goals: string[];
}

/** The most recipes returned for one command. */
const MAX_RECIPES = 256;
/** How deep prerequisites of prerequisites are followed. */
const MAX_PREREQUISITE_DEPTH = 32;
/** How deep variables referring to variables are expanded (a variable that refers to itself stops here). */
const MAX_EXPANSION_DEPTH = 16;
/** The most characters variable values may contribute to one makeRecipes call: `A = $(B)$(B)`, `B = $(C)$(C)`, …
 * grows exponentially; past this, references are left as written. */
const MAX_EXPANDED_CHARACTERS = 1 << 20;

/** A variable's value as read; a recursive one (`=`) is expanded each time it is used, a simple one (`:=`) was
 * expanded when it was set. */
interface Variable {
  value: string;
  recursive: boolean;
}

/** The recipe lines of a rule line, unexpanded (they are expanded per target when run). */
interface Recipe {
  lines: string[];
  /** True once the rule has a recipe, even an empty one (`a: ;`): it then replaces an earlier rule's recipe. */
  defined: boolean;
}

/** One rule line: its prerequisites and its recipe (shared by all the targets it names). */
interface RuleLine {
  prerequisites: string[];
  orderOnly: string[];
  recipe: Recipe;
}

/** The rule lines naming one target, in the order read. */
interface Target {
  rules: RuleLine[];
  /** Double-colon (`a::`): each rule line is run on its own; otherwise they merge into one rule. */
  doubleColon: boolean;
}

/** A Makefile as read: its variables at the end of reading, its targets and its first ordinary target. */
interface Makefile {
  variables: Map<string, Variable>;
  expander: Expander;
  targets: Map<string, Target>;
  firstTarget: string | undefined;
}

/** The state of reading a Makefile, line by line. */
interface ReadState extends Makefile {
  /** The rule that recipe lines join now: from a rule line until a variable assignment or the next rule. */
  current: RuleLine | undefined;
  recipePrefix: string;
}

/** The automatic variables of a recipe being expanded. */
interface Automatic {
  target: string;
  prerequisites: readonly string[];
  orderOnly: readonly string[];
}

/** Expands `$(…)` references with a Makefile's variables, within a character budget shared by all its expansions. */
class Expander {
  private budget = MAX_EXPANDED_CHARACTERS;

  constructor(private readonly variables: ReadonlyMap<string, Variable>) {}

  /** The text with its references expanded; unknown references and functions are left as written. */
  expand(text: string, automatic?: Automatic, depth = 0): string {
    if (!text.includes('$')) return text;
    let out = '';
    let i = 0;
    while (i < text.length) {
      const dollar = text.indexOf('$', i);
      if (dollar < 0 || dollar === text.length - 1) return out + text.slice(i);
      out += text.slice(i, dollar);
      const next = text[dollar + 1];
      if (next === '(' || next === '{') {
        const close = closingBracket(text, dollar + 1);
        if (close < 0) return out + text.slice(dollar);
        out += this.reference(text.slice(dollar + 2, close), text.slice(dollar, close + 1), automatic, depth);
        i = close + 1;
      } else {
        out += next === '$' ? '$' : this.reference(next, `$${next}`, automatic, depth);
        i = dollar + 2;
      }
    }
    return out;
  }

  /** The value of one reference (`name` is what is inside the brackets), or `written` when it is not a known variable. */
  private reference(name: string, written: string, automatic: Automatic | undefined, depth: number): string {
    if (depth >= MAX_EXPANSION_DEPTH || this.budget <= 0) return written;
    // A computed name: $($(ENV)_HOST).
    const key = name.includes('$') ? this.expand(name, automatic, depth + 1) : name;
    const value = (automatic && automaticValue(key, automatic)) ?? this.variableValue(key, automatic, depth);
    if (value === undefined) return written;
    this.budget -= value.length;
    return value;
  }

  /** A variable's value, expanded if it is recursive; undefined for an unknown name. */
  private variableValue(name: string, automatic: Automatic | undefined, depth: number): string | undefined {
    const variable = this.variables.get(name);
    if (!variable) return undefined;
    return variable.recursive ? this.expand(variable.value, automatic, depth + 1) : variable.value;
  }
}

/** The index of the bracket closing the one at `open` (only brackets of the same kind nest, as in make), or -1. */
function closingBracket(text: string, open: number): number {
  const opening = text[open];
  const closing = opening === '(' ? ')' : '}';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === opening) depth++;
    else if (text[i] === closing && --depth === 0) return i;
  }
  return -1;
}

/** The value of an automatic variable ($@ the target, $< the first prerequisite, $^ all of them once, $+ all of them
 * as listed, $? the newer ones: all, as timestamps are unknown; $| the order-only ones), or undefined. */
function automaticValue(name: string, automatic: Automatic): string | undefined {
  switch (name) {
    case '@': return automatic.target;
    case '<': return automatic.prerequisites[0] ?? '';
    case '^':
    case '?': return [...new Set(automatic.prerequisites)].join(' ');
    case '+': return automatic.prerequisites.join(' ');
    case '|': return [...new Set(automatic.orderOnly)].join(' ');
    default: return undefined;
  }
}

/** True when a line ends in a backslash that escapes its newline (an odd number of them). */
function continues(line: string): boolean {
  let count = 0;
  for (let i = line.length - 1; i >= 0 && line[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

/** A recipe line and its continuations from line `start`: the backslash-newlines are removed as the shell would, with
 * one recipe prefix at the start of each continued line, as make does. Returns the text and its last line's index. */
function joinRecipeLine(lines: readonly string[], start: number, prefix: string): [string, number] {
  let text = lines[start].slice(prefix.length);
  let i = start;
  while (continues(text) && i + 1 < lines.length) {
    i++;
    const next = lines[i].startsWith(prefix) ? lines[i].slice(prefix.length) : lines[i];
    text = text.slice(0, -1) + next;
  }
  return [text, i];
}

/** A makefile line and its continuations from line `start`: each backslash-newline and the whitespace around it
 * become one space. Returns the text and its last line's index. */
function joinMakefileLine(lines: readonly string[], start: number): [string, number] {
  let text = lines[start];
  let i = start;
  while (continues(text) && i + 1 < lines.length) {
    i++;
    text = `${text.slice(0, -1).trimEnd()} ${lines[i].trimStart()}`;
  }
  return [text, i];
}

/** The index of the first `#` that starts a comment (not escaped as `\#`), or -1. */
function commentStart(line: string): number {
  for (let i = line.indexOf('#'); i >= 0; i = line.indexOf('#', i + 1)) {
    if (line[i - 1] !== '\\') return i;
  }
  return -1;
}

/** The line without its comment, with `\#` read as `#`. */
function withoutComment(line: string): string {
  const hash = commentStart(line);
  return (hash < 0 ? line : line.slice(0, hash)).replace(/\\#/g, '#');
}

/** The index of the first of `chars` outside `$(…)`/`${…}` references, or -1. */
function indexOutsideReferences(text: string, chars: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
      const close = closingBracket(text, i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (chars.includes(text[i])) {
      return i;
    }
  }
  return -1;
}

const CONDITIONAL = /^\s*(ifeq|ifneq|ifdef|ifndef|else|endif)(\s|\(|$)/;
const IGNORED_DIRECTIVE = /^\s*(-?include|sinclude|vpath|unexport|undefine|-?load)(\s|$)/;
const DEFINE = /^\s*((?:override|export|private)\s+)*define\s+(\S+)\s*(=|:=|::=|:::=|\+=|\?=|!=)?\s*$/;
const MODIFIERS = /^\s*((override|export|private)\s+)+/;

/** The Makefile read from its text. Lines of every conditional branch are kept (conditions are not evaluated). */
function readMakefile(text: string): Makefile {
  const variables = new Map<string, Variable>();
  const state: ReadState = { variables, targets: new Map(), firstTarget: undefined, expander: new Expander(variables), current: undefined, recipePrefix: '\t' };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A tab-indented `ifeq` among recipe lines is a recipe line too: GNU make 4.3 passes it to the shell.
    if (state.current && line.startsWith(state.recipePrefix)) {
      const [recipe, last] = joinRecipeLine(lines, i, state.recipePrefix);
      state.current.recipe.lines.push(recipe);
      state.current.recipe.defined = true;
      i = last;
      continue;
    }
    const [logical, last] = joinMakefileLine(lines, i);
    const define = DEFINE.exec(logical);
    i = define ? readDefine(state, lines, last, define[2], define[3] ?? '=') : last;
    if (!define) readMakefileLine(state, logical);
  }
  return state;
}

/** Reads a `define NAME` block whose first line is `start`; returns the index of its `endef`. */
function readDefine(state: ReadState, lines: readonly string[], start: number, name: string, operator: string): number {
  const body: string[] = [];
  let nested = 0;
  let i = start + 1;
  for (; i < lines.length; i++) {
    if (/^\s*endef(\s|$)/.test(lines[i]) && nested-- === 0) break;
    if (DEFINE.test(lines[i])) nested++;
    body.push(lines[i]);
  }
  assign(state, state.expander.expand(name), operator, body.join('\n'));
  return i;
}

/** Reads one makefile line that is not a recipe line: a rule, a variable assignment, a directive or a comment. */
function readMakefileLine(state: ReadState, line: string): void {
  const hash = commentStart(line);
  const semicolon = indexOutsideReferences(line, ';');
  // `a: b ; echo # kept`: the recipe after `;` keeps its `#` for the shell. Anywhere else `#` starts a comment.
  if (semicolon >= 0 && (hash < 0 || semicolon < hash) && readRule(state, withoutComment(line.slice(0, semicolon)), line.slice(semicolon + 1))) return;
  const text = withoutComment(line);
  if (text.trim() === '' || CONDITIONAL.test(text) || IGNORED_DIRECTIVE.test(text)) return;
  if (readAssignment(state, text)) return;
  readRule(state, text, undefined);
}

/** Reads a variable assignment (`VAR = v`, `:=`, `::=`, `:::=`, `?=`, `+=`, `!=`, with `override`/`export`); false
 * when the line is not one. */
function readAssignment(state: ReadState, text: string): boolean {
  const body = text.replace(MODIFIERS, '');
  const at = indexOutsideReferences(body, ':=');
  if (at < 0) return false;
  const colons = /^:{1,3}=/.exec(body.slice(at))?.[0];
  if (body[at] === ':' && colons === undefined) return false;
  const nameEnd = body[at] === '=' && at > 0 && '+?!'.includes(body[at - 1]) ? at - 1 : at;
  const operator = colons ?? body.slice(nameEnd, at + 1);
  const name = state.expander.expand(body.slice(0, nameEnd).trim());
  if (name === '' || /\s/.test(name)) return false;
  // make keeps a value's trailing whitespace (`D = build   # note` is "build   "), so only its start is trimmed.
  assign(state, name, operator, body.slice(nameEnd + operator.length).trimStart());
  return true;
}

/** Sets a variable as make does for each assignment operator. A variable definition ends the current rule. */
function assign(state: ReadState, name: string, operator: string, value: string): void {
  state.current = undefined;
  const old = state.variables.get(name);
  if (operator === '?=') {
    if (!old) state.variables.set(name, { value, recursive: true });
  } else if (operator === '+=') {
    if (!old) state.variables.set(name, { value, recursive: true });
    else state.variables.set(name, { value: join(old.value, old.recursive ? value : state.expander.expand(value)), recursive: old.recursive });
  } else if (operator === '!=') {
    // The output of a shell command, unknown here: kept as the substitution it is.
    state.variables.set(name, { value: `$(shell ${value})`, recursive: false });
  } else if (operator === '=') {
    state.variables.set(name, { value, recursive: true });
  } else {
    state.variables.set(name, { value: state.expander.expand(value), recursive: false });
  }
  if (name === '.RECIPEPREFIX') state.recipePrefix = state.variables.get(name)?.value[0] ?? '\t';
}

/** Two values joined by a space, as `+=` does. */
function join(before: string, after: string): string {
  return before === '' ? after : `${before} ${after}`;
}

/** Reads a rule line `targets: prerequisites | order-only` (its inline recipe after `;` given apart); false when the
 * line is not a rule. A target-specific variable (`a: X = 1`) is read as no rule and ends the current one. */
function readRule(state: ReadState, head: string, inlineRecipe: string | undefined): boolean {
  const colon = indexOutsideReferences(head, ':=');
  if (colon < 0 || head[colon] !== ':' || head[colon + 1] === '=') return false;
  const doubleColon = head[colon + 1] === ':';
  if (doubleColon && head[colon + 2] === '=') return false;
  const targets = words(state.expander.expand(head.slice(0, colon).replace(/&\s*$/, '')));
  let rest = head.slice(colon + (doubleColon ? 2 : 1));
  const inner = indexOutsideReferences(rest, ':=');
  if (inner >= 0 && (rest[inner] === '=' || rest[inner + 1] === '=')) {
    state.current = undefined;
    return true;
  }
  let pattern: string | undefined;
  if (inner >= 0) {
    pattern = state.expander.expand(rest.slice(0, inner)).trim();
    rest = rest.slice(inner + 1);
  }
  const [normal, orderOnly = ''] = state.expander.expand(rest).split('|');
  const recipe: Recipe = { lines: inlineRecipe === undefined ? [] : [inlineRecipe], defined: inlineRecipe !== undefined };
  const rule: RuleLine = { prerequisites: words(normal), orderOnly: words(orderOnly), recipe };
  for (const target of targets) addRule(state, target, pattern === undefined ? rule : staticPatternRule(rule, target, pattern), doubleColon);
  state.current = rule;
  return true;
}

/** A static pattern rule (`objs: %.o: %.c`) for one target: `%` in its prerequisites is the target's stem. The recipe
 * lines stay shared with the rule line, which is the one that later recipe lines join. */
function staticPatternRule(rule: RuleLine, target: string, pattern: string): RuleLine {
  const percent = pattern.indexOf('%');
  const prefix = pattern.slice(0, percent);
  const suffix = pattern.slice(percent + 1);
  if (percent < 0 || target.length < prefix.length + suffix.length || !target.startsWith(prefix) || !target.endsWith(suffix)) return rule;
  const stem = target.slice(prefix.length, target.length - suffix.length);
  const withStem = (word: string): string => word.replace('%', stem);
  return { ...rule, prerequisites: rule.prerequisites.map(withStem), orderOnly: rule.orderOnly.map(withStem) };
}

/** The whitespace-separated words of a text. */
function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** Adds a rule line to a target, and takes the target as the default goal if it is the first ordinary one. */
function addRule(state: ReadState, name: string, rule: RuleLine, doubleColon: boolean): void {
  const target = state.targets.get(name);
  if (target) target.rules.push(rule);
  else state.targets.set(name, { rules: [rule], doubleColon });
  if (state.firstTarget === undefined && mayBeDefaultGoal(name)) state.firstTarget = name;
}

/** False for special targets (`.PHONY`; a name with a `/` is a file, not special) and pattern rules (`%.o`). */
function mayBeDefaultGoal(name: string): boolean {
  return !(name.startsWith('.') && !name.includes('/')) && !name.includes('%');
}

/** What a target runs, as make merges its rule lines: for a single-colon target, one step with the prerequisites of all
 * its rules (those of the rule with the recipe first, as make lists them) and the recipe of the last rule that has one;
 * for a double-colon target, each rule line on its own. */
function steps(target: Target): RuleLine[] {
  if (target.doubleColon) return target.rules;
  let withRecipe: RuleLine | undefined;
  for (const rule of target.rules) if (rule.recipe.defined) withRecipe = rule;
  const ordered = withRecipe ? [withRecipe, ...target.rules.filter((rule) => rule !== withRecipe)] : target.rules;
  return [{
    prerequisites: ordered.flatMap((rule) => rule.prerequisites),
    orderOnly: ordered.flatMap((rule) => rule.orderOnly),
    recipe: withRecipe?.recipe ?? { lines: [], defined: false },
  }];
}

/** A step's recipe lines for a target, expanded, split where a variable held several lines (a `define`d canned
 * recipe), without their `@`, `-` and `+` prefixes, and without empty lines (make runs no shell for them). */
function recipeLines(step: RuleLine, target: string, expander: Expander): string[] {
  const automatic: Automatic = { target, prerequisites: step.prerequisites, orderOnly: step.orderOnly };
  return step.recipe.lines
    .flatMap((line) => expander.expand(line, automatic).split('\n'))
    .map((line) => line.replace(/^[\s@+-]+/, ''))
    .filter((line) => line.trim() !== '');
}

/** The recipe lines `make [targets]` would run, read from a Makefile's text, in run order: for each goal (the given
 * targets, or the default goal = first ordinary target when none is given), its prerequisites' recipes first
 * (depth-first, each target once), then its own. A goal with no rule yields nothing. At most 256 recipes, and
 * prerequisites at most 32 deep. */
export function makeRecipes(text: string, goals: readonly string[]): MakeRecipe[] {
  const makefile = readMakefile(text);
  const expander = makefile.expander;
  const defaultGoal = makefile.variables.get('.DEFAULT_GOAL');
  const start = goals.length > 0 ? goals : defaultGoal ? words(expander.expand(defaultGoal.value)) : makefile.firstTarget ? [makefile.firstTarget] : [];
  const recipes: MakeRecipe[] = [];
  const seen = new Set<string>();
  const visit = (name: string, depth: number): void => {
    if (depth > MAX_PREREQUISITE_DEPTH || seen.has(name) || recipes.length >= MAX_RECIPES) return;
    seen.add(name);
    const target = makefile.targets.get(name);
    if (!target) return;
    for (const step of steps(target)) {
      for (const prerequisite of [...step.prerequisites, ...step.orderOnly]) visit(prerequisite, depth + 1);
      const lines = recipeLines(step, name, expander);
      if (lines.length > 0 && recipes.length < MAX_RECIPES) recipes.push({ target: name, lines });
    }
  };
  for (const goal of start) visit(goal, 0);
  return recipes;
}

/** How a `make` option is read: `flag` takes no value; `value` takes the rest of its word or the next word;
 * `number` an optional value, the next word when it starts with a digit (`-j 4`, as make reads it); `attached` an
 * optional value only in its own word (`-Otarget`, `--debug=b`); `runs-nothing` makes make run no recipe. */
type OptionKind = 'flag' | 'value' | 'number' | 'attached' | 'runs-nothing';

/** GNU make's long options. A dry run (`-n`), a question (`-q`) and touching (`-t`) run no recipe except lines that
 * start with `+` or use $(MAKE), which are not told apart here. */
const LONG_OPTIONS: Readonly<Record<string, OptionKind>> = {
  'always-make': 'flag', 'assume-new': 'value', 'assume-old': 'value', 'check-symlink-times': 'flag', debug: 'attached',
  directory: 'value', 'dry-run': 'runs-nothing', 'environment-overrides': 'flag', eval: 'value', file: 'value',
  help: 'runs-nothing', 'ignore-errors': 'flag', 'include-dir': 'value', jobs: 'number', 'jobserver-auth': 'value',
  'jobserver-fds': 'value', 'just-print': 'runs-nothing', 'keep-going': 'flag', 'load-average': 'number',
  makefile: 'value', 'max-load': 'number', 'new-file': 'value', 'no-builtin-rules': 'flag',
  'no-builtin-variables': 'flag', 'no-keep-going': 'flag', 'no-print-directory': 'flag', 'no-silent': 'flag',
  'old-file': 'value', 'output-sync': 'attached', 'print-data-base': 'flag', 'print-directory': 'flag',
  question: 'runs-nothing', quiet: 'flag', recon: 'runs-nothing', shuffle: 'attached', silent: 'flag', stop: 'flag',
  touch: 'runs-nothing', trace: 'flag', version: 'runs-nothing', 'warn-undefined-variables': 'flag',
  'what-if': 'value',
};

/** GNU make's short options, by the long option each is. */
const SHORT_OPTIONS: Readonly<Record<string, string>> = {
  b: 'ignored', B: 'always-make', C: 'directory', d: 'ignored', e: 'environment-overrides', E: 'eval', f: 'file',
  h: 'help', i: 'ignore-errors', I: 'include-dir', j: 'jobs', k: 'keep-going', l: 'load-average',
  L: 'check-symlink-times', m: 'ignored', n: 'just-print', o: 'old-file', O: 'output-sync', p: 'print-data-base',
  q: 'question', r: 'no-builtin-rules', R: 'no-builtin-variables', s: 'silent', S: 'no-keep-going', t: 'touch',
  v: 'version', w: 'print-directory', W: 'what-if',
};

/** What is read of a make command so far. */
interface InvocationState {
  invocation: MakeInvocation;
  runsNothing: boolean;
}

/** The kind of a long option; an abbreviation that names one option (`--dir=x`, as getopt allows) counts as it. */
function longOption(name: string): [string, OptionKind] {
  if (Object.hasOwn(LONG_OPTIONS, name)) return [name, LONG_OPTIONS[name]];
  const matches = Object.keys(LONG_OPTIONS).filter((option) => option.startsWith(name));
  return matches.length === 1 ? [matches[0], LONG_OPTIONS[matches[0]]] : [name, 'flag'];
}

/** The kind of a short option (unknown ones are flags). */
function shortOption(letter: string): [string, OptionKind] {
  const name = Object.hasOwn(SHORT_OPTIONS, letter) ? SHORT_OPTIONS[letter] : letter;
  return [name, Object.hasOwn(LONG_OPTIONS, name) ? LONG_OPTIONS[name] : 'flag'];
}

/** Records an option and its value: -C directories compose (`-C a -C b` is a/b; an absolute one starts again), the
 * first -f file is the makefile (make reads them all; the first gives the default goal). */
function takeOption(state: InvocationState, name: string, kind: OptionKind, value: string | undefined): void {
  if (kind === 'runs-nothing') state.runsNothing = true;
  if (value === undefined) return;
  const invocation = state.invocation;
  if (name === 'directory') {
    invocation.directory = invocation.directory === undefined || value.startsWith('/') ? value : `${invocation.directory.replace(/\/+$/, '')}/${value}`;
  } else if ((name === 'file' || name === 'makefile') && invocation.makefile === undefined) {
    invocation.makefile = value;
  }
}

/** The value of an option whose word ended at its name, from the next word; returns the index of the last word used. */
function separateValue(state: InvocationState, argv: readonly string[], i: number, name: string, kind: OptionKind): number {
  const next = argv[i + 1];
  const takesNext = next !== undefined && (kind === 'value' || (kind === 'number' && /^[0-9]/.test(next)));
  takeOption(state, name, kind, takesNext ? next : undefined);
  return takesNext ? i + 1 : i;
}

/** Reads the long option at argv[i]; returns the index of the last word it used. */
function readLongOption(state: InvocationState, argv: readonly string[], i: number): number {
  const word = argv[i].slice(2);
  const equals = word.indexOf('=');
  const [name, kind] = longOption(equals < 0 ? word : word.slice(0, equals));
  if (equals >= 0) {
    takeOption(state, name, kind, word.slice(equals + 1));
    return i;
  }
  return separateValue(state, argv, i, name, kind);
}

/** Reads the short options at argv[i] (`-sk`, `-j4`, `-Cdir`, `-C dir`); returns the index of the last word used. */
function readShortOptions(state: InvocationState, argv: readonly string[], i: number): number {
  const word = argv[i];
  for (let at = 1; at < word.length; at++) {
    const [name, kind] = shortOption(word[at]);
    const attached = word.slice(at + 1);
    if (kind === 'flag' || kind === 'runs-nothing') {
      takeOption(state, name, kind, undefined);
    } else if (attached !== '') {
      takeOption(state, name, kind, attached);
      return i;
    } else {
      return separateValue(state, argv, i, name, kind);
    }
  }
  return i;
}

/** Reads a `make` command's argv (argv[0] is the program's name): its directory, makefile and goals. Variable
 * assignments (`RAILS_ENV=production`) are not goals. Returns null when make runs no recipe (-n, -q, -t, --help,
 * --version). */
export function readMakeInvocation(argv: readonly string[]): MakeInvocation | null {
  const state: InvocationState = { invocation: { goals: [] }, runsNothing: false };
  let options = true;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (options && word === '--') options = false;
    else if (options && word.startsWith('--')) i = readLongOption(state, argv, i);
    else if (options && word.startsWith('-') && word.length > 1) i = readShortOptions(state, argv, i);
    else if (!word.includes('=')) state.invocation.goals.push(word);
  }
  return state.runsNothing ? null : state.invocation;
}
