// The contract of an agent-tool rule: a rule about an agent's tool call that is not a shell command (the agent's own
// Read/Write tool on a file, an MCP tool call). It has the same meta as a shell rule (RuleMeta), so its findings go
// through the same policy, the same `agentGuard.rules` overrides and the same generated docs; only its input differs.
// One rule per file: src/core/hooks/tool-rules/<pack>/<rule-name>.ts, id `<pack>/<rule-name>`.
import type { RuleMatch, RuleMeta } from '../../rules/types';

export interface ToolRule<Input> {
  meta: RuleMeta;
  /** Returns a match when the tool call does what the rule guards against; null otherwise. Must be pure. */
  match(input: Input): RuleMatch | null;
}
