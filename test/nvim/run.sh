#!/usr/bin/env bash
# `npm run test:nvim`: the language server from Debian's Neovim (0.7.2, its built-in LSP client, headless).
# Needs `apt-get install -y neovim` and a built dist/ (npm run build). Without nvim it says SKIPPED, never passed.
set -uo pipefail
cd "$(dirname "$0")/../.."
if ! command -v nvim >/dev/null; then
  echo "SKIPPED: nvim is not installed (apt-get install -y neovim)"
  echo "0 passed, 0 failed, 1 skipped"
  [ "${CI:-false}" = false ] && exit 0 || exit 3
fi
[ -f dist/server.js ] || { echo "dist/server.js is missing: run npm run build" >&2; exit 2; }
start=$(date +%s.%N)
ARTICLE="$(ls seeds/000_*.txt | head -1)" \
INSPECTION_LSP_CMD="node $PWD/bin/inspection-language-server.js --stdio" \
  timeout 120 nvim --headless --clean -c "luafile test/nvim/check.lua" </dev/null | cat  # cat: flushed, whole lines
rc=${PIPESTATUS[0]}
[ $rc = 124 ] && echo "0 passed, 1 failed (nvim timed out)"
echo "Neovim check finished in $(echo "$(date +%s.%N) - $start" | bc 2>/dev/null || echo '?') s ($(nvim --version | head -1))" >&2
exit $rc
