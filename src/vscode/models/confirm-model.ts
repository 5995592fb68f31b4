// What the one modal confirmation says, as data. Pure, so the wording (the command, who asked, the environment, the
// rules and why, the safer alternative) is unit-tested; the Confirmer class only shows it.
import { SOURCE_LABELS } from '../../core/channel/protocol';
import { hiddenOrigin } from '../../core/finding-origin';
import type { Decision } from '../../core/policy';
import type { ConfirmRequest } from '../services';

export interface ConfirmView {
  /** The modal's title line. */
  message: string;
  /** The modal's body. */
  detail: string;
  /** The safe, default button (first, so Enter picks it). */
  denyLabel: string;
  allowLabel: string;
  /** When set, allowing also needs this exact text typed (production, catastrophic or destructive). */
  typeToConfirm?: string;
}

const MAX_COMMAND = 300;

function shorten(command: string): string {
  const oneLine = command.replace(/\s*\n\s*/g, ' ⏎ ');
  return oneLine.length > MAX_COMMAND ? `${oneLine.slice(0, MAX_COMMAND)}…` : oneLine;
}

/** True when confirming this decision in its environment needs the workspace name typed. */
export function needsTypedConfirmation(decision: Decision, enabled: boolean): boolean {
  return enabled && decision.environment === 'production' && decision.findings.some((f) => f.severity === 'catastrophic' || f.severity === 'destructive');
}

export function confirmView(request: ConfirmRequest, options: { typeNameInProduction: boolean }): ConfirmView {
  const d = request.decision;
  const env = d.environment.toUpperCase();
  const message =
    request.source === 'editor'
      ? `Agent Guard would stop this command in ${env} (${request.folderName}):\n${shorten(d.command)}`
      : `${SOURCE_LABELS[request.source]} wants to run a command that Agent Guard stopped in ${env} (${request.folderName}):\n${shorten(d.command)}`;
  const detail: string[] = [];
  if (d.findings.length > 0) {
    for (const f of d.findings) {
      const origin = hiddenOrigin(f, d.command);
      detail.push(`• ${f.message} [${f.ruleId}, ${f.severity}]${origin ? `\n  Runs: ${origin}` : ''}\n  Why: ${f.why}`);
    }
  } else detail.push(d.reason);
  if (d.problems.length > 0 && d.findings.length > 0) detail.push(`Agent Guard could not fully read this command: ${d.problems.map((p) => p.message).join('; ')}.`);
  if (d.namesProduction && d.workspaceEnvironment !== 'production') {
    detail.push(`The command names production ("${d.namesProduction.word}"), so it is treated as production although this workspace is ${d.workspaceEnvironment}.`);
  }
  if (d.saferAlternative) detail.push(`Instead: ${d.saferAlternative}`);
  if (request.cwd) detail.push(`Runs in: ${request.cwd}`);
  const typeToConfirm = needsTypedConfirmation(d, options.typeNameInProduction) ? request.folderName : undefined;
  detail.push(
    typeToConfirm
      ? `If you are sure, choose "Allow once…" and type the workspace name "${typeToConfirm}". Otherwise choose "Deny": nothing runs.`
      : 'If you are not sure, choose "Deny": nothing runs, and the agent is told to ask you instead.',
  );
  return { message, detail: detail.join('\n\n'), denyLabel: 'Deny', allowLabel: typeToConfirm ? 'Allow once…' : 'Allow once', typeToConfirm };
}

/** Validation for the typed confirmation: undefined when it matches, else a short hint. */
export function validateTypedName(typed: string, expected: string): string | undefined {
  if (typed === expected) return undefined;
  return typed.trim() === '' ? `Type ${expected} to allow this command, or press Escape to deny.` : `That is not "${expected}". Type it exactly, or press Escape to deny.`;
}
