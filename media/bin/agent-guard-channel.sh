# Agent Guard local channel, bash client. Source this file; it defines functions only and changes nothing else.
# Speaks the protocol of src/core/channel/protocol.ts over bash's /dev/tcp, with builtins only (no jq, no Node, no
# forks on the hot path), so an agent hook or the terminal gate can ask the running editor in a few milliseconds.
# Works with bash 3.2 (macOS) and later. Uses file descriptor 57 while a request is in flight.

# Sets AG_CHANNEL_DIR: the private directory holding the editors' discovery files (same rule as channelDirectory()).
agent_guard_channel_dir() {
  if [ -n "${AGENT_GUARD_CHANNEL_DIR:-}" ]; then
    AG_CHANNEL_DIR=$AGENT_GUARD_CHANNEL_DIR
  elif [ -n "${XDG_RUNTIME_DIR:-}" ]; then
    AG_CHANNEL_DIR=$XDG_RUNTIME_DIR/agent-guard
  else
    AG_CHANNEL_DIR=${TMPDIR:-/tmp}
    AG_CHANNEL_DIR=${AG_CHANNEL_DIR%/}/agent-guard-$UID
  fi
}

# agent_guard_channel_read_record FILE: sets AG_PORT, AG_SECRET, AG_PID from a WindowRecord written one field per line.
# Returns 1 when the file is not ours or does not hold a usable record.
agent_guard_channel_read_record() {
  AG_PORT='' AG_SECRET='' AG_PID=''
  [ -f "$1" ] && [ -O "$1" ] && [ ! -L "$1" ] || return 1
  local line value
  while IFS= read -r line; do
    case $line in
      '  "port": '*) value=${line#*: }; AG_PORT=${value%,} ;;
      '  "pid": '*) value=${line#*: }; AG_PID=${value%,} ;;
      '  "secret": "'*) value=${line#*: \"}; AG_SECRET=${value%%\"*} ;;
    esac
  done < "$1"
  case $AG_PORT in '' | *[!0-9]*) return 1 ;; esac
  case $AG_PID in '' | *[!0-9]*) return 1 ;; esac
  case $AG_SECRET in '' | *[!0-9a-f]*) return 1 ;; esac
  # A record whose editor is gone may point at a port someone else now holds: never send the secret there.
  kill -0 "$AG_PID" 2>/dev/null || return 1
}

# agent_guard_channel_exchange PORT HEADER BODY TIMEOUT: sends the header line and body, reads up to three answer lines
# into AG_RESP1..3. Returns 1 when the editor cannot be reached or does not answer within TIMEOUT seconds.
agent_guard_channel_exchange() {
  AG_RESP1='' AG_RESP2='' AG_RESP3=''
  { exec 57<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf '%s\n%s' "$2" "$3" >&57 2>/dev/null
  # AG_CHANNEL_ON_SLOW: a function called once when no answer came within half a second (e.g. "the modal is open").
  if [ -n "${AG_CHANNEL_ON_SLOW:-}" ] && [ "${BASH_VERSINFO[0]}" -ge 4 ] && ! IFS= read -r -t 0.5 AG_RESP1 <&57; then
    "$AG_CHANNEL_ON_SLOW"
    local first=$AG_RESP1
    if ! IFS= read -r -t "$4" AG_RESP1 <&57; then
      exec 57<&- 57>&-
      return 1
    fi
    AG_RESP1=$first$AG_RESP1
  elif [ -z "$AG_RESP1" ] && ! IFS= read -r -t "$4" AG_RESP1 <&57; then
    exec 57<&- 57>&-
    return 1
  fi
  IFS= read -r -t 5 AG_RESP2 <&57
  IFS= read -r -t 5 AG_RESP3 <&57
  exec 57<&- 57>&-
  return 0
}

# agent_guard_json_string TEXT: sets AG_JSON to TEXT as a JSON string literal (quotes included).
agent_guard_json_string() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\n}
  s=${s//$'\r'/\\r}
  s=${s//$'\t'/\\t}
  AG_JSON="\"$s\""
}

# agent_guard_channel_each_window FUNCTION: calls FUNCTION for each live editor window (AG_PORT/AG_SECRET set) until it
# returns 0. Returns 1 when no window took the request (none running, directory not private, or all declined).
agent_guard_channel_each_window() {
  agent_guard_channel_dir
  [ -d "$AG_CHANNEL_DIR" ] && [ -O "$AG_CHANNEL_DIR" ] && [ ! -L "$AG_CHANNEL_DIR" ] || return 1
  local record
  for record in "$AG_CHANNEL_DIR"/window-*.json; do
    agent_guard_channel_read_record "$record" || continue
    "$1" && return 0
  done
  return 1
}

# agent_guard_channel_hook AGENT PAYLOAD [TIMEOUT]: runs one agent hook call in the editor that holds the agent's
# workspace. On success sets AG_HOOK_EXIT, AG_HOOK_STDOUT, AG_HOOK_STDERR and returns 0; returns 1 when no editor did.
agent_guard_channel_hook() {
  _ag_hook_agent=$1 _ag_hook_payload=$2 _ag_hook_timeout=${3:-290}
  agent_guard_channel_each_window _agent_guard_channel_hook_one
}

_agent_guard_channel_hook_one() {
  local LC_ALL=C
  local length=${#_ag_hook_payload} value
  agent_guard_channel_exchange "$AG_PORT" \
    "{\"v\":1,\"secret\":\"$AG_SECRET\",\"type\":\"hook\",\"agent\":\"$_ag_hook_agent\",\"length\":$length}" \
    "$_ag_hook_payload" "$_ag_hook_timeout" || return 1
  case $AG_RESP1 in
    '{"exitCode":'*)
      value=${AG_RESP1#*:}
      AG_HOOK_EXIT=${value%\}}
      case $AG_HOOK_EXIT in '' | *[!0-9]*) return 1 ;; esac
      AG_HOOK_STDOUT=$AG_RESP2
      AG_HOOK_STDERR=$AG_RESP3
      return 0 ;;
  esac
  return 1
}

# agent_guard_channel_request HEADER_WITHOUT_SECRET [TIMEOUT]: sends a JSON request whose text starts with `{` (the
# secret and version are added here) to the first live window and sets AG_RESPONSE to its one-line JSON answer.
agent_guard_channel_request() {
  _ag_req_body=${1#\{} _ag_req_timeout=${2:-290}
  agent_guard_channel_each_window _agent_guard_channel_request_one
}

_agent_guard_channel_request_one() {
  agent_guard_channel_exchange "$AG_PORT" "{\"v\":1,\"secret\":\"$AG_SECRET\",$_ag_req_body" '' "$_ag_req_timeout" || return 1
  AG_RESPONSE=$AG_RESP1
  [ -n "$AG_RESPONSE" ]
}

# agent_guard_channel_request_record FILE HEADER_WITHOUT_SECRET [TIMEOUT]: agent_guard_channel_request to the one
# window whose discovery file is FILE (the terminal gate asks the window that opened its terminal first).
agent_guard_channel_request_record() {
  agent_guard_channel_read_record "$1" || return 1
  _ag_req_body=${2#\{} _ag_req_timeout=${3:-290}
  _agent_guard_channel_request_one
}
