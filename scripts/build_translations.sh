#!/usr/bin/env bash
# Compile resources/i18n/*.ts into .qm files next to them (build products, never committed).
# Only a .ts newer than its .qm is compiled, so a second run does nothing and is instant.
# Called by scripts/dev.sh and by packaging.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
shopt -s nullglob
stale=()
for ts in resources/i18n/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then stale+=("$ts"); fi
done
[ ${#stale[@]} -eq 0 ] && exit 0
source scripts/qt_tools.sh
lrelease="$(find_qt_tool lrelease)"
for ts in "${stale[@]}"; do
  "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
echo "Compiled ${#stale[@]} translation(s): ${stale[*]}"
