#!/usr/bin/env bash
# Build the Linux installers of Retention Desktop from a source checkout:
#   1. the one-folder PyInstaller bundle     packaging/dist/retention-desktop/
#   2. a Debian package                      packaging/dist/retention-desktop_<ver>_<arch>.deb
#   3. a portable archive                    packaging/dist/retention-desktop-<ver>-linux-<machine>.tar.gz
# Usage: packaging/build.sh [--no-bundle]   (--no-bundle re-packs an existing bundle)
# Python: $PYTHON, else .venv/bin/python, else python3 (needs the app's dependencies;
# PyInstaller is installed into it when missing). Then: packaging/test_installed.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export LANG="${LANG:-C.UTF-8}"
build_bundle=1
[ "${1:-}" = "--no-bundle" ] && build_bundle=0

PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi
app=retention-desktop
dist=packaging/dist
work=packaging/build
bundle="$dist/$app"
version="$("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_config as c; print(c.version())')"
arch="$(dpkg --print-architecture 2>/dev/null || echo amd64)"
machine="$(uname -m)"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
step() { printf '\n== %s\n' "$*"; }
die() { echo "build.sh: $*" >&2; exit 1; }

for tool in dpkg-deb zstd objdump readelf strip as ld icupkg; do
  command -v "$tool" >/dev/null \
    || die "$tool is missing (Debian: apt-get install dpkg zstd binutils icu-devtools)"
done

if [ "$build_bundle" = 1 ]; then
  step "PyInstaller bundle ($version)"
  if ! "$PY" -m PyInstaller --version >/dev/null 2>&1; then
    echo "Installing PyInstaller into $("$PY" -c 'import sys; print(sys.prefix)') (the 'build' extra)"
    "$PY" -m pip install -q --disable-pip-version-check -c constraints.txt pyinstaller
  fi
  if "$PY" -c 'import pyarrow' 2>/dev/null; then
    echo "note: pyarrow is installed in this environment; the spec excludes it from the bundle"
  fi
  # Compiled translations are build products (never committed): make them before bundling.
  bash scripts/build_translations.sh   # the spec compiles them too; fail early here
  "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/retention-desktop.spec
  # Symbol tables and debug info of every library patchelf never rewrote (~7 MB; the
  # wheels' patchelf-ed libraries, e.g. numpy/scipy OpenBLAS, break when stripped).
  "$PY" packaging/strip_bundle.py "$bundle"
  # numpy and scipy wheels each carry the same libgfortran/libquadmath (3 MB): keep one.
  "$PY" packaging/dedupe.py "$bundle"
  # ICU data of every locale (32 MB) -> what Qt reaches for en/fa/ar (3.4 MB).
  "$PY" packaging/trim_icu.py "$bundle"
fi
[ -x "$bundle/$app" ] || die "no bundle at $bundle (run without --no-bundle)"

step "Check the bundle"
if find "$bundle" -iname '*pyarrow*' | grep -q .; then die "pyarrow found in the bundle"; fi
RETENTION_DESKTOP_BUNDLE_SELFTEST=1 "$bundle/$app"
tmp_home="$(mktemp -d)"
trap 'rm -rf "$tmp_home"' EXIT
(cd "$tmp_home" && env -u XDG_DATA_HOME HOME="$tmp_home" QT_QPA_PLATFORM=offscreen "$root/$bundle/$app" --smoke)
echo "bundle --smoke: OK"

# The .deb's libc6 dependency must cover the newest glibc symbol any bundled file needs.
glibc_min="$("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_config as c; print(c.GLIBC_MINIMUM)')"
"$PY" packaging/glibc_floor.py "$bundle" "$glibc_min"

step "Debian package"
stage="$work/deb/${app}_${version}_${arch}"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/mime/packages" "$stage/usr/share/doc/$app"
cp -al "$bundle" "$stage/opt/$app" 2>/dev/null || cp -a "$bundle" "$stage/opt/$app"
install -m 0755 packaging/linux/retention-desktop.sh "$stage/usr/bin/$app"
install -m 0644 packaging/linux/retention-desktop.desktop "$stage/usr/share/applications/$app.desktop"
install -m 0644 packaging/linux/retention-desktop-mime.xml "$stage/usr/share/mime/packages/$app.xml"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 0644 "resources/icons/$app-$size.png" \
    "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$app.png"
done
install -D -m 0644 "resources/icons/$app.svg" "$stage/usr/share/icons/hicolor/scalable/apps/$app.svg"
cat > "$stage/usr/share/doc/$app/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Retention Desktop
Files: *
License: MIT
Files: opt/retention-desktop/_internal/resources/fonts/*
License: OFL-1.1 (Vazirmatn)
Comment: The bundle in /opt/retention-desktop also contains Python, Qt (LGPL-3), DuckDB,
 pandas, numpy, scipy and other libraries under their own licences; see
 /opt/retention-desktop/_internal/*.dist-info.
EOF
chmod -R u+rwX,go+rX,go-w "$stage"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$stage/usr/share/applications/$app.desktop"
fi
depends="$("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_config as c; print(c.deb_depends())')"
installed_kb="$(du -sk --apparent-size --exclude=DEBIAN "$stage" | cut -f1)"
cat > "$stage/DEBIAN/control" <<EOF
Package: $app
Version: $version
Architecture: $arch
Maintainer: Retention Desktop maintainers <maintainers@retention-desktop.invalid>
Installed-Size: $installed_kb
Depends: $depends
Recommends: shared-mime-info, desktop-file-utils, hicolor-icon-theme
Section: misc
Priority: optional
Description: offline retention analytics for small shops
 Drop in the CSV/Excel exports of your shop and see, with no internet, who
 stays, who leaves, what each cohort is worth and whether an A/B test won,
 and print a one-page KPI summary. Persian, Arabic and English, right-to-left
 layouts and the Jalali calendar are built in.
EOF
# xz -6 (dpkg's default): 13 MB smaller than zstd -9 (69.9 vs 83.0 MB, measured on the same
# tree) for ~110 s instead of ~20 s here; xz -9 saves 1.4 MB more but takes 280 s, zstd -19
# over 10 minutes. Every dpkg and apt since Debian 5 reads xz.
# No maintainer scripts: dpkg triggers of shared-mime-info, desktop-file-utils and
# hicolor-icon-theme refresh the MIME, desktop and icon caches on install and removal.
deb="$dist/${app}_${version}_${arch}.deb"
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz -z6 --build "$stage" "$deb" >/dev/null
echo "$deb"

step "Portable tar.gz"
name="$app-$version"
port="$work/portable"
rm -rf "$port"
mkdir -p "$port/$name/share"
cp -al "$bundle/." "$port/$name/" 2>/dev/null || cp -a "$bundle/." "$port/$name/"
cp -a "$stage/usr/share/icons" "$stage/usr/share/applications" "$stage/usr/share/mime" "$port/$name/share/"
install -m 0755 packaging/linux/install-user.sh "$port/$name/install-user.sh"
tarball="$dist/$name-linux-$machine.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
  -C "$port" -cf - "$name" | gzip -n -9 > "$tarball"
echo "$tarball"

step "Sizes"
printf 'Installed-Size of the .deb: %s MB\n' "$(awk -v k="$installed_kb" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')"
# Fails above the targets in bundle_config.SIZE_TARGETS_MB (bundle 280, .deb 90, .tar.gz 105 MB).
"$PY" packaging/check_sizes.py "$dist"
