# Agent Guard terminal gate for interactive bash (4.0+).
#
# Loaded by the editor without touching dotfiles: it sets PROMPT_COMMAND (through the terminal's environment) to a
# line that sources this file at the first prompt, after ~/.bashrc and after VS Code's own shell integration ran.
#
# How a line is paused before it runs: Enter is bound to a two-key macro. The first key runs __agent_guard_enter
# (bind -x), which sees the whole line as typed (READLINE_LINE) before bash parses or expands any of it, and asks the
# gate. The second key is accept-line when the line may run, and nothing when it may not: then the line is cleared
# (kept in history, so Up brings it back) and never reaches the parser. VS Code's DEBUG trap and PROMPT_COMMAND are
# left as they are, so its command detection and decorations keep working for every line that runs.

[ -n "${__agent_guard_bash_loaded:-}" ] && return 0
case $- in *i*) ;; *) return 0 ;; esac
[ -n "${BASH_VERSION:-}" ] || return 0
if [ "${BASH_VERSINFO[0]}" -lt 4 ]; then
  printf '%s\n' "Agent Guard: bash $BASH_VERSION is too old for the terminal gate (it needs bash 4 or later); commands in this terminal are not checked." >&2
  return 0
fi
__agent_guard_bash_loaded=1

__ag_bash_here=${BASH_SOURCE[0]%/*}
[ "$__ag_bash_here" = "${BASH_SOURCE[0]}" ] && __ag_bash_here=.
# shellcheck source=agent-guard-gate.sh
if ! . "$__ag_bash_here/agent-guard-gate.sh"; then
  printf '%s\n' "Agent Guard: cannot load $__ag_bash_here/agent-guard-gate.sh; commands in this terminal are not checked. Reinstall Agent Guard." >&2
  return 0
fi

# The PATH wrappers (bin/) skip commands this shell starts directly: their whole line was checked here.
export AGENT_GUARD_GATED_PID=$$

# What the second key of the Enter macro does next: accept-line, or nothing.
__ag_bash_accepts=1

__agent_guard_set_accept() {
  [ "$__ag_bash_accepts" = "$1" ] && return 0
  __ag_bash_accepts=$1
  local map action=accept-line
  [ "$1" = 1 ] || action='""'
  for map in emacs vi-insert vi-command; do
    bind -m "$map" "\"\\C-x\\C-]\\C-b\": $action"
  done
}

__agent_guard_enter() {
  local line=$READLINE_LINE
  if agent_guard_gate_decide "$line" "$PWD"; then
    __agent_guard_set_accept 1
  else
    builtin history -s -- "$line"
    agent_guard_gate_actor
    if [ "$AG_GATE_ACTOR" = agent ]; then
      # An agent waits for its command to finish (VS Code's shell integration reports it): give it one that fails,
      # right under the message. Leading space: kept out of history where HISTCONTROL ignores such lines.
      READLINE_LINE=' false  # stopped by Agent Guard (see above)'
      READLINE_POINT=${#READLINE_LINE}
      __agent_guard_set_accept 1
    else
      READLINE_LINE=''
      READLINE_POINT=0
      __agent_guard_set_accept 0
    fi
  fi
}

# Bash runs the DEBUG trap before a bind -x command too. VS Code's shell integration (and other preexec hooks) would
# take our Enter handler for the start of the user's command and report the wrong command line. The trap cannot be
# replaced from here (this file is sourced inside a PROMPT_COMMAND function, and bash restores the DEBUG trap when a
# function returns), so the function the trap calls is wrapped instead and skipped for our handler only.
# The hooks known to sit in the DEBUG trap: VS Code's (shellIntegration-bash.sh) and bash-preexec's (which VS Code
# and many prompts use). `trap -p DEBUG` cannot tell us here: inside a function the DEBUG trap reads as unset.
__agent_guard_wrap_debug_hooks() {
  local hook definition
  for hook in __vsc_preexec_only __vsc_preexec_all __bp_preexec_invoke_exec; do
    definition=$(declare -f "$hook") || continue
    case $definition in *__agent_guard_enter*) continue ;; esac
    eval "__agent_guard_wrapped${hook}${definition#"$hook"}"
    eval "$hook() { [ \"\$BASH_COMMAND\" = __agent_guard_enter ] || __agent_guard_wrapped$hook \"\$@\"; }"
  done
}
__agent_guard_wrap_debug_hooks

for __ag_map in emacs vi-insert vi-command; do
  bind -m "$__ag_map" -x '"\C-x\C-]\C-a": __agent_guard_enter'
  bind -m "$__ag_map" '"\C-x\C-]\C-b": accept-line'
  bind -m "$__ag_map" '"\C-m": "\C-x\C-]\C-a\C-x\C-]\C-b"'
  bind -m "$__ag_map" '"\C-j": "\C-x\C-]\C-a\C-x\C-]\C-b"'
done
unset __ag_map
