#!/usr/bin/env bash
# Compile resources/i18n/*.ts into .qm files next to them (build products, never committed).
# Only a .ts newer than its .qm is compiled, so a second run does nothing and is instant.
# Called by scripts/dev.sh; the work is done by build_translations.py, which the Windows
# and macOS builds (and the PyInstaller spec) run directly.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
source scripts/qt_tools.sh
exec "$(find_python)" scripts/build_translations.py "$@"
