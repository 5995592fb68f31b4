# Agent Guard terminal gate for interactive fish (best effort).
#
# Loaded by the editor without touching your config: XDG_DATA_DIRS starts with media/shell/xdg in its terminals, and
# fish reads every vendor_conf.d found there. Enter is bound to a function that checks the whole command line with
# agent-guard-check (bash, over the local channel) before fish runs it; a stopped line is cleared (kept in history)
# and never runs. fish's own preexec event cannot veto a command, which is why this sits on the key binding.

status is-interactive; or exit 0
set -q __agent_guard_fish_loaded; and exit 0
set -g __agent_guard_fish_loaded 1
set -q AGENT_GUARD_SHELL_DIR; or exit 0

# The PATH wrappers skip commands this shell starts directly: their whole line was checked here.
set -gx AGENT_GUARD_GATED_PID $fish_pid

function __agent_guard_enter
    set -l line (commandline | string collect)
    if test -z (string trim -- "$line")
        commandline -f execute
        return
    end
    # Messages are printed under the line once the answer is in (fish redraws the line after a binding).
    set -l said (bash "$AGENT_GUARD_SHELL_DIR/agent-guard-check" "$line" "$PWD" 2>&1 | string collect)
    set -l verdict $pipestatus[1]
    if test -n "$said"
        echo
        printf '%s\n' $said
    end
    if test $verdict -eq 0
        commandline -f repaint
        commandline -f execute
    else
        builtin history append -- "$line" 2>/dev/null
        commandline ''
        commandline -f repaint
    end
end

function __agent_guard_fish_bind
    for mode in default insert
        bind -M $mode \r __agent_guard_enter
        bind -M $mode \n __agent_guard_enter
    end
end
__agent_guard_fish_bind
# fish_user_key_bindings / fish_vi_key_bindings reset bindings: bind again whenever the key binding mode changes.
function __agent_guard_rebind --on-variable fish_key_bindings
    __agent_guard_fish_bind
end
