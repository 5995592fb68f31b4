# Agent Guard: runs your .zlogin (see .zshenv here), then gives ZDOTDIR back.
__ag_zdotdir=$ZDOTDIR
ZDOTDIR=$AGENT_GUARD_USER_ZDOTDIR
[[ -f $ZDOTDIR/.zlogin && $ZDOTDIR != $__ag_zdotdir ]] && . "$ZDOTDIR/.zlogin"
