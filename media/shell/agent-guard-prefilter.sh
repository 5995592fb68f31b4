# Agent Guard terminal gate: the fast path, in syntax bash and zsh both read (sourced by agent-guard-gate.sh and
# agent-guard.zsh). Builtins only: an obviously safe line costs no process and no round trip to the editor.
# The safe list comes from src/core/terminal-gate/prefilter.ts through the settings file; test/shell checks that the
# engine allows every line this lets pass.

# Until the settings file is read: on, and nothing is obviously safe (every non-empty line is checked).
AG_GATE_ENABLED=1
AG_GATE_SAFE=' '

agent_guard_gate_load_settings() {
  local file=${AGENT_GUARD_GATE_SETTINGS:-}
  [ -n "$file" ] && [ -f "$file" ] && [ -O "$file" ] && [ ! -L "$file" ] && . "$file"
}

# agent_guard_gate_safe LINE: 0 when the line can run without asking anyone. Anything that needs a real parse
# (operators, quotes, expansions, redirects, globs, assignments, several lines) or names something credential-like is
# not obviously safe; neither is a command outside AG_GATE_SAFE.
agent_guard_gate_safe() {
  local line=$1 name rest sub
  case $line in
    *[![:space:]]*) ;;
    *) return 0 ;;
  esac
  case $line in
    *[\|\&\;\<\>\(\)\{\}\$\`\\\"\'\*\?\[\]\!\#\~=%^]* | *"
"*) return 1 ;;
  esac
  case $line in
    *[eE][nN][vV]* | *[sS][eE][cC][rR][eE][tT]* | *[tT][oO][kK][eE][nN]* | *[kK][eE][yY]* | *[cC][rR][eE][dD]* | *[pP][aA][sS][sS]* | \
      *.pem* | *id_* | *ssh* | *aws* | *kube* | *gcloud* | *azure* | *docker* | *netrc* | *history* | *prod* | *live* | */*) return 1 ;;
  esac
  line=${line#"${line%%[![:space:]]*}"}
  name=${line%%[[:space:]]*}
  rest=${line#"$name"}
  rest=${rest#"${rest%%[![:space:]]*}"}
  sub=${rest%%[[:space:]]*}
  case $AG_GATE_SAFE in
    *" $name "*) return 0 ;;
  esac
  [ -n "$sub" ] || return 1
  case $AG_GATE_SAFE in
    *" $name:$sub "*) return 0 ;;
  esac
  return 1
}

