# Agent Guard: this folder is ZDOTDIR in the editor's terminals so zsh loads the terminal gate. Each file here runs
# yours from $AGENT_GUARD_USER_ZDOTDIR (your ZDOTDIR, else $HOME) with ZDOTDIR set to it, as if we were not here.
__ag_zdotdir=$ZDOTDIR
ZDOTDIR=${AGENT_GUARD_USER_ZDOTDIR:-$HOME}
[[ -f $ZDOTDIR/.zshenv && $ZDOTDIR != $__ag_zdotdir ]] && . "$ZDOTDIR/.zshenv"
AGENT_GUARD_USER_ZDOTDIR=$ZDOTDIR
ZDOTDIR=$__ag_zdotdir
