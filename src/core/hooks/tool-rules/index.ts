// The agent-tool rules: rules about an agent's tool calls that are not shell commands, listed here (sorted by id) for
// the docs and the meta test. Shell rules are in src/core/rules/registry.ts; both share RuleMeta and the policy.
import { rule as credentialFile } from './credential-access/credential-file';
import { rule as mcpDestructiveTool } from './mcp/destructive-tool';
import type { ToolRule } from './types';

export { credentialFile, mcpDestructiveTool };
export type { ToolRule } from './types';

/** Every agent-tool rule, sorted by id. */
export const TOOL_RULES: readonly ToolRule<never>[] = [credentialFile, mcpDestructiveTool];
