#!/usr/bin/env bash
# Compile packaging/windows/installer.nsi with makensis against a placeholder payload
# (the real one needs a Windows PyInstaller build), to catch script errors anywhere.
# Usage: packaging/windows/check_nsis.sh [OUT_DIR]   (Debian: apt-get install nsis)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
command -v makensis >/dev/null || { echo "makensis not found (apt-get install nsis)" >&2; exit 1; }
out="${1:-$(mktemp -d)}"
mkdir -p "$out/payload/_internal/resources"
printf 'placeholder, not a program\n' > "$out/payload/RetentionDesktop.exe"
printf 'placeholder, not a program\n' > "$out/payload/retention-desktop.exe"
printf 'placeholder\n' > "$out/payload/_internal/resources/README.txt"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/retention_desktop/__init__.py")"
# -WX: warnings are errors; -V2: warnings and errors only.
makensis -WX -V2 -DVERSION="$version" -DSOURCE_DIR="$out/payload" \
  -DOUTFILE="$out/RetentionDesktop-$version-setup.exe" \
  -DICON="$root/resources/icons/retention-desktop.ico" "$here/installer.nsi"
test -s "$out/RetentionDesktop-$version-setup.exe"
echo "$out/RetentionDesktop-$version-setup.exe"
