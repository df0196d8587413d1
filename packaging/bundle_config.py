"""What goes into the PyInstaller bundle (read by ``retention-desktop.spec`` and the tests).

Plain Python with no PyInstaller import, so ``tests/packaging`` can check the bundle's
contents in milliseconds without building it. Everything is derived from the source
tree at build time (every module of ``retention_desktop``, every file of ``resources/``),
so the bundle keeps working as new features, fonts and translations land.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

APP_NAME = "Retention Desktop"
APP_ID = "retention-desktop"  # Linux executable, .deb package, desktop entry, icon name
GUI_EXE = "RetentionDesktop"  # Windows windowed exe / macOS bundle executable
CLI_EXE = "retention-desktop"  # Windows console exe (the CLI sub-commands print to stdout)
BUNDLE_ID = "org.retentiondesktop.RetentionDesktop"
MIME_TYPE = "application/x-retention-desktop-project"
DUCKDB_MIME_TYPE = "application/x-duckdb"

# Size targets of the Linux installers (issue 21), in MB of 10^6 bytes: packaging/check_sizes.py
# fails the build above them. Cold start (benchmarks/bench_bundle.py --drop-caches, median
# of 5 to the first window) is reported against its target, with a warning: too noisy on a
# shared machine to fail a build.
SIZE_TARGETS_MB = {"bundle": 280.0, "deb": 90.0, "tar.gz": 105.0}
COLD_START_TARGET_S = 2.0

# Third-party runtime packages imported by features that are still landing (statistics,
# charts, xlsx, encodings, Jalali dates). Named up front so the bundle and its measured
# size already include them, and a lazily imported one is never missing from a build.
RUNTIME_IMPORTS = [
    "duckdb",
    "pandas",
    "numpy",
    "scipy.special",
    "pyqtgraph",
    "openpyxl",
    "python_calamine",
    "charset_normalizer",
    "defusedxml",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
]

# Qt modules the app does not use (multimedia, 3D, QML/Quick, web, charts, devices ...).
QT_EXCLUDES = [
    "PySide6." + name
    for name in (
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
        "QtAxContainer", "QtBluetooth", "QtCharts", "QtDataVisualization", "QtDBus",
        "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
        "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtPdf",
        "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D",
        "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
        "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
        "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
        "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
        "QtWebView", "QtXml",
    )
]

# scipy sub-packages the app must not import (tests/core/test_numeric.py checks the source).
NOT_BUNDLED_SCIPY = ("scipy.optimize", "scipy.integrate", "scipy.linalg", "scipy.sparse",
                     "scipy.spatial", "scipy.fft")

# Python packages that must never ride along: pyarrow alone is +170 MB (pandas uses it
# when present), the rest are dev/test tools or optional back-ends nothing here needs.
EXCLUDES = [
    "pyarrow", "matplotlib", "tkinter", "_tkinter", "IPython", "ipykernel", "jupyter_client",
    "notebook", "pytest", "_pytest", "pytestqt", "pytest_timeout", "hypothesis",
    "statsmodels", "pypdf", "ruff", "importlinter", "grimp", "PyInstaller", "pip",
    "setuptools", "pkg_resources", "wheel", "sphinx", "docutils", "jedi", "parso",
    "OpenGL", "pyqtgraph.opengl", "pyqtgraph.examples", "PyQt5", "PyQt6", "PySide2",
    "numba", "cupy", "h5py", "tables", "sqlalchemy", "xlrd", "xlsxwriter", "fsspec",
    "pandas.tests", "numpy.tests", "scipy.tests", "fastexcel", "polars",
    # An offline app: no TLS (``_ssl`` and ``_hashlib`` bring OpenSSL, 5.4 MB; hashlib
    # falls back to Python's built-in sha256), no sqlite, no interactive prompt.
    "ssl", "_ssl", "_hashlib", "sqlite3", "_sqlite3", "readline", "pydoc_data",
    # Not dependencies (any more): superqt was never imported, and brought pygments (1.8 MB).
    "superqt", "qtpy", "pygments", "jdatetime",
    # The app's distributions are scipy.special's (core/distributions.py); scipy.stats and
    # what only it imports would add ~10 MB. pandas imports scipy.stats only inside
    # functions the app never calls (rank correlations, nanops).
    "scipy.stats", "scipy.interpolate", "scipy.ndimage", "scipy.signal",
    "scipy.special.cython_special", "_pydecimal",
    # Only scipy.special is used: the optimiser, root finder and quadrature are numpy code
    # (core/numeric.py). scipy.optimize imported all of these (HiGHS, sparse, spatial,
    # linalg with its Fortran runtime; ~29 MB of the bundle, 0.9 s on first use).
    # scipy.special still needs scipy's OpenBLAS (_ufuncs links it), so that one stays.
    *NOT_BUNDLED_SCIPY,
] + QT_EXCLUDES

# Linux libraries the bundle leaves to the distribution, like PySide6's own wheels do:
# every desktop has them, and the .deb names their packages in ``Depends`` (see
# ``deb_depends``). Dropping libcups alone removes its GnuTLS/Kerberos/Avahi chain
# (~9 MB); glib and dbus take libsystemd/libgcrypt/pcre2/libmount along (~7 MB).
# The C++ and compression runtimes are on every Debian/Ubuntu (dpkg and apt need them);
# a bundled libstdc++ older than the system's also breaks the system's Mesa drivers
# ("GLIBCXX_3.4.NN not found"), so the distribution's copy is the safer one.
# X11/xcb stay bundled: several xcb libraries are missing on a bare Debian.
SYSTEM_LIBS = {
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "liblzma.so.5": "liblzma5",
    "libbz2.so.1.0": "libbz2-1.0",
    "libcups.so.2": "libcups2t64 | libcups2",
    "libglib-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
}
# Qt's Wayland platform plugin (native windows and fractional scaling on GNOME/KDE
# Wayland sessions) needs these; every Wayland desktop has them, a bare server may not.
# Left to the distribution like the libraries above: the .deb depends on them, and where
# they are missing Qt falls back to its xcb plugin (XWayland).
SYSTEM_LIBS.update({
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
})
# The oldest glibc the bundle runs on: libpython and the math library reference
# GLIBC_2.35 symbols (checked on every build by packaging/glibc_floor.py).
GLIBC_MINIMUM = "2.35"
# What the frozen Qt needs on a bare Debian besides those (measured: see the issue).
BASE_DEPENDS = [f"libc6 (>= {GLIBC_MINIMUM})", "libgl1", "libegl1", "fontconfig-config"]


def deb_depends() -> str:
    """The ``Depends:`` line of the .deb: Qt's OpenGL/EGL plus every ``SYSTEM_LIBS`` package."""
    names = list(BASE_DEPENDS)
    for package in SYSTEM_LIBS.values():
        if package not in names:
            names.append(package)
    return ", ".join(names)

# Qt pieces PyInstaller's PySide6 hooks collect that this app never loads: the GTK3
# theme plugin (drags in GTK/cairo/pango), embedded-device platforms, exotic image
# formats, TUIO touch tables (a network protocol: it alone keeps QtNetwork and Kerberos
# in the bundle). Destinations use "/" (normalised) and match Linux, Windows and macOS.
DROP_QT = re.compile(
    r"(^|/)plugins/(platformthemes/(lib)?qgtk3"
    r"|generic/(lib)?qtuiotouchplugin\."
    r"|egldeviceintegrations/"
    r"|wayland-graphics-integration-server/"  # compositor side: only a Wayland server loads it
    r"|platforms/(lib)?q(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)\."
    r"|imageformats/(lib)?q(tiff|webp|tga|wbmp|icns|pdf)\.)"
)
# Qt's own translations: keep the interface languages (en, fa, ar), drop the other ~90.
QT_TRANSLATION = re.compile(r"^PySide6/(Qt/)?translations/")
KEEP_TRANSLATION = re.compile(r"_(ar|fa|en)\.qm$")
# Shared libraries that are only ever collected as dependencies of something else:
# dropped when nothing that stays needs them (e.g. GTK after its theme plugin is gone).
PRUNABLE_LIB = re.compile(r"^(lib[^/]*\.so[.0-9]*|PySide6/Qt/lib/[^/]*\.so[.0-9]*)$")

# Source-only files inside resources/ that the app never reads.
# Translation sources (.ts) ship too: ui/ts_fallback.py reads them to translate strings
# that lupdate filed under a context Qt never asks for (a few hundred KB).
_SKIP_RESOURCE = re.compile(r"(\.pro|\.pyc|~)$|(^|/)(__pycache__|\.)")


def package_modules(root: Path = ROOT) -> list[str]:
    """Every module of ``retention_desktop``, found on disk (no import needed).

    The CLI loads its command modules by name (``importlib``), which PyInstaller cannot
    see; naming them all as hidden imports keeps every command and view in the bundle.
    """
    base = root / "retention_desktop"
    names = []
    for path in sorted(base.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if "__pycache__" in parts:
            continue
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for everything under ``resources/``.

    Fonts, icons, demo data and compiled translations (``resources/i18n/*.qm`` when they
    have been built) land in ``resources/`` inside the bundle, where
    ``core.paths.resources_dir()`` looks for them.
    """
    pairs = []
    res = root / "resources"
    for path in sorted(res.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_dir() or _SKIP_RESOURCE.search(rel):
            continue
        pairs.append((str(path), path.parent.relative_to(root).as_posix()))
    return pairs


def version(root: Path = ROOT) -> str:
    """``retention_desktop.__version__`` read from the source (no import of the app)."""
    text = (root / "retention_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not match:
        raise RuntimeError("retention_desktop/__init__.py has no __version__")
    return match.group(1)


def version_tuple(root: Path = ROOT) -> tuple[int, int, int, int]:
    """The version as four integers (Windows file version), e.g. ``(0, 1, 0, 0)``."""
    nums = [int(n) for n in re.findall(r"\d+", version(root))[:4]]
    return tuple((nums + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def drop_unused(entries: list[tuple], needed=None) -> list[tuple]:
    """Remove unused Qt plugins/translations and the libraries only they needed.

    Parameters
    ----------
    entries : list of tuple
        PyInstaller TOC entries ``(dest, source, typecode)`` (binaries and datas together).
    needed : callable, optional
        ``needed(source_path) -> set of sonames`` (direct ELF dependencies). When given
        (Linux), the ``SYSTEM_LIBS`` go, and prunable libraries (see ``PRUNABLE_LIB``)
        that no kept file needs, directly or through other bundled libraries, are dropped
        too; ``libpython`` always stays.

    Returns
    -------
    list of tuple
        The kept entries, in their original order; symlinks to dropped files go too.
    """
    def unwanted(dest: str) -> bool:
        d = _norm(dest)
        if DROP_QT.search(d):
            return True
        return bool(QT_TRANSLATION.match(d)) and not KEEP_TRANSLATION.search(d)

    kept = [e for e in entries if not unwanted(e[0])]
    if needed is not None:
        kept = [e for e in kept if not (PRUNABLE_LIB.match(_norm(e[0]))
                                        and _norm(e[0]).rsplit("/", 1)[-1] in SYSTEM_LIBS)]
        files = [e for e in kept if e[2] != "SYMLINK"]
        prunable = {
            _norm(e[0]).rsplit("/", 1)[-1]: e
            for e in files
            if PRUNABLE_LIB.match(_norm(e[0])) and not _norm(e[0]).startswith("libpython")
        }
        roots = [e for e in files if e[2] in ("BINARY", "EXTENSION")
                 and _norm(e[0]).rsplit("/", 1)[-1] not in prunable]
        reached: set[str] = set()
        todo = [e[1] for e in roots]
        while todo:
            for soname in needed(todo.pop()):
                if soname in prunable and soname not in reached:
                    reached.add(soname)
                    todo.append(prunable[soname][1])
        gone = {id(e) for name, e in prunable.items() if name not in reached}
        kept = [e for e in kept if id(e) not in gone]
    return _keep_live_symlinks(kept)


def _keep_live_symlinks(entries: list[tuple]) -> list[tuple]:
    """Drop the ``SYMLINK`` entries whose target is no longer in the bundle.

    PyInstaller stores a link's target relative to the link's own folder (its
    ``os.path.relpath(target, dirname(link))``), e.g. ``Versions/Current -> A`` or
    ``QtCore.framework/QtCore -> Versions/Current/QtCore`` inside a macOS framework.
    A target may be a folder (one that holds kept files) or go through other links, so
    it is resolved component by component against the kept links.
    """
    links = {_norm(e[0]): _norm(e[1]) for e in entries if e[2] == "SYMLINK"}
    files = {_norm(e[0]) for e in entries if e[2] != "SYMLINK"}
    folders = {f.rsplit("/", i)[0] for f in files for i in range(1, f.count("/") + 1)}

    def resolve(path: str, hops: int = 0) -> str:
        parts = path.split("/")
        for i in range(1, len(parts) + 1):
            head = "/".join(parts[:i])
            if head in links and hops < 40:  # 40: the kernel's own limit on chained links
                target = posixpath.normpath(posixpath.join(posixpath.dirname(head), links[head]))
                rest = "/".join(parts[i:])
                return resolve(f"{target}/{rest}" if rest else target, hops + 1)
        return path

    def alive(link: str) -> bool:
        target = resolve(link)
        return target != link and (target in files or target in folders)

    return [e for e in entries if e[2] != "SYMLINK" or alive(_norm(e[0]))]


def elf_needed(path: str) -> set[str]:
    """Direct ``DT_NEEDED`` sonames of an ELF file (via ``objdump``, which PyInstaller needs)."""
    import subprocess

    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True).stdout
    return {line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")}
