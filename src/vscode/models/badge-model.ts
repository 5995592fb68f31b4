// The status bar badge as data: a pure function turns what the extension knows into the badge's text, tooltip
// (markdown) and level. The StatusBarItem class only applies it, so the wording is unit-tested without an editor.
import { ENVIRONMENT_RANK, type Environment } from '../../core/config';
import { SOURCE_LABELS, type RequestSource } from '../../core/channel/protocol';
import type { EnvironmentResolution } from '../services';

export interface BadgeFolder {
  name: string;
  resolution: EnvironmentResolution;
  /** Set while a downgrade from production waits for the person's answer (production is kept meanwhile). */
  pendingDowngradeTo?: Environment;
}

/** Installed agent hooks; undefined = not known yet (the agent-hooks part reports it). */
export interface HookStatus {
  cursor?: boolean;
  claude?: boolean;
  copilot?: boolean;
}

export interface LastDecision {
  command: string;
  decision: string;
  source: RequestSource | 'editor';
  /** ISO time. */
  time: string;
  rules?: string[];
}

export interface BadgeState {
  folders: BadgeFolder[];
  terminalGate: { enabled: boolean; active?: boolean };
  hooks: HookStatus;
  /** Credential files hidden from agents; undefined = not scanned yet. */
  hiddenCredentialFiles?: number;
  lastDecision?: LastDecision;
}

export type BadgeLevel = 'error' | 'warning' | 'none';

export interface BadgeView {
  text: string;
  /** Markdown. */
  tooltip: string;
  level: BadgeLevel;
  /** For screen readers. */
  accessibilityLabel: string;
}

const LABEL: Record<Environment, string> = { production: 'PRODUCTION', staging: 'STAGING', development: 'DEV' };
const LEVEL: Record<Environment, BadgeLevel> = { production: 'error', staging: 'warning', development: 'none' };

/** The environment the badge shows: the strongest of the window's folders (development with none). */
export function strongestEnvironment(folders: BadgeFolder[]): Environment {
  return folders.reduce<Environment>((best, f) => (ENVIRONMENT_RANK[f.resolution.environment] > ENVIRONMENT_RANK[best] ? f.resolution.environment : best), 'development');
}

/** Markdown-escapes text that comes from files or commands. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

function originText(r: EnvironmentResolution): string {
  if (r.origin === 'setting') return 'set in `agentGuard.environment`';
  if (r.origin === 'detected') return `detected from ${r.reasons.map(escapeMarkdown).join('; ')}`;
  return 'nothing marks it otherwise (default)';
}

function yesNo(value: boolean | undefined, yes: string, no: string, unknown = 'not checked yet'): string {
  return value === undefined ? unknown : value ? yes : no;
}

export function badgeView(state: BadgeState): BadgeView {
  const environment = strongestEnvironment(state.folders);
  const text = `$(shield) ${LABEL[environment]}`;
  const lines: string[] = [];
  if (state.folders.length === 0) lines.push('**Agent Guard** — no folder open: commands are treated as development.');
  else if (state.folders.length === 1) {
    const f = state.folders[0];
    lines.push(`**Agent Guard: ${LABEL[f.resolution.environment]}** — ${escapeMarkdown(f.name)} is ${f.resolution.environment}: ${originText(f.resolution)}.`);
  } else {
    lines.push(`**Agent Guard: ${LABEL[environment]}** (strongest of ${state.folders.length} folders)`, '');
    for (const f of state.folders) lines.push(`- ${escapeMarkdown(f.name)}: **${f.resolution.environment}** — ${originText(f.resolution)}`);
  }
  for (const f of state.folders) {
    if (f.pendingDowngradeTo) lines.push('', `⚠ ${escapeMarkdown(f.name)} was changed to ${f.pendingDowngradeTo}; it stays **production** until you confirm the change.`);
  }
  lines.push('', '**Protections**', '');
  const gate = state.terminalGate.enabled ? (state.terminalGate.active === false ? 'on, not active in any terminal yet' : 'on') : 'off';
  lines.push(`- Terminal gate: ${gate}`);
  lines.push(`- Agent hooks: Cursor ${yesNo(state.hooks.cursor, 'installed', 'not installed')}, Claude Code ${yesNo(state.hooks.claude, 'installed', 'not installed')}, VS Code agent ${yesNo(state.hooks.copilot, 'installed', 'not installed')}`);
  const hidden = state.hiddenCredentialFiles;
  lines.push(`- Credential files hidden from agents: ${hidden === undefined ? 'not scanned yet' : hidden}`);
  if (state.lastDecision) {
    const d = state.lastDecision;
    const source = d.source === 'editor' ? 'editor' : SOURCE_LABELS[d.source];
    const rules = d.rules && d.rules.length ? ` (${d.rules.map(escapeMarkdown).join(', ')})` : '';
    lines.push('', `**Last decision:** ${d.decision.toUpperCase()} \`${d.command.replace(/`/g, "'").slice(0, 120)}\` from ${source}${rules}, ${d.time.slice(11, 19)}`);
  }
  lines.push('', 'Click to change the environment or open the activity view.');
  const accessibilityLabel = `Agent Guard: ${environment} workspace`;
  return { text, tooltip: lines.join('\n'), level: LEVEL[environment], accessibilityLabel };
}

/** Installed hook targets (agent-hooks' ids: cursor-user, cursor-project, claude-project, copilot-project, …) → per agent. */
export function hookStatusFrom(targets: readonly string[]): HookStatus {
  return {
    cursor: targets.some((t) => t.startsWith('cursor-')),
    claude: targets.some((t) => t.startsWith('claude-')),
    copilot: targets.some((t) => t.startsWith('copilot-')),
  };
}
