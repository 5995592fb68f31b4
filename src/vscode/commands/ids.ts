// Every command id the editor core contributes, in one place (package.json `contributes.commands` lists the same ids;
// a unit test checks they agree).
export const COMMANDS = {
  markProduction: 'agentGuard.markProduction',
  markStaging: 'agentGuard.markStaging',
  markDevelopment: 'agentGuard.markDevelopment',
  useAutoDetection: 'agentGuard.useAutoDetection',
  showMenu: 'agentGuard.showMenu',
  showActivity: 'agentGuard.showActivity',
  openActivityLog: 'agentGuard.openActivityLog',
  checkCommand: 'agentGuard.checkCommand',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Agent-hook commands, registered with the agent-hooks part in extension.ts. */
export const HOOK_COMMANDS = {
  installAgentHooks: 'agentGuard.installAgentHooks',
  uninstallAgentHooks: 'agentGuard.uninstallAgentHooks',
} as const;
