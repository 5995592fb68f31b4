# Agent Guard: runs your .zshrc (see .zshenv here), then loads the terminal gate.
__ag_zdotdir=$ZDOTDIR
ZDOTDIR=$AGENT_GUARD_USER_ZDOTDIR
[[ -f $ZDOTDIR/.zshrc && $ZDOTDIR != $__ag_zdotdir ]] && . "$ZDOTDIR/.zshrc"
AGENT_GUARD_USER_ZDOTDIR=$ZDOTDIR
ZDOTDIR=$__ag_zdotdir
. "$__ag_zdotdir/../agent-guard.zsh"
# A non-login shell reads nothing after this file: give ZDOTDIR back (a login shell does it in .zlogin).
[[ -o login ]] || ZDOTDIR=$AGENT_GUARD_USER_ZDOTDIR
