# Agent Guard: runs your .zprofile (see .zshenv here).
__ag_zdotdir=$ZDOTDIR
ZDOTDIR=$AGENT_GUARD_USER_ZDOTDIR
[[ -f $ZDOTDIR/.zprofile && $ZDOTDIR != $__ag_zdotdir ]] && . "$ZDOTDIR/.zprofile"
AGENT_GUARD_USER_ZDOTDIR=$ZDOTDIR
ZDOTDIR=$__ag_zdotdir
