#!/usr/bin/env bash
# Every test suite, once each, after one build: unit + protocol (mocha), VS Code's workbench (code-server),
# Neovim's LSP client, and the packaged .vsix. Installs what the editor suites need (.ci/vscode/setup.sh).
# Ends with one grand total line; exits non-zero if any suite failed or could not run.
set -uo pipefail
cd "$(dirname "$0")/.."
LOG="$(mktemp -d)"
status=0
run() { # name, command...
  local name="$1"; shift
  echo "=== $name"
  "$@" 2>&1 | tee "$LOG/$name.log"
  local rc=${PIPESTATUS[0]}
  [ "$rc" = 0 ] || { echo "=== $name exited with $rc"; status=1; }
}
npm run build || exit 1
run mocha npx mocha
run vscode node .ci/vscode/test.js
run nvim bash test/nvim/run.sh
run package npm run test:package
run screenshots env SHOTS_DIR="$LOG/shots" node test/vscode/screenshots.js
# Each suite's last totals line counts once.
p=0 f=0 s=0
for name in mocha vscode nvim package screenshots; do
  line=$(grep -E '^(\[[^]]*\] )?[0-9]+ passed, [0-9]+ failed' "$LOG/$name.log" | tail -1 | sed 's/^\[[^]]*\] //')
  [ -n "$line" ] || { echo "=== $name printed no totals"; status=1; continue; }
  read -r a b c < <(echo "$line" | sed -E 's/^([0-9]+) passed, ([0-9]+) failed(, ([0-9]+) skipped)?.*/\1 \2 \4/')
  p=$((p + a)); f=$((f + b)); s=$((s + ${c:-0}))
done
rm -rf "$LOG"
echo
echo "$p passed, $f failed, $s skipped"
[ "$f" = 0 ] || status=1
exit $status
