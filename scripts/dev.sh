#!/usr/bin/env bash
# One entry point for people who cloned the source:
#   scripts/dev.sh app    set everything up, then open the app on the bundled demo shop
#   scripts/dev.sh test   set everything up, then run the whole test suite (extra args go to pytest)
# Idempotent: a second run only checks stamps and starts at once.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export LANG="${LANG:-C.UTF-8}"
cmd="${1:-app}"; shift || true

need_libs=(libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0)
if [ "$cmd" = app ]; then
  need_libs+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
              libxcb-shape0 libxkbcommon-x11-0)
fi
# poppler-utils: PDF report checks; nsis: tests/packaging compiles the Windows installer script.
if [ "$cmd" = test ]; then need_libs+=(poppler-utils nsis); fi

install_system_libs() {
  # Only on Debian/Ubuntu as root; elsewhere we assume the desktop already has Qt's libraries.
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for p in "${need_libs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "note: missing system libraries (${missing[*]}); install them with: sudo apt-get install ${missing[*]}" >&2
    return 0
  fi
  echo "Installing system libraries Qt needs: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

setup_venv() {
  local py="${PYTHON:-python3}"
  "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "Python 3.11 or newer is needed (found $("$py" --version 2>&1))." >&2; exit 1; }
  [ -x .venv/bin/python ] || "$py" -m venv .venv
  local stamp; stamp="$(cat pyproject.toml constraints.txt scripts/dev.sh | sha256sum | cut -c1-16)"
  if [ "$(cat .venv/.setup-stamp 2>/dev/null)" != "$stamp" ]; then
    echo "Installing Python packages into .venv ..."
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    # constraints.txt: the tested versions, so a new release upstream never changes a build
    .venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[test]'
    echo "$stamp" > .venv/.setup-stamp
  fi
  # Compiled translations are build products (.qm is never committed): rebuild when a .ts changed.
  if [ -x scripts/build_translations.sh ]; then bash scripts/build_translations.sh; fi
}

install_system_libs
setup_venv

case "$cmd" in
  app)
    exec .venv/bin/retention-desktop --demo "$@" ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest "$@" ;;
  setup) ;;
  *) echo "usage: scripts/dev.sh [app|test|setup] [args...]" >&2; exit 2 ;;
esac
