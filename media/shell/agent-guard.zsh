# Agent Guard terminal gate for interactive zsh.
#
# Loaded by the editor without touching dotfiles: the terminal's ZDOTDIR points at media/shell/zsh, whose startup files
# source yours (from $AGENT_GUARD_USER_ZDOTDIR, else $HOME) and then this file. VS Code's own zsh integration, which
# also redirects ZDOTDIR, finds ours as "the user's" and chains through it.
#
# How a line is paused before it runs: the accept-line widget (Enter) is wrapped. An obviously safe line is accepted at
# once (builtins only); any other line is checked by agent-guard-check (bash, over the local channel) while the line
# is still in the editor buffer. A stopped line is cleared (kept in history, so Up brings it back) and never runs.
# preexec cannot veto a command, which is why this sits in the line editor. VS Code's precmd/preexec hooks are untouched.

[[ -o interactive ]] || return 0
(( ${+__agent_guard_zsh_loaded} )) && return 0
__agent_guard_zsh_loaded=1

__ag_zsh_here=${${(%):-%x}:A:h}
if ! . "$__ag_zsh_here/agent-guard-prefilter.sh"; then
  print -u2 -r -- "Agent Guard: cannot load $__ag_zsh_here/agent-guard-prefilter.sh; commands in this terminal are not checked. Reinstall Agent Guard."
  return 0
fi

# The PATH wrappers (bin/) skip commands this shell starts directly: their whole line was checked here.
export AGENT_GUARD_GATED_PID=$$

__agent_guard_accept_line() {
  agent_guard_gate_load_settings
  if [[ $AG_GATE_ENABLED != 1 ]] || agent_guard_gate_safe "$BUFFER"; then
    zle __agent_guard_previous_accept_line -- "$@"
    return
  fi
  zle -I
  if bash "$__ag_zsh_here/agent-guard-check" "$BUFFER" "$PWD"; then
    zle __agent_guard_previous_accept_line -- "$@"
  else
    print -s -r -- "$BUFFER"
    if [[ -n "${COPILOT_AGENT:-}${AI_AGENT:-}${CURSOR_AGENT:-}${CLAUDECODE:-}${CLAUDE_CODE:-}${CODEX_SANDBOX:-}${GEMINI_CLI:-}" ]]; then
      # An agent waits for its command to finish (VS Code's shell integration reports it): give it one that fails.
      BUFFER=' false'
      [[ -o interactivecomments ]] && BUFFER+='  # stopped by Agent Guard (see above)'
      CURSOR=${#BUFFER}
      zle __agent_guard_previous_accept_line -- "$@"
    else
      BUFFER=''
      CURSOR=0
      zle .reset-prompt
    fi
  fi
}

if [[ ${widgets[accept-line]-} == user:* ]]; then
  zle -A accept-line __agent_guard_previous_accept_line
else
  zle -A .accept-line __agent_guard_previous_accept_line
fi
zle -N accept-line __agent_guard_accept_line
