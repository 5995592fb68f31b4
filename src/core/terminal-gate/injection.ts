// How the editor starts the shell integrations in its terminals, as data shared by the editor glue and the tests.

/**
 * Prepended to PROMPT_COMMAND: sources the bash integration at the first prompt (once). No colon in it: VS Code
 * splits environment collection values on `:` when it applies them after its own shell integration.
 */
export const BASH_PROMPT_HOOK = '[ -n "$__agent_guard_bash_loaded" ] || . "$AGENT_GUARD_SHELL_DIR/agent-guard.bash"; ';
