#!/bin/sh
# Portable Retention Desktop: add it to your applications menu and let project files
# (*.rdproj.duckdb, *.duckdb) open with it, for your user only (no root needed).
#   ./install-user.sh            register this unpacked folder
#   ./install-user.sh --remove   unregister (your projects and settings stay)
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app=retention-desktop
if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/$app.desktop" "$data/mime/packages/$app.xml"
  find "$data/icons/hicolor" -name "$app.*" -type f -delete 2>/dev/null || true
else
  mkdir -p "$data/applications" "$data/mime/packages"
  # The menu entry points at this folder's executable (quoted: the path may contain spaces).
  sed -e "s|^Exec=.*|Exec=\"$here/$app\" %f|" -e "s|^TryExec=.*|TryExec=$here/$app|" \
    "$here/share/applications/$app.desktop" > "$data/applications/$app.desktop"
  cp "$here/share/mime/packages/$app.xml" "$data/mime/packages/$app.xml"
  (cd "$here/share" && find icons -name "$app.*" -type f) | while read -r icon; do
    mkdir -p "$data/$(dirname "$icon")"
    cp "$here/share/$icon" "$data/$icon"
  done
fi
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "done"
