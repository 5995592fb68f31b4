# Agent Guard terminal gate: the check every shell integration shares. Bash sources it (agent-guard.bash); zsh, fish,
# PowerShell and the PATH wrappers run it through agent-guard-check. Defines functions only.
#
#   agent_guard_gate_decide LINE CWD   returns 0 to run the line, 1 to stop it; prints what happened on stderr.
#
# An obviously safe line (agent_guard_gate_safe) is decided here with builtins only. Any other line goes to the running
# editor over the local channel (media/bin/agent-guard-channel.sh, bash /dev/tcp, no Node), which decides with the
# engine and shows the modal for `ask`. When no editor answers: production/staging stop the line, development warns
# and runs it. Settings (on/off, safe list, last known folder environments, messages) come from the file the editor
# writes ($AGENT_GUARD_GATE_SETTINGS), read again before each check so a settings change reaches open terminals.

__ag_gate_here=${BASH_SOURCE[0]%/*}
[ "$__ag_gate_here" = "${BASH_SOURCE[0]}" ] && __ag_gate_here=.
# shellcheck source=../bin/agent-guard-channel.sh
. "$__ag_gate_here/../bin/agent-guard-channel.sh" || return 1
# shellcheck source=agent-guard-prefilter.sh
. "$__ag_gate_here/agent-guard-prefilter.sh" || return 1

# Fallbacks for a terminal without a settings file (same texts as src/core/terminal-gate/messages.ts).
AG_GATE_FOLDERS=''
AG_GATE_MSG_BLOCKED_OFFLINE='Agent Guard stopped `{command}`: this is a {environment} workspace and the editor cannot be reached to confirm it (Agent Guard stopped, disabled or crashed). Nothing ran. Reload the window (Developer: Reload Window) so Agent Guard can ask you, then run it again.'
AG_GATE_MSG_RAN_OFFLINE='Agent Guard could not reach the editor to check `{command}`; running it because this workspace is {environment}. Reload the window to turn the guard back on.'
AG_GATE_MSG_STOPPED='Agent Guard stopped `{command}`: {reason}'
AG_GATE_MSG_CONFIRMED='Agent Guard: confirmed in the editor, running `{command}`.'
AG_GATE_MSG_WAITING='Agent Guard: confirm or cancel `{command}` in the editor…'
AG_GATE_MSG_TAMPER='Agent Guard stopped `{command}`: it would switch off the terminal gate in this terminal (Enter key binding, line editor or gate hooks). To turn the gate off, set agentGuard.terminalGate.enabled to false in the editor settings.'

# Longer than the longest confirmation the editor allows (agentGuard.confirmation.timeoutSeconds ≤ 3600): the editor
# always answers first (a timeout there is a deny), so running out here means the editor is gone.
AG_GATE_TIMEOUT=3700

# Who is typing: agents announce themselves in the environment of the terminals they drive (VS Code's agent sets
# COPILOT_AGENT and AI_AGENT, Cursor CURSOR_AGENT, Claude Code CLAUDECODE, Codex CODEX_SANDBOX, Gemini CLI GEMINI_CLI).
agent_guard_gate_actor() {
  if [ -n "${COPILOT_AGENT:-}${AI_AGENT:-}${CURSOR_AGENT:-}${CLAUDECODE:-}${CLAUDE_CODE:-}${CODEX_SANDBOX:-}${GEMINI_CLI:-}" ]; then
    AG_GATE_ACTOR=agent
  else
    AG_GATE_ACTOR=human
  fi
}

# Sets AG_GATE_ENVIRONMENT for CWD from the last known folder environments (longest folder containing CWD), else
# AGENT_GUARD_ENVIRONMENT (set when the terminal was opened), else development.
agent_guard_gate_environment() {
  local cwd=$1 environment folder best=-1
  AG_GATE_ENVIRONMENT=${AGENT_GUARD_ENVIRONMENT:-development}
  while IFS='	' read -r environment folder; do
    [ -n "$folder" ] || continue
    case $cwd/ in
      "${folder%/}"/*)
        if [ ${#folder} -gt $best ]; then
          best=${#folder}
          AG_GATE_ENVIRONMENT=$environment
        fi ;;
    esac
  done <<EOF
$AG_GATE_FOLDERS
EOF
  case $AG_GATE_ENVIRONMENT in production | staging | development) ;; *) AG_GATE_ENVIRONMENT=production ;; esac
}

# agent_guard_gate_say TEMPLATE COMMAND [REASON]: prints the message on stderr with its placeholders filled.
agent_guard_gate_say() {
  local text=$1 command=$2
  [ ${#command} -gt 200 ] && command="${command:0:200}…"
  command=${command//$'\n'/ ⏎ }
  text=${text//"{command}"/"$command"}
  text=${text//"{environment}"/"$AG_GATE_ENVIRONMENT"}
  text=${text//"{reason}"/"${3:-}"}
  printf '%s\n' "$text" >&2
}

__agent_guard_gate_waiting() {
  agent_guard_gate_say "$AG_GATE_MSG_WAITING" "$__ag_gate_line"
  __ag_gate_waited=1
}

# agent_guard_gate_tampers LINE: 0 when the line would switch the gate off in this shell without the setting: rebinding
# Enter or the line editor (bind, bindkey, zle, set +o emacs/vi), removing the gate's functions or its settings.
# Nothing here is a security boundary against a determined process, but an agent's "fix" of a stopped command
# should not be one keystroke away.
agent_guard_gate_tampers() {
  case " $1" in
    *[\ \;\&\|\(\`]bind[\ \;]* | *[\ \;\&\|\(\`]bind | *bindkey* | *[\ \;\&\|\(\`]zle[\ \;]* | *unfunction* | *'unset -f'* | \
      *'set +o emacs'* | *'set +o vi'* | *'set -o posix'* | *__agent_guard_* | *AGENT_GUARD_GATE_SETTINGS* | *AGENT_GUARD_SHELL_DIR* | *AGENT_GUARD_CHANNEL_DIR* | \
      *'functions -e'* | *'functions --erase'* | *Set-PSReadLineKeyHandler* | *Remove-PSReadLineKeyHandler*) return 0 ;;
  esac
  return 1
}

# Reads a string field from the one-line JSON answer: sets AG_FIELD (JSON escapes for quotes, backslashes and
# newlines undone). Fields the editor writes are plain strings; a missing field leaves AG_FIELD empty.
agent_guard_gate_field() {
  AG_FIELD=''
  case $1 in *"\"$2\":\""*) ;; *) return 1 ;; esac
  local value=${1#*"\"$2\":\""} out='' chunk
  while :; do
    chunk=${value%%[\"\\]*}
    out=$out$chunk
    value=${value#"$chunk"}
    case $value in
      '' | \"*) break ;;
      \\n*) out="$out "; value=${value:2} ;;
      \\*) out=$out${value:1:1}; value=${value:2} ;;
    esac
  done
  AG_FIELD=$out
}

agent_guard_gate_decide() {
  local line=$1 cwd=${2:-$PWD} header answered=1
  agent_guard_gate_load_settings
  [ "$AG_GATE_ENABLED" = 1 ] || return 0
  agent_guard_gate_safe "$line" && return 0
  if agent_guard_gate_tampers "$line"; then
    agent_guard_gate_environment "$cwd"
    agent_guard_gate_say "$AG_GATE_MSG_TAMPER" "$line"
    return 1
  fi

  agent_guard_gate_actor
  agent_guard_json_string "$line"
  header="{\"type\":\"check-command\",\"source\":\"terminal\",\"actor\":\"$AG_GATE_ACTOR\",\"command\":$AG_JSON"
  agent_guard_json_string "$cwd"
  header="$header,\"cwd\":$AG_JSON}"

  __ag_gate_line=$line __ag_gate_waited=0
  AG_RESPONSE=''
  local AG_CHANNEL_ON_SLOW=__agent_guard_gate_waiting
  if [ -n "${AGENT_GUARD_WINDOW_RECORD:-}" ] && agent_guard_channel_request_record "$AGENT_GUARD_WINDOW_RECORD" "$header" "$AG_GATE_TIMEOUT"; then
    :
  elif agent_guard_channel_request "$header" "$AG_GATE_TIMEOUT"; then
    :
  else
    answered=0
  fi
  case $AG_RESPONSE in *'"decision":"'*) ;; *) answered=0 ;; esac

  if [ $answered = 0 ]; then
    # The PATH wrappers run scripts' commands: those must not break because the editor is gone.
    [ "${AG_GATE_QUIET_OFFLINE:-}" = 1 ] && return 0
    agent_guard_gate_environment "$cwd"
    case $AG_GATE_ENVIRONMENT in
      development)
        agent_guard_gate_say "$AG_GATE_MSG_RAN_OFFLINE" "$line"
        return 0 ;;
    esac
    agent_guard_gate_say "$AG_GATE_MSG_BLOCKED_OFFLINE" "$line"
    return 1
  fi

  case $AG_RESPONSE in
    *'"decision":"allow"'*)
      # The person answered (src/core/channel/handlers.ts says so in the reason), or we waited for someone.
      case $__ag_gate_waited$AG_RESPONSE in
        1* | *'"reason":"A person confirmed'*) agent_guard_gate_say "$AG_GATE_MSG_CONFIRMED" "$line" ;;
      esac
      return 0 ;;
  esac
  agent_guard_gate_field "$AG_RESPONSE" reason
  agent_guard_gate_say "$AG_GATE_MSG_STOPPED" "$line" "${AG_FIELD:-the editor refused it.}"
  return 1
}
