// agent-guard check: decide allow / ask / deny for a command line (or one per stdin line with --jsonl).
import { decide, type Decision } from '../core/policy';
import { readScriptFile } from '../core/script-files';
import type { CliIO } from './io';
import { UsageError } from './io';
import { parsePolicyOptions, type PolicyOptions } from './policy-options';

/** The JSON shape of one decision: the stable contract other tools read. */
export function decisionToJson(d: Decision): Record<string, unknown> {
  return {
    command: d.command,
    decision: d.decision,
    rules: d.rules,
    reason: d.reason,
    environment: d.environment,
    workspaceEnvironment: d.workspaceEnvironment,
    actor: d.actor,
    namesProduction: d.namesProduction?.word ?? null,
    saferAlternative: d.saferAlternative ?? null,
    findings: d.findings.map((f) => ({
      rule: f.ruleId,
      severity: f.severity,
      category: f.category,
      message: f.message,
      why: f.why,
      saferAlternative: f.saferAlternative ?? null,
      command: f.commandText,
      via: f.via,
    })),
    problems: d.problems.map((p) => p.message),
  };
}

export function decideWith(options: PolicyOptions, command: string): Decision {
  return decide({
    command,
    environment: options.environment,
    actor: options.actor,
    context: { cwd: options.cwd, workspaceRoot: options.workspaceRoot ?? options.cwd, home: options.home, readFile: readScriptFile },
    config: options.config,
  });
}

function formatText(d: Decision, origin: string): string {
  const lines = [`${d.decision.toUpperCase()}  ${d.command}`];
  lines.push(`  environment: ${d.environment}${d.environment !== d.workspaceEnvironment ? ` (command names production; workspace is ${d.workspaceEnvironment})` : ` (${origin})`}, actor: ${d.actor}`);
  for (const f of d.findings) {
    lines.push(`  ${f.ruleId} [${f.severity}${f.category === 'credential' ? ', credential' : ''}]: ${f.message}`);
    lines.push(`    why: ${f.why}`);
    if (f.saferAlternative) lines.push(`    instead: ${f.saferAlternative}`);
  }
  for (const p of d.problems) lines.push(`  could not fully parse: ${p.message}`);
  if (d.findings.length === 0 && d.problems.length === 0) lines.push('  no rule matched');
  return `${lines.join('\n')}\n`;
}

export async function runCheck(args: string[], io: CliIO): Promise<number> {
  const options = parsePolicyOptions(args, io, ['--json', '--jsonl']);
  for (const w of options.warnings) io.stderr(`agent-guard: ${w}\n`);
  const jsonl = options.flags.has('--jsonl');
  if (jsonl) {
    if (options.command !== undefined) throw new UsageError('--jsonl reads commands from stdin; do not also give one after "--".');
    const input = await io.readStdin();
    const lines = input.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    let out = '';
    for (const line of lines) out += `${JSON.stringify(decisionToJson(decideWith(options, line.replace(/\r$/, ''))))}\n`;
    io.stdout(out);
    return 0;
  }
  if (options.command === undefined || options.command.trim() === '') {
    throw new UsageError('no command given. Usage: agent-guard check [--env E] [--actor agent|human] [--cwd DIR] [--json] -- <command>');
  }
  const decision = decideWith(options, options.command);
  io.stdout(options.flags.has('--json') ? `${JSON.stringify(decisionToJson(decision), null, 2)}\n` : formatText(decision, options.environmentOrigin));
  return 0;
}
