// Every id `agentGuard.rules` can name: the shell rules, the agents' own tool rules and the workspace's custom rules.
// A setting for any other id does nothing, so a typo would silently leave a rule at its default.
import type { GuardConfig } from './config';
import { RULE_MANIFEST } from './rules/manifest';

let builtIn: { ids: readonly string[]; set: ReadonlySet<string> } | undefined;

/** The shell rules' ids (from their manifest: no rule pack is loaded) and the tool rules'. Read only when settings name a
 * rule, which most workspaces do not: a cold start should not set up the tool rules for nothing. */
function builtInIds(): { ids: readonly string[]; set: ReadonlySet<string> } {
  if (!builtIn) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { TOOL_RULES } = require('./hooks/tool-rules') as typeof import('./hooks/tool-rules');
    const ids = [...RULE_MANIFEST.map((d) => d.id), ...TOOL_RULES.map((r) => r.meta.id)];
    builtIn = { ids, set: new Set(ids) };
  }
  return builtIn;
}

/** One warning for each id in `agentGuard.rules` that no rule has, naming the nearest real id when one is close. */
export function unknownRuleIdWarnings(config: GuardConfig): string[] {
  const named = Object.keys(config.rules);
  if (named.length === 0) return [];
  const custom = config.customRules.map((r) => r.id);
  const known = builtInIds();
  const unknown = named.filter((id) => !known.set.has(id) && !custom.includes(id));
  return unknown.map((id) => {
    // Custom rules' findings carry `custom/<id>`, whatever the settings wrote.
    const near = custom.includes(`custom/${id}`) ? `custom/${id}` : nearest(id, [...known.ids, ...custom]);
    return `agentGuard.rules["${id}"]: no rule has this id, so the setting does nothing${near ? ` (did you mean "${near}"?)` : ''}. The ids are listed in docs/rules.md.`;
  });
}

/** The id fewest edits away, when that is a small part of it (a typo, not a different rule). */
function nearest(id: string, ids: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 5)) + 1;
  for (const candidate of ids) {
    const d = editDistance(id.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once every path is at least `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, row[j]);
    }
    if (rowMin >= limit) return limit;
    previous = row;
  }
  return Math.min(previous[b.length], limit);
}
