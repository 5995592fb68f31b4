// "Agent Guard: Uninstall Agent Hooks": removes only our entries (other hooks, comments and settings stay).
import type { AgentHooks } from '../agent-hooks/agent-hooks';
import { ALL_TARGETS } from '../../core/hooks/install/files';
import { summarise } from './install-agent-hooks';

export function uninstallAgentHooks(hooks: AgentHooks): () => Promise<void> {
  return async () => {
    summarise(hooks.uninstall(ALL_TARGETS), 'removed');
  };
}
