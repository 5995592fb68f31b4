// agent-guard explain: how a command line was parsed, which rules fired, and the decision — for people.
import { parseCommandLine } from '../core/shell/parse';
import { decideWith } from './check';
import type { CliIO } from './io';
import { UsageError } from './io';
import { parsePolicyOptions } from './policy-options';

export async function runExplain(args: string[], io: CliIO): Promise<number> {
  const options = parsePolicyOptions(args, io, []);
  if (options.command === undefined || options.command.trim() === '') {
    throw new UsageError('no command given. Usage: agent-guard explain [--env E] [--actor agent|human] [--cwd DIR] -- <command>');
  }
  const parsed = parseCommandLine(options.command);
  const decision = decideWith(options, options.command);
  const out: string[] = [`Command: ${options.command}`, '', `Parsed into ${parsed.commands.length} simple command(s):`];
  parsed.commands.forEach((c, i) => {
    out.push(`  ${i + 1}. ${c.name || '(no command)'}  argv=${JSON.stringify(c.argv)}`);
    if (c.via.length) out.push(`     reached via: ${c.via.join(' → ')}`);
    if (c.assignments.length) out.push(`     assignments: ${c.assignments.map((a) => `${a.name}=${a.value}`).join(' ')}`);
    if (c.redirects.length) out.push(`     redirects: ${c.redirects.map((r) => `${r.fd ?? ''}${r.op} ${r.target}`).join(', ')}`);
    if (c.pipedInput) out.push(`     reads the output of: ${c.pipelineBefore.map((p) => p.name).join(' | ')}`);
    if (c.stdinText !== undefined) out.push(`     stdin text: ${JSON.stringify(c.stdinText.length > 200 ? `${c.stdinText.slice(0, 200)}…` : c.stdinText)}`);
  });
  for (const p of parsed.problems) out.push(`  problem: ${p.code}: ${p.message}`);
  out.push('', 'Rules that fired:');
  if (decision.findings.length === 0) out.push('  none');
  for (const f of decision.findings) out.push(`  ${f.ruleId} [${f.severity}] on "${f.commandText}"${f.via.length ? ` (inside ${f.via.join(' → ')})` : ''}: ${f.message}`);
  out.push('', `Environment: ${decision.environment} (${decision.namesProduction ? `the command names production: "${decision.namesProduction.word}"` : options.environmentOrigin}); actor: ${decision.actor}`);
  out.push(`Decision: ${decision.decision}`, `Reason: ${decision.reason}`);
  if (decision.saferAlternative) out.push(`Instead: ${decision.saferAlternative}`);
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}
