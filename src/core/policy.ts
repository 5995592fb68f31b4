// Decides allow / ask / deny for a command line: parse → classify → apply the policy table and the user's overrides.
// This is the one engine behind the extension, the CLI, every agent hook and the terminal gate.
import type { Actor, DecisionKind, Environment, GuardConfig } from './config';
import { DECISION_STRENGTH, DEFAULT_CONFIG } from './config';
import { classify, contextAfter, type Finding } from './classify';
import { hiddenOrigin } from './finding-origin';
import { findProductionTarget, type ProductionEvidence } from './production-target';
import type { RuleContext, Severity } from './rules/types';
import { withScriptCommands } from './scripts';
import { parseCommandLine } from './shell/parse';
import type { ParseProblem } from './shell/types';

export type { Finding } from './classify';

export interface DecideInput {
  command: string;
  /** The environment the workspace is marked as (or detected as). */
  environment: Environment;
  actor: Actor;
  context?: RuleContext;
  config?: GuardConfig;
}

export interface Decision {
  command: string;
  decision: DecisionKind;
  /** The environment the decision was taken for: the workspace's, or production when the command names it. */
  environment: Environment;
  workspaceEnvironment: Environment;
  /** Set when the command itself points at production (see production-target.ts). */
  namesProduction?: ProductionEvidence;
  actor: Actor;
  findings: Finding[];
  /** Rule ids of the findings, in order, without repeats. */
  rules: string[];
  /** One paragraph for the modal and the agent: what, why, and what to do instead. */
  reason: string;
  saferAlternative?: string;
  problems: ParseProblem[];
}

/**
 * The default policy table. Rows: severity (and credential access, and unparseable input); columns: environment.
 * Kept as data so the README table is generated from it and cannot drift.
 */
export const POLICY_TABLE: Record<'catastrophic' | 'destructive' | 'caution' | 'credential-agent' | 'credential-human' | 'unparseable', Record<Environment, DecisionKind>> = {
  catastrophic: { production: 'ask', staging: 'ask', development: 'ask' },
  destructive: { production: 'ask', staging: 'ask', development: 'allow' },
  caution: { production: 'ask', staging: 'allow', development: 'allow' },
  'credential-agent': { production: 'ask', staging: 'ask', development: 'ask' },
  'credential-human': { production: 'allow', staging: 'allow', development: 'allow' },
  unparseable: { production: 'ask', staging: 'ask', development: 'allow' },
};

function stronger(a: DecisionKind, b: DecisionKind): DecisionKind {
  return DECISION_STRENGTH[a] >= DECISION_STRENGTH[b] ? a : b;
}

function defaultFor(finding: Finding, environment: Environment, actor: Actor): DecisionKind {
  if (finding.category === 'credential') return POLICY_TABLE[actor === 'agent' ? 'credential-agent' : 'credential-human'][environment];
  return POLICY_TABLE[finding.severity as Severity][environment];
}

/** One finding's decision: the user's `agentGuard.rules` setting for its rule, else the policy table's. */
function decideFinding(finding: Finding, environment: Environment, actor: Actor, config: GuardConfig): DecisionKind {
  const setting = config.rules[finding.ruleId] ?? 'default';
  return setting === 'default' ? defaultFor(finding, environment, actor) : setting === 'off' ? 'allow' : setting;
}

/** What decideFindings needs: findings already made (by the rules over a command, or by an agent-tool rule). */
export interface FindingsInput {
  /** What is decided, as shown to people: the command line, or e.g. `read .env` for an agent's file tool. */
  command: string;
  findings: Finding[];
  /** The environment to decide for (production when the command names it). */
  environment: Environment;
  workspaceEnvironment: Environment;
  namesProduction?: ProductionEvidence;
  actor: Actor;
  config?: GuardConfig;
  problems?: ParseProblem[];
}

/**
 * The decision for a set of findings: each finding through decideFinding, the strongest wins; findings of rules set to
 * `off` are dropped. Shared by decide (shell commands) and the agent hooks' tool rules (src/core/hooks/tool-rules).
 */
export function decideFindings(input: FindingsInput): Decision {
  const config = input.config ?? DEFAULT_CONFIG;
  const problems = input.problems ?? [];
  const { environment } = input;
  let decision: DecisionKind = 'allow';
  for (const finding of input.findings) decision = stronger(decision, decideFinding(finding, environment, input.actor, config));
  if (problems.length > 0) decision = stronger(decision, POLICY_TABLE.unparseable[environment]);

  // Every command line comes through here, most with no finding or one: no intermediate lists or sets, and lists made
  // at their size (a list grown by push holds room for 17).
  let off = 0;
  for (const finding of input.findings) if (config.rules[finding.ruleId] === 'off') off++;
  const active = off === 0 ? input.findings.slice() : input.findings.filter((finding) => config.rules[finding.ruleId] !== 'off');
  const rules = active.length === 1 ? [active[0].ruleId] : [];
  if (active.length > 1) for (const finding of active) if (!rules.includes(finding.ruleId)) rules.push(finding.ruleId);
  let saferAlternative: string | undefined;
  for (const finding of active) saferAlternative ??= finding.saferAlternative || undefined;
  return {
    command: input.command,
    decision,
    environment,
    workspaceEnvironment: input.workspaceEnvironment,
    namesProduction: input.namesProduction,
    actor: input.actor,
    findings: active,
    rules,
    reason: explainDecision(input.command, decision, active, problems, environment, input.workspaceEnvironment, input.namesProduction),
    saferAlternative,
    problems,
  };
}

export function decide(input: DecideInput): Decision {
  const config = input.config ?? DEFAULT_CONFIG;
  const parsed = parseCommandLine(input.command);
  const context = input.context ?? {};
  // With the commands of the scripts the line runs, as far as their text is known (scripts.ts).
  const scriptProblems: ParseProblem[] = [];
  const commands = withScriptCommands(parsed.commands, context, contextAfter, scriptProblems);
  const findings = classify(commands, context, config);

  let namesProduction: ProductionEvidence | undefined;
  for (const command of commands) {
    const evidence = findProductionTarget(command);
    if (evidence) {
      namesProduction = evidence;
      break;
    }
  }
  const environment: Environment = namesProduction ? 'production' : input.environment;
  return decideFindings({
    command: input.command,
    findings,
    environment,
    workspaceEnvironment: input.environment,
    namesProduction,
    actor: input.actor,
    config,
    problems: scriptProblems.length > 0 ? [...parsed.problems, ...scriptProblems] : parsed.problems,
  });
}

function explainDecision(
  command: string,
  decision: DecisionKind,
  findings: Finding[],
  problems: ParseProblem[],
  environment: Environment,
  workspaceEnvironment: Environment,
  namesProduction: ProductionEvidence | undefined,
): string {
  // Built by concatenation, not lists and joins: every line with a finding comes through here, and V8 copies the
  // joined text once, when the reason is read, rather than at each join.
  let reason = '';
  // A command reached through a script, a decoder or a wrapper is named, so the agent and the person see what runs.
  for (const f of findings) {
    const origin = hiddenOrigin(f, command);
    reason = sentence(reason, `${origin ? `${origin}: ` : ''}${f.message} (${f.ruleId}): ${f.why}`);
  }
  if (problems.length > 0) {
    let messages = problems[0].message;
    for (let i = 1; i < problems.length; i++) messages += `; ${problems[i].message}`;
    reason = sentence(reason, `Agent Guard could not fully read this command (${messages}), so it cannot vouch for it.`);
  }
  if (namesProduction && workspaceEnvironment !== 'production') {
    reason = sentence(reason, `The command names production ("${namesProduction.word}"), so it is treated as production although this workspace is ${workspaceEnvironment}.`);
  }
  if (reason === '') return 'No rule matched: nothing destructive or credential-reading was found.';
  if (decision === 'allow') reason = sentence(reason, `Allowed in ${environment} by policy.`);
  return reason;
}

/** `text` after `reason`, a space between them. */
function sentence(reason: string, text: string): string {
  return reason === '' ? text : `${reason} ${text}`;
}
