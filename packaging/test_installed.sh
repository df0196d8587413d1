#!/usr/bin/env bash
# Install the built .deb like a user would, exercise the installed app, uninstall it and
# check that none of the package's own files is left behind (and that the user's data stays).
# Usage (as root, or with sudo available): packaging/test_installed.sh [path/to/x.deb]
# Run packaging/build.sh first. Needs apt-get; the package must not be installed yet.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export LANG="${LANG:-C.UTF-8}" QT_QPA_PLATFORM=offscreen
app=retention-desktop
deb="${1:-$(ls -t packaging/dist/${app}_*.deb 2>/dev/null | head -n 1)}"
[ -f "$deb" ] || { echo "no .deb: run packaging/build.sh first" >&2; exit 1; }
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok   $*"; }

if dpkg-query -W -f='${Status}' "$app" 2>/dev/null | grep -q "install ok installed"; then
  fail "$app is already installed; remove it first (apt-get remove $app)"
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A fresh user: per-user data goes to $HOME/.local/share/retention-desktop.
export HOME="$tmp/home"
unset XDG_DATA_HOME RETENTION_DESKTOP_HOME
mkdir -p "$HOME"

echo "== apt-get install $deb"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" > "$tmp/apt.log" 2>&1 \
  || { cat "$tmp/apt.log"; fail "apt-get install"; }
ok "installed $(dpkg-query -W -f='${Package} ${Version}' "$app")"
# The package's own files: after removal none of them may remain. (Comparing all of /usr
# before and after failed whenever apt pulled in a dependency, which removal leaves.)
dpkg-query -L "$app" | sort > "$tmp/owned"

[ "$(command -v "$app")" = "/usr/bin/$app" ] || fail "/usr/bin/$app is not on PATH"
version="$("$app" --version)"
ok "--version: $version"
install_tree() { find "/opt/$app" -printf '%p %s %T@\n' | sort | sha256sum; }
tree_before="$(install_tree)"

"$app" --demo --smoke > "$tmp/smoke.out" || { cat "$tmp/smoke.out"; fail "--demo --smoke"; }
ok "--demo --smoke ($(grep -c '^smoke: visited' "$tmp/smoke.out") tabs visited)"
# The demo shop is user data: built in the per-user data dir, never in the install folder.
ls "$HOME/.local/share/$app/"*.duckdb > /dev/null 2>&1 || fail "demo shop not in $HOME/.local/share/$app"
ok "demo shop built in the per-user data dir: $(ls "$HOME/.local/share/$app/")"
"$app" --smoke > "$tmp/smoke.out" || { cat "$tmp/smoke.out"; fail "--smoke"; }
ok "--smoke"

# A project file made by the source tree's store, opened by the installed app.
project="$tmp/My Shop.rdproj.duckdb"
PYTHONPATH="$root" "$PY" -c "import sys; from retention_desktop.core.store import ProjectStore; ProjectStore(sys.argv[1]).close()" "$project"
"$app" --smoke "$project" > "$tmp/smoke.out" || { cat "$tmp/smoke.out"; fail "opening a project given on the command line"; }
grep -qF "smoke: project $project" "$tmp/smoke.out" || { cat "$tmp/smoke.out"; fail "the project on the command line was not the one opened"; }
ok "--smoke '$project' opened it"
"$app" info --project "$project" --json | grep -q '"schema_version"' || fail "info --project"
ok "info --project (CLI in the bundle)"

# What a double-click does: the desktop entry's Exec command with the file for %f.
desktop="/usr/share/applications/$app.desktop"
exec_cmd="$(sed -n 's/^Exec=\([^ ]*\) %f$/\1/p' "$desktop")"
[ -n "$exec_cmd" ] || fail "Exec line of $desktop does not end in %f"
"$exec_cmd" --smoke "$project" > "$tmp/smoke.out" && grep -qF "smoke: project $project" "$tmp/smoke.out" \
  || fail "desktop entry command did not open the project"
ok "desktop entry Exec=$exec_cmd %f opens the project"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "desktop entry invalid"
  ok "desktop entry validates"
fi
if [ -f /usr/share/mime/globs2 ]; then
  grep -q "application/x-retention-desktop-project:\*.rdproj.duckdb" /usr/share/mime/globs2 \
    || fail "MIME type not registered in /usr/share/mime"
  ok "MIME type registered (shared-mime-info trigger)"
fi
if [ -f /usr/share/applications/mimeinfo.cache ]; then
  grep -q "application/x-retention-desktop-project=.*$app.desktop" /usr/share/applications/mimeinfo.cache \
    || fail "desktop entry not associated with the project MIME type"
  ok "project files associated with $app.desktop"
fi
[ -f /usr/share/icons/hicolor/256x256/apps/$app.png ] && [ -f /usr/share/icons/hicolor/scalable/apps/$app.svg ] \
  || fail "icons missing from hicolor"
ok "icons in hicolor"

[ "$(install_tree)" = "$tree_before" ] || fail "the app wrote into /opt/$app"
ok "nothing written into /opt/$app"
userdata="$HOME/.local/share/$app"
echo keep > "$userdata/keep-me.txt"

echo "== start time of the installed app (offscreen, fresh user; benchmarks/bench_bundle.py)"
"$PY" "$root/benchmarks/bench_bundle.py" --exe "/opt/$app/$app" --runs "${RUNS:-5}" | grep -E "start|smoke run"

echo "== apt-get remove $app"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q "$app" > "$tmp/apt.log" 2>&1 \
  || { cat "$tmp/apt.log"; fail "apt-get remove"; }
[ ! -e "/opt/$app" ] || fail "/opt/$app left behind"
[ ! -e "/usr/bin/$app" ] || fail "/usr/bin/$app left behind"
left=()
while IFS= read -r path; do
  # Shared folders (/usr, /usr/share/icons/...) stay; the package's files and own folders go.
  if [ -e "$path" ] && { [ ! -d "$path" ] || [[ "$path" == /opt/$app* || "$path" == /usr/share/doc/$app* ]]; }; then
    left+=("$path")
  fi
done < "$tmp/owned"
[ ${#left[@]} -eq 0 ] || { printf '%s\n' "${left[@]}"; fail "files of the package left after removal"; }
ok "none of the package's $(wc -l < "$tmp/owned") paths left"
if [ -f /usr/share/mime/globs2 ] && grep -q "retention-desktop" /usr/share/mime/globs2; then
  fail "MIME type still registered after removal"
fi
[ "$(cat "$userdata/keep-me.txt")" = keep ] || fail "user data was touched by removal"
ok "user data in $userdata kept"
echo "PASS: installed .deb works and uninstalls cleanly"

echo "== portable tar.gz (unpacked in a scratch folder, run in place)"
tarball="$(ls -t packaging/dist/${app}-*-linux-*.tar.gz 2>/dev/null | head -n 1)"
if [ -n "$tarball" ]; then
  mkdir -p "$tmp/portable"
  tar -xzf "$tarball" -C "$tmp/portable"
  exe="$(ls "$tmp"/portable/*/"$app")"
  (cd "$tmp" && "$exe" --smoke > "$tmp/portable.log" 2>&1) || { cat "$tmp/portable.log"; fail "tar.gz --smoke"; }
  ok "tar.gz: $(basename "$tarball") --smoke"
  [ -x "$(dirname "$exe")/install-user.sh" ] || fail "tar.gz: install-user.sh missing"
  ok "tar.gz: install-user.sh present"
else
  echo "(no tar.gz in packaging/dist: skipped)"
fi
