# shellcheck shell=bash
# Helpers sourced by the translation scripts: locate Python and PySide6's Qt tools.
# Order: $PYTHON, the repository's .venv, python3.

find_python() {
  local c
  for c in "${PYTHON:-}" .venv/bin/python; do
    if [ -n "$c" ] && [ -x "$c" ] && "$c" -c 'import PySide6' >/dev/null 2>&1; then echo "$c"; return; fi
  done
  command -v python3
}

# find_qt_tool lupdate|lrelease -> path of pyside6-<tool> (or PySide6's bundled binary).
find_qt_tool() {
  local tool="$1" py dir c
  py="$(find_python)"
  dir="$(dirname "$py")"
  for c in "$dir/pyside6-$tool" "$(command -v "pyside6-$tool" 2>/dev/null || true)"; do
    if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; return; fi
  done
  c="$("$py" -c 'import os, PySide6; print(os.path.dirname(PySide6.__file__))' 2>/dev/null)/$tool"
  if [ -x "$c" ]; then echo "$c"; return; fi
  echo "error: pyside6-$tool not found; install PySide6 (scripts/dev.sh setup)" >&2
  exit 1
}
