#!/usr/bin/env bash
# Refresh the translation sources: every tr()/translate() string of retention_desktop/**/*.py
# plus the Qt-free core's strings (definition cards, tr_noop marks) into
# resources/i18n/retention_desktop_fa.ts and _ar.ts. Existing translations are kept;
# strings that disappeared from the code are dropped (-no-obsolete).
# Then translate the new entries (Qt Linguist: pyside6-linguist resources/i18n/*.ts).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
source scripts/qt_tools.sh
lupdate="$(find_qt_tool lupdate)"
py="$(find_python)"

stub=build/i18n/core_strings.py
"$py" scripts/extract_core_strings.py "$stub"
mapfile -t sources < <(find retention_desktop -name '*.py' -not -path '*/__pycache__/*' | sort)
mkdir -p resources/i18n
for lang in fa ar; do
  "$lupdate" "${sources[@]}" "$stub" -ts "resources/i18n/retention_desktop_${lang}.ts" \
    -target-language "$lang" -no-obsolete -locations relative
done
