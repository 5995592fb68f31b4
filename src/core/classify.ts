// Runs every rule (built-in, custom, protected paths) over the simple commands of a parsed line.
import * as path from 'node:path';
import type { GuardConfig } from './config';
import { afterDownload, maySaveDownload, resolvePath } from './rules/downloads';
import { RULE_MANIFEST } from './rules/manifest';
import { inNameFamilies } from './rules/name-families';
import { getRule } from './rules/registry';
import type { Category, Rule, RuleContext, RuleDeclaration, RuleMatch, Severity } from './rules/types';
import type { SimpleCommand } from './shell/types';

export interface Finding {
  ruleId: string;
  title: string;
  severity: Severity;
  category: Category;
  /** The rule's message with its placeholders filled. */
  message: string;
  why: string;
  saferAlternative?: string;
  /** The simple command that matched, as written. */
  commandText: string;
  /** How the command was reached (wrappers unwrapped), outermost first. */
  via: string[];
}

/** Fills `{{name}}` placeholders; unknown names are left visible rather than silently dropped. */
export function formatMessage(template: string, data: Record<string, string> | undefined): string {
  if (!data || !template.includes('{{')) return template;
  const parts = templateParts(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i];
    out += (Object.hasOwn(data, key) ? data[key] : parts[i + 1]) + parts[i + 2];
  }
  return out;
}

const PLACEHOLDER_NAME = /^\w+$/;

/**
 * A template cut at its placeholders: `[text, name, placeholder as written, text, name, placeholder as written, text, …]`.
 * Every finding is formatted and templates are few, so each is cut once.
 */
function templateParts(template: string): readonly string[] {
  const known = cutTemplates.get(template);
  if (known) return known;
  const parts: string[] = [];
  let text = '';
  let from = 0;
  let open = template.indexOf('{{');
  while (open >= 0) {
    const close = template.indexOf('}}', open + 2);
    if (close < 0) break;
    const key = template.slice(open + 2, close).trim();
    if (PLACEHOLDER_NAME.test(key)) {
      parts.push(text + template.slice(from, open), key, template.slice(open, close + 2));
      text = '';
      from = close + 2;
      open = template.indexOf('{{', from);
    } else {
      open = template.indexOf('{{', open + 2);
    }
  }
  parts.push(text + template.slice(from));
  // Templates come from the rules (and agent-tool rules): a bounded set, but a cap keeps a caller's stray strings out.
  if (cutTemplates.size >= 1024) cutTemplates.clear();
  cutTemplates.set(template, parts);
  return parts;
}

const cutTemplates = new Map<string, readonly string[]>();

/** A finding from a rule's match. Also used by the agent hooks' tool rules, whose "command" is e.g. `read .env`. */
export function findingFrom(rule: Pick<Rule, 'meta'>, match: RuleMatch, command: Pick<SimpleCommand, 'text' | 'via'>): Finding {
  const template = rule.meta.messages[match.messageId] ?? match.messageId;
  return {
    ruleId: rule.meta.id,
    title: rule.meta.title,
    severity: match.severity ?? rule.meta.severity,
    category: rule.meta.category,
    message: formatMessage(template, match.data),
    why: rule.meta.why,
    saferAlternative: rule.meta.saferAlternative,
    commandText: command.text,
    via: command.via,
  };
}

type Minimatch = typeof import('minimatch').minimatch;
let minimatchLoaded: Minimatch | undefined;

/** minimatch, loaded on first use: only protected paths need it, and a cold CLI start should not pay for it. */
function minimatch(path: string, pattern: string, options: { dot: boolean }): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  minimatchLoaded ??= (require('minimatch') as typeof import('minimatch')).minimatch;
  return minimatchLoaded(path, pattern, options);
}

/** Commands that delete, move, truncate or overwrite the paths they name. */
const MUTATING_COMMANDS = new Set(['rm', 'rmdir', 'unlink', 'mv', 'shred', 'truncate', 'chmod', 'chown', 'tee', 'dd', 'srm', 'wipe']);

function protectedPathFindings(command: SimpleCommand, context: RuleContext, patterns: string[]): Finding[] {
  if (patterns.length === 0) return [];
  const targets: string[] = command.redirects.filter((r) => r.op.startsWith('>') || r.op === '&>' || r.op === '&>>').map((r) => r.target);
  if (MUTATING_COMMANDS.has(command.name)) targets.push(...command.argv.slice(1).filter((a) => !a.startsWith('-')).map((a) => a.replace(/^of=/, '')));
  if (command.name === 'sed' && command.argv.some((a) => /^-[a-zA-Z]*i/.test(a) || a.startsWith('--in-place'))) {
    targets.push(...command.argv.slice(1).filter((a) => !a.startsWith('-')));
  }
  const base = context.cwd ?? context.workspaceRoot;
  const root = context.workspaceRoot ?? context.cwd;
  for (const target of targets) {
    const absolute = base && !path.isAbsolute(target) ? path.resolve(base, target) : target;
    const relative = root && path.isAbsolute(absolute) ? path.relative(root, absolute) : target;
    for (const pattern of patterns) {
      const candidate = path.isAbsolute(pattern) ? absolute : relative;
      if (minimatch(candidate, pattern, { dot: true }) || minimatch(candidate, `${pattern}/**`, { dot: true })) {
        return [{
          ruleId: 'policy/protected-path',
          title: 'Protected path',
          severity: 'destructive',
          category: 'destructive',
          message: `This command changes or deletes "${target}", which matches the protected path "${pattern}".`,
          why: 'Your team listed this path in agentGuard.protectedPaths: it must not be changed without a person agreeing.',
          commandText: command.text,
          via: command.via,
        }];
      }
    }
  }
  return [];
}

const compiledCustom = new Map<string, RegExp>();

function customRuleFindings(command: SimpleCommand, config: GuardConfig): Finding[] {
  const text = command.argv.join(' ');
  const found: Finding[] = [];
  for (const rule of config.customRules) {
    let re = compiledCustom.get(rule.pattern);
    if (!re) {
      re = new RegExp(rule.pattern);
      compiledCustom.set(rule.pattern, re);
    }
    if (re.test(text)) {
      found.push({
        ruleId: rule.id,
        title: rule.id,
        severity: rule.severity,
        category: rule.category,
        message: `Matches your custom rule ${rule.id}.`,
        why: rule.why,
        saferAlternative: rule.saferAlternative,
        commandText: command.text,
        via: command.via,
      });
    }
  }
  return found;
}

/**
 * True when the engine runs `rule` on `command` in `context`: its name is one of the rule's `commands`, or the command
 * is of a kind its `alsoWhen` names, or the rule names neither (it runs on every command). Rules are indexed by exactly
 * this.
 */
export function ruleApplies(rule: Pick<Rule, 'commands' | 'alsoWhen'>, command: Pick<SimpleCommand, 'name' | 'redirects' | 'pipedInput' | 'calls'>, context?: Pick<RuleContext, 'downloads'>): boolean {
  const also = rule.alsoWhen;
  if (!rule.commands && !also) return true;
  if (rule.commands?.includes(command.name)) return true;
  if (!also) return false;
  return (also.redirects === true && command.redirects.length > 0) || (also.pipedInput === true && command.pipedInput) ||
    (also.afterDownload === true && context?.downloads !== undefined && context.downloads.length > 0) ||
    (also.functionCall === true && command.calls !== undefined) || (also.names !== undefined && inNameFamilies(also.names, command.name));
}

/** Rule lists by command name, then by shape (has redirects, reads a pipe, follows a download, calls a function the
 * line defined): two reads per command once seen. One index per rule list. */
const indexes = new WeakMap<readonly object[], Map<string, (readonly Rule[] | undefined)[]>>();
/** Names are open-ended (any program on PATH); past this many the index starts again rather than grow. */
const MAX_NAMES = 4096;

/** The rule lists for one command name in the index of `rules`, by shape; each is filled on first use. */
function listsFor(rules: readonly object[], name: string): (readonly Rule[] | undefined)[] {
  let index = indexes.get(rules);
  if (!index) indexes.set(rules, (index = new Map()));
  let lists = index.get(name);
  if (!lists) {
    if (index.size >= MAX_NAMES) index.clear();
    index.set(name, (lists = []));
  }
  return lists;
}

function shapeOf(command: SimpleCommand, context: Pick<RuleContext, 'downloads'> | undefined): number {
  return (command.redirects.length > 0 ? 1 : 0) + (command.pipedInput ? 2 : 0) + (context?.downloads?.length ? 4 : 0) + (command.calls ? 8 : 0);
}

/** The rules of `rules` that can match this command, in their order. */
export function rulesFor(command: SimpleCommand, rules: readonly Rule[], context?: Pick<RuleContext, 'downloads'>): readonly Rule[] {
  return (listsFor(rules, command.name)[shapeOf(command, context)] ??= rules.filter((rule) => ruleApplies(rule, command, context)));
}

/**
 * The built-in rules that can match this command, sorted by id. Found from the rules' declarations (rules/manifest.ts),
 * so a rule pack is loaded and set up only when one of its rules can apply: a cold start pays for a few packs, not all.
 */
export function builtInRulesFor(command: SimpleCommand, context?: Pick<RuleContext, 'downloads'>): readonly Rule[] {
  return (listsFor(RULE_MANIFEST, command.name)[shapeOf(command, context)] ??= RULE_MANIFEST.filter((d) => ruleApplies(d, command, context)).map(builtInRule));
}

function builtInRule(declaration: RuleDeclaration): Rule {
  const rule = getRule(declaration.id);
  if (!rule) throw new Error(`rules/manifest.ts names ${declaration.id}, which no pack has: run npm run docs`);
  return rule;
}

/**
 * The working directory after a `cd` in the same line (`cd / && rm -rf *` deletes from `/`, not the workspace).
 * Returns the context unchanged when the target cannot be known (`cd -`, `cd $DIR`).
 */
function afterCd(command: SimpleCommand, context: RuleContext): RuleContext {
  const target = command.argv.slice(1).find((a) => !a.startsWith('-') || a === '-');
  if (target === undefined) return context.home ? { ...context, cwd: context.home } : context;
  if (target === '-') return context;
  const resolved = resolvePath(target, context);
  return resolved ? { ...context, cwd: resolved } : context;
}

/**
 * The context for the commands after `command` in the same line: a new cwd after `cd`, and the files an HTTP client
 * saved added to `downloads`. Other commands leave it as it is (one name test, nothing allocated). The rule tester
 * threads the context through a line with this too.
 */
export function contextAfter(command: SimpleCommand, context: RuleContext): RuleContext {
  if (command.name === 'cd' || command.name === 'pushd') return afterCd(command, context);
  return maySaveDownload(command.name) ? afterDownload(command, context) : context;
}

/** The findings of every rule on every command of a line. `rules` replaces the built-in rules (rule tests, tools). */
export function classify(commands: SimpleCommand[], initialContext: RuleContext, config: GuardConfig, rules?: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  let context = initialContext;
  for (const command of commands) {
    if (command.name === 'cd' || command.name === 'pushd') {
      context = contextAfter(command, context);
      continue;
    }
    for (const rule of rules ? rulesFor(command, rules, context) : builtInRulesFor(command, context)) {
      const match = rule.match(command, context);
      if (match) findings.push(findingFrom(rule, match, command));
    }
    if (config.customRules.length > 0) findings.push(...customRuleFindings(command, config));
    if (config.protectedPaths.length > 0) findings.push(...protectedPathFindings(command, context, config.protectedPaths));
    context = contextAfter(command, context);
  }
  return findings;
}
