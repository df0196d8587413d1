#!/usr/bin/env bash
# macOS: build "Retention Desktop.app" with the PyInstaller spec (BUNDLE with the
# Info.plist of packaging/macos/bundle_info.py: .duckdb document type, high-DPI, version)
# and wrap it in a compressed, drag-to-Applications disk image with hdiutil.
# Usage (on a Mac): packaging/macos/make_dmg.sh [--no-bundle]
# Output: packaging/dist/RetentionDesktop-<version>-macos-<arch>.dmg
# Signing: PyInstaller signs ad hoc. For distribution outside CI set CODESIGN_IDENTITY
# (a "Developer ID Application" certificate) and notarize the dmg with `xcrun notarytool`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
[ "$(uname -s)" = Darwin ] || { echo "make_dmg.sh runs on macOS only (hdiutil)" >&2; exit 1; }
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' retention_desktop/__init__.py)"
app="packaging/dist/Retention Desktop.app"
exe="$app/Contents/MacOS/RetentionDesktop"

if [ "${1:-}" != "--no-bundle" ]; then
  "$PY" -m PyInstaller --version >/dev/null 2>&1 || "$PY" -m pip install -q 'pyinstaller>=6.10'
  "$PY" scripts/build_translations.py   # the spec compiles them too; fail early here
  "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath packaging/dist --workpath packaging/build packaging/retention-desktop.spec
fi
[ -x "$exe" ] || { echo "no app bundle at $app" >&2; exit 1; }
# Info.plist's minimum macOS must cover every compiled wheel that went into the bundle.
"$PY" packaging/macos/check_min_version.py
plutil -lint "$app/Contents/Info.plist"
if find "$app" -iname '*pyarrow*' | grep -q .; then echo "pyarrow found in the bundle" >&2; exit 1; fi
RETENTION_DESKTOP_BUNDLE_SELFTEST=1 "$exe"
QT_QPA_PLATFORM=offscreen "$exe" --smoke
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
fi
codesign --verify --deep --strict "$app"

stage="$(mktemp -d)/Retention Desktop"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"   # drag the app onto it to install
dmg="packaging/dist/RetentionDesktop-$version-macos-$(uname -m).dmg"
hdiutil create -volname "Retention Desktop $version" -srcfolder "$stage" \
  -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
rm -rf "$(dirname "$stage")"
du -sh "$app" "$dmg"
