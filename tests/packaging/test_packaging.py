"""Fast checks of the installer definitions (the full build is ``packaging/build.sh``).

They read the committed spec, config, desktop entry, MIME type, icons, NSIS script and
macOS Info.plist, and run the cheap tools (``desktop-file-validate``,
``update-mime-database``, ``makensis``) when they are installed.
"""

from __future__ import annotations

import ast
import importlib.util
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import retention_desktop
from retention_desktop import PROJECT_SUFFIX

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "packaging"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cfg():
    return _load("rd_bundle_config_test", PKG / "bundle_config.py")


# ---------------------------------------------------------------- bundle contents
def test_versions_agree(cfg):
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == retention_desktop.__version__ == cfg.version()
    assert cfg.version_tuple()[:3] == tuple(int(n) for n in retention_desktop.__version__.split("."))
    assert any(d.startswith("pyinstaller") for d in pyproject["project"]["optional-dependencies"]["build"])


def test_data_files_cover_resources_but_not_build_leftovers(cfg, tmp_path):
    (tmp_path / "retention_desktop").mkdir()
    for rel in ("resources/fonts/A.ttf", "resources/fonts/OFL.txt", "resources/i18n/fa.ts",
                "resources/i18n/fa.qm", "resources/icons/x.svg", "resources/demo/shop.csv",
                "resources/__pycache__/junk.pyc"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    got = {(Path(src).relative_to(tmp_path).as_posix(), dest) for src, dest in cfg.data_files(tmp_path)}
    assert got == {
        ("resources/fonts/A.ttf", "resources/fonts"),
        ("resources/fonts/OFL.txt", "resources/fonts"),
        ("resources/i18n/fa.qm", "resources/i18n"),
        # .ts ships too: ui/ts_fallback.py reads it for strings filed under another context
        ("resources/i18n/fa.ts", "resources/i18n"),
        ("resources/icons/x.svg", "resources/icons"),
        ("resources/demo/shop.csv", "resources/demo"),
    }


def test_real_resources_are_bundled(cfg):
    pairs = cfg.data_files()
    names = {Path(src).relative_to(ROOT).as_posix() for src, _ in pairs}
    for rel in ("resources/fonts/Vazirmatn-Regular.ttf", "resources/fonts/OFL.txt",
                "resources/icons/retention-desktop.svg", "resources/icons/retention-desktop-256.png"):
        assert rel in names
    # Every file on disk under resources/ is there (compiled .qm included), no bytecode.
    on_disk = {p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*")
               if p.is_file() and p.suffix != ".pyc" and "__pycache__" not in p.parts}
    assert on_disk == names
    assert all(dest.startswith("resources") for _, dest in pairs)


def test_every_app_module_is_a_hidden_import(cfg):
    mods = set(cfg.package_modules())
    expected = set()
    for path in (ROOT / "retention_desktop").rglob("*.py"):
        rel = path.relative_to(ROOT).with_suffix("")
        name = ".".join(rel.parts)
        expected.add(name[: -len(".__init__")] if name.endswith(".__init__") else name)
    assert mods == expected
    from retention_desktop.cli import COMMAND_MODULES  # loaded by name: invisible to PyInstaller

    assert set(COMMAND_MODULES) <= mods


def test_excludes_unused_heavy_packages_but_no_dependency(cfg):
    ex = set(cfg.EXCLUDES)
    for name in ("pyarrow", "matplotlib", "tkinter", "IPython", "pytest", "PySide6.QtWebEngineCore",
                 "PySide6.Qt3DCore", "PySide6.QtQuick", "PySide6.QtQml", "PySide6.QtMultimedia",
                 "PySide6.QtCharts"):
        assert name in ex
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deps = {re.split(r"[<>=!~ \[]", d)[0].lower() for d in pyproject["project"]["dependencies"]}
    import_names = {"pyside6-essentials": "PySide6", "python-calamine": "python_calamine",
                    "charset-normalizer": "charset_normalizer"}
    for dep in deps:
        top = import_names.get(dep, dep)
        assert top not in ex and top.lower() not in {e.lower() for e in ex}, dep
    # numpy.f2py looks like dead weight but scipy imports it: excluding it broke the bundle.
    assert not any(r == e or r.startswith(e + ".") for r in cfg.RUNTIME_IMPORTS for e in ex)
    assert "numpy.f2py" not in ex
    for keep in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg",
                 "PySide6.QtPrintSupport", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"):
        assert keep not in ex


def test_drop_unused_removes_plugins_translations_and_their_libraries(cfg):
    toc = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/s/QtCore.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/s/libqeglfs.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", "/s/libqtiff.so", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "/s/libqsvg.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "/s/libQt6EglFS.so.6", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/usr/lib/libpixman-1.so.0", "BINARY"),
        ("libxcb.so.1", "/usr/lib/libxcb.so.1", "BINARY"),
        ("libicudata.so.73", "/s/libicudata.so.73", "BINARY"),
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("libQt6EglFSDeviceIntegration.so.6", "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
         "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_fa.qm", "/s/qtbase_fa.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/s/qtbase_de.qm", "DATA"),
        ("PySide6/translations/qt_ar.qm", "/s/qt_ar.qm", "DATA"),
        ("resources/i18n/de.qm", "/r/de.qm", "DATA"),
    ]
    needs = {
        "/s/QtCore.abi3.so": {"libQt6Core.so.6"},
        "/s/libQt6Core.so.6": {"libicudata.so.73"},
        "/s/libqxcb.so": {"libxcb.so.1", "libQt6Core.so.6"},
        "/s/libqeglfs.so": {"libQt6EglFSDeviceIntegration.so.6"},
        "/s/libqgtk3.so": {"libcairo.so.2"},
        "/usr/lib/libcairo.so.2": {"libpixman-1.so.0"},
    }
    kept = [e[0] for e in cfg.drop_unused(toc, lambda src: needs.get(src, set()))]
    assert kept == [
        "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/QtCore.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "libxcb.so.1", "libicudata.so.73", "libpython3.11.so.1.0", "libQt6Core.so.6",
        "PySide6/Qt/translations/qtbase_fa.qm", "PySide6/translations/qt_ar.qm",
        "resources/i18n/de.qm",
    ]
    # Without a dependency reader (Windows, macOS) only plugins and translations go.
    assert "libcairo.so.2" in [e[0] for e in cfg.drop_unused(toc)]


def test_drop_unused_keeps_framework_links_relative_to_their_folder(cfg):
    """macOS: PyInstaller writes framework links relative to the link's folder.

    Shaped like PyInstaller 6's TOC for a Qt framework (``_try_preserving_symbolic_link``
    stores ``relpath(target, dirname(link))``). Dropping these broke ``codesign --verify
    --deep --strict`` and so the .dmg.
    """
    fw = "PySide6/Qt/lib/QtCore.framework"
    toc = [
        (f"{fw}/Versions/A/QtCore", "/s/QtCore", "BINARY"),
        (f"{fw}/Versions/A/Resources/Info.plist", "/s/Info.plist", "DATA"),
        (f"{fw}/Versions/Current", "A", "SYMLINK"),
        (f"{fw}/QtCore", "Versions/Current/QtCore", "SYMLINK"),
        (f"{fw}/Resources", "Versions/Current/Resources", "SYMLINK"),
        ("QtCore", f"{fw}/QtCore", "SYMLINK"),  # top-level alias through two links
        ("lib/libfoo.dylib", "../PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore", "SYMLINK"),
        # a plugin the app drops, and the links that pointed at it
        ("PySide6/Qt/plugins/imageformats/libqtiff.dylib", "/s/libqtiff.dylib", "BINARY"),
        ("PySide6/Qt/plugins/libqtiff.dylib", "imageformats/libqtiff.dylib", "SYMLINK"),
        ("dangling", "nowhere/at/all", "SYMLINK"),
    ]
    kept = [e[0] for e in cfg.drop_unused(toc)]
    assert kept == [e[0] for e in toc[:7]]


def test_system_libraries_leave_the_bundle_with_their_chains(cfg):
    """libcups goes to the distribution; GnuTLS it alone needed goes too, libxcb stays."""
    toc = [
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "/s/libcps.so", "BINARY"),
        ("libcups.so.2", "/usr/lib/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/usr/lib/libgnutls.so.30", "BINARY"),
        ("libxcb.so.1", "/usr/lib/libxcb.so.1", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", "/s/libtuio.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/s/libQt6Network.so.6", "BINARY"),
    ]
    needs = {
        "/s/libcps.so": {"libcups.so.2", "libQt6Core.so.6"},
        "/usr/lib/libcups.so.2": {"libgnutls.so.30", "libxcb.so.1"},
        "/s/libQt6Core.so.6": {"libxcb.so.1"},
        "/s/libtuio.so": {"libQt6Network.so.6"},
    }
    kept = [e[0] for e in cfg.drop_unused(toc, lambda src: needs.get(src, set()))]
    assert kept == ["PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "libxcb.so.1",
                    "PySide6/Qt/lib/libQt6Core.so.6"]
    depends = [d.strip() for d in cfg.deb_depends().split(",")]
    assert depends[:4] == ["libc6 (>= 2.35)", "libgl1", "libegl1", "fontconfig-config"]
    # Qt's Wayland plugin is not bundled with its client libraries: the package names them.
    assert {"libwayland-client0", "libwayland-cursor0", "libwayland-egl1"} <= set(depends)
    assert "libcups2t64 | libcups2" in depends and len(depends) == len(set(depends))
    # Every library left to the distribution has a package that provides it.
    assert set(cfg.SYSTEM_LIBS.values()) <= set(depends)


def test_dedupe_links_identical_files_once(tmp_path):
    dedupe = _load("rd_dedupe_test", PKG / "dedupe.py")
    payload = bytes(range(256)) * 1024  # 256 KB, over the minimum
    (tmp_path / "numpy.libs").mkdir()
    (tmp_path / "scipy.libs").mkdir()
    (tmp_path / "numpy.libs" / "libgfortran.so.5").write_bytes(payload)
    (tmp_path / "scipy.libs" / "libgfortran.so.5").write_bytes(payload)
    (tmp_path / "scipy.libs" / "other.so").write_bytes(payload[::-1])
    assert dedupe.dedupe(tmp_path) == len(payload)
    link = tmp_path / "scipy.libs" / "libgfortran.so.5"
    assert link.is_symlink() and link.read_bytes() == payload
    assert not (tmp_path / "scipy.libs" / "other.so").is_symlink()
    assert dedupe.dedupe(tmp_path) == 0  # idempotent


def test_icu_trim_keeps_what_qt_reaches_for_the_interface_languages():
    trim_icu = _load("rd_trim_icu_test", PKG / "trim_icu.py")
    items = ["root.res", "pool.res", "res_index.res", "fa.res", "fa_IR.res", "ar_EG.res",
             "en_001.res", "de.res", "zh_Hant_TW.res", "sr_Latn.res", "coll/fa.res",
             "coll/root.res", "coll/ucadata.icu", "coll/de.res", "coll/de_.res", "coll/pool.res",
             "zone/fa.res", "zone/tr.res", "supplementalData.res", "likelySubtags.res",
             "metaZones.res", "zoneinfo64.res", "unames.icu", "nfkc.nrm", "cnvalias.icu",
             "ibm-1256_P110-1997.cnv", "brkitr/root.res", "brkitr/cjdict.dict",
             "translit/root.res", "unit/fa.res", "curr/en.res", "lang/ar.res", "rbnf/fa.res"]
    gone = set(trim_icu.items_to_remove(items))
    assert gone == {"de.res", "zh_Hant_TW.res", "sr_Latn.res", "coll/de.res", "coll/de_.res",
                    "zone/tr.res", "ibm-1256_P110-1997.cnv", "brkitr/root.res",
                    "brkitr/cjdict.dict", "translit/root.res", "unit/fa.res", "curr/en.res",
                    "lang/ar.res", "rbnf/fa.res"}


def test_strip_skips_libraries_patchelf_rewrote():
    strip = _load("rd_strip_test", PKG / "strip_bundle.py")
    assert strip.patchelfed(Path("_internal/numpy.libs/libscipy_openblas64_.so"), "")
    assert strip.patchelfed(Path("_internal/numpy/_core/_multiarray_umath.so"),
                            "0x1d (RUNPATH) Library runpath: [$ORIGIN/../../numpy.libs]")
    assert not strip.patchelfed(Path("_internal/PySide6/Qt/lib/libQt6Core.so.6"),
                                "0x1d (RUNPATH) Library runpath: [$ORIGIN]")


# ---------------------------------------------------------------- the spec itself
class _Recorder:
    """Stand-ins for PyInstaller's spec classes that record their arguments."""

    def __init__(self):
        self.calls: list[tuple[str, tuple, dict]] = []

    def make(self, kind):
        recorder = self

        class Target:
            def __init__(self, *args, **kwargs):
                recorder.calls.append((kind, args, kwargs))
                self.kwargs = kwargs
                self.pure, self.scripts = [], []
                self.binaries = []  # no ELF files to read: objdump is not needed here
                self.datas = [(dest + "/" + Path(src).name, src, "DATA")
                              for src, dest in kwargs.get("datas", [])]

        return Target

    def of(self, kind):
        return [(a, k) for c, a, k in self.calls if c == kind]


def _run_spec(monkeypatch, platform):
    rec = _Recorder()
    monkeypatch.setattr(sys, "platform", platform)
    glb = {"SPECPATH": str(PKG), "__file__": str(PKG / "retention-desktop.spec")}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        glb[kind] = rec.make(kind)
    source = (PKG / "retention-desktop.spec").read_text(encoding="utf-8")
    exec(compile(source, str(PKG / "retention-desktop.spec"), "exec"), glb)  # noqa: S102
    return rec


def test_spec_linux_one_folder_bundle(monkeypatch, cfg):
    rec = _run_spec(monkeypatch, "linux")
    [(args, analysis)] = rec.of("Analysis")
    assert Path(args[0][0]) == PKG / "launcher.py"
    assert analysis["pathex"] == [str(ROOT)]
    assert "pyarrow" in analysis["excludes"]
    assert "retention_desktop.cli.cmd_info" in analysis["hiddenimports"]
    assert (str(ROOT / "resources/fonts/Vazirmatn-Regular.ttf"), "resources/fonts") in analysis["datas"]
    [(_, exe)] = rec.of("EXE")
    assert exe["name"] == "retention-desktop" and exe["exclude_binaries"] is True
    assert exe["upx"] is False and exe["strip"] is False
    [(_, coll)] = rec.of("COLLECT")
    assert coll["name"] == "retention-desktop"
    assert rec.of("BUNDLE") == []


def test_spec_macos_app_bundle_with_document_types(monkeypatch):
    rec = _run_spec(monkeypatch, "darwin")
    [(_, exe)] = rec.of("EXE")
    assert exe["console"] is False and exe["argv_emulation"] is True
    assert exe["icon"].endswith("retention-desktop.icns")
    [(_, bundle)] = rec.of("BUNDLE")
    assert bundle["name"] == "Retention Desktop.app"
    plist = bundle["info_plist"]
    assert plist["CFBundleShortVersionString"] == retention_desktop.__version__
    [doc] = plist["CFBundleDocumentTypes"]
    [uti] = plist["UTImportedTypeDeclarations"]
    assert doc["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == [PROJECT_SUFFIX.rsplit(".", 1)[1]]
    assert plistlib.loads(plistlib.dumps(plist)) == plist  # serialisable as Info.plist


def test_spec_windows_branch_is_well_formed():
    # Building the Windows version resource needs PyInstaller on Windows; check the code.
    tree = ast.parse((PKG / "retention-desktop.spec").read_text(encoding="utf-8"))
    text = ast.unparse(tree)
    assert "console=False" in text and "console=True" in text  # windowed GUI + console CLI
    assert "retention-desktop.ico" in text and "VSVersionInfo" in text


def test_launcher_selftest_imports_the_runtime_dependencies(cfg):
    launcher = _load("rd_launcher_test", PKG / "launcher.py")
    assert set(launcher.SELFTEST_IMPORTS) == set(cfg.RUNTIME_IMPORTS)


# ---------------------------------------------------------------- Linux desktop integration
def _desktop_entry() -> dict[str, str]:
    lines = (PKG / "linux/retention-desktop.desktop").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_desktop_entry_opens_project_types():
    entry = _desktop_entry()
    assert entry["Exec"] == "retention-desktop %f" and entry["Icon"] == "retention-desktop"
    root = ET.parse(PKG / "linux/retention-desktop-mime.xml").getroot()
    types = {t.get("type"): t for t in root.iter(MIME_NS + "mime-type")}
    assert set(entry["MimeType"].rstrip(";").split(";")) == set(types)
    globs = {g.get("pattern"): t for t, el in types.items() for g in el.iter(MIME_NS + "glob")}
    assert globs["*" + PROJECT_SUFFIX] == "application/x-retention-desktop-project"
    assert globs["*.duckdb"] == "application/x-duckdb"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_entry_validates():
    proc = subprocess.run(["desktop-file-validate", str(PKG / "linux/retention-desktop.desktop")],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.strip() == "", proc.stdout + proc.stderr


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info not installed")
def test_mime_database_maps_project_files(tmp_path):
    mime = tmp_path / "mime"
    (mime / "packages").mkdir(parents=True)
    shutil.copy(PKG / "linux/retention-desktop-mime.xml", mime / "packages/retention-desktop.xml")
    subprocess.run(["update-mime-database", str(mime)], check=True, capture_output=True)
    globs = (mime / "globs2").read_text(encoding="utf-8").splitlines()
    weights = {line.split(":")[2]: int(line.split(":")[0]) for line in globs if ":" in line}
    assert weights["*" + PROJECT_SUFFIX] > weights["*.duckdb"]  # the project type wins
    # The magic rule matches a real DuckDB project file made by the store.
    from retention_desktop.core.store import ProjectStore

    project = tmp_path / ("shop" + PROJECT_SUFFIX)
    ProjectStore(project).close()
    assert project.read_bytes()[8:12] == b"DUCK"


def test_shell_scripts_parse():
    for script in ("build.sh", "test_installed.sh", "linux/retention-desktop.sh",
                   "linux/install-user.sh", "windows/check_nsis.sh", "macos/make_dmg.sh"):
        proc = subprocess.run(["bash", "-n", str(PKG / script)], capture_output=True, text=True)
        assert proc.returncode == 0, f"{script}: {proc.stderr}"


# ---------------------------------------------------------------- icons
def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icons_match_generator_and_formats():
    icons = ROOT / "resources/icons"
    make_icons = _load("rd_make_icons_test", PKG / "make_icons.py")
    assert (icons / "retention-desktop.svg").read_text(encoding="utf-8") == make_icons.SVG
    for size in make_icons.PNG_SIZES:
        assert _png_size((icons / f"retention-desktop-{size}.png").read_bytes()) == (size, size)
    ico = (icons / "retention-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    dims = sorted((ico[6 + 16 * i] or 256) for i in range(count))
    assert dims == sorted(make_icons.ICO_BMP_SIZES + make_icons.ICO_PNG_SIZES)
    icns = (icons / "retention-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


# ---------------------------------------------------------------- Windows installer
@pytest.mark.skipif(not shutil.which("makensis"), reason="makensis (Debian package nsis) not installed")
def test_nsis_installer_compiles_with_placeholder_payload(tmp_path):
    proc = subprocess.run(["bash", str(PKG / "windows/check_nsis.sh"), str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    setup = tmp_path / f"RetentionDesktop-{retention_desktop.__version__}-setup.exe"
    assert setup.read_bytes()[:2] == b"MZ"


def test_nsis_keeps_user_data_and_registers_association():
    nsi = (PKG / "windows/installer.nsi").read_text(encoding="utf-8")
    uninstall = nsi.split('Section "Uninstall"', 1)[1]
    assert "APPDATA" not in uninstall.replace("%APPDATA%", "")  # never deletes per-user data
    assert "RMDir /r \"$INSTDIR\"" not in uninstall  # only the installer's own files
    assert '"Software\\Classes\\${EXT}\\OpenWithProgids"' in nsi and '!define EXT ".duckdb"' in nsi
    assert "$SMPROGRAMS" in nsi and "RequestExecutionLevel user" in nsi


# ---------------------------------------------------------------- the app honours a project argument
def _run_app(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {"QT_QPA_PLATFORM": "offscreen", "RETENTION_DESKTOP_HOME": str(tmp_path / "home"),
           "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "retention_desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow  # a full --smoke run of the app (every tab): ~10 s
def test_project_file_on_command_line_is_opened(tmp_path):
    """What a double-click does (desktop entry ``Exec=retention-desktop %f``)."""
    from retention_desktop.core.store import ProjectStore

    project = tmp_path / ("My Shop" + PROJECT_SUFFIX)
    ProjectStore(project).close()
    proc = _run_app("--smoke", str(project), tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"smoke: project {project}" in proc.stdout.splitlines()


@pytest.mark.skipif(sys.platform.startswith(("win", "darwin")), reason="XDG rules are Linux's")
@pytest.mark.parametrize("xdg", ["", "relative/dir"])
def test_user_data_never_lands_in_the_current_folder(xdg, tmp_path, monkeypatch):
    """A bundled app started from any folder keeps its data in the per-user data dir."""
    from retention_desktop.core.paths import user_data_dir

    monkeypatch.delenv("RETENTION_DESKTOP_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", xdg)
    monkeypatch.chdir(tmp_path)
    assert user_data_dir() == tmp_path / "home/.local/share/retention-desktop"
    assert not (tmp_path / "retention-desktop").exists() and not (tmp_path / "relative").exists()


# ---------------------------------------------------------------- macOS minimum version
def _load_script(name: str, path: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_macos_minimum_covers_the_wheels_and_is_stated_everywhere(tmp_path):
    check = _load_script("rd_check_min_version", PKG / "macos/check_min_version.py")
    info = _load_script("rd_bundle_info_min", PKG / "macos/bundle_info.py")
    assert info.info_plist("1.0")["LSMinimumSystemVersion"] == info.MACOS_MINIMUM
    # WHEEL files shaped like the ones pip writes on an Apple-silicon runner
    wheels = {
        "numpy-2.4.6.dist-info": ["cp311-cp311-macosx_14_0_arm64"],
        "PySide6_Essentials-6.11.3.dist-info": ["cp39-abi3-macosx_13_0_universal2"],
        "pandas-3.1.1.dist-info": ["cp311-cp311-macosx_11_0_arm64"],
        "defusedxml-0.7.1.dist-info": ["py2-none-any", "py3-none-any"],
    }
    for folder, tags in wheels.items():
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "WHEEL").write_text(
            "Wheel-Version: 1.0\n" + "".join(f"Tag: {t}\n" for t in tags))
    assert check.wheel_minimums([tmp_path]) == {"numpy": (14, 0), "PySide6_Essentials": (13, 0),
                                                "pandas": (11, 0)}
    assert check.problems([tmp_path], (14, 0)) == []
    assert check.problems([tmp_path], (12, 0)) == [
        "PySide6_Essentials needs macOS 13.0, the app declares 12.0",
        "numpy needs macOS 14.0, the app declares 12.0"]
    major = info.MACOS_MINIMUM.split(".")[0]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    docs = (ROOT / "docs/packaging.md").read_text(encoding="utf-8")
    assert f"| macOS {major} " in readme and f"| macOS {major} " in docs
    assert "macOS 12" not in readme + docs


# ---------------------------------------------------------------- glibc floor of the .deb
def test_glibc_floor_of_this_python_is_declared_by_the_deb(cfg):
    """The runtime this build bundles needs the glibc the .deb names (libpython: 2.35 here)."""
    import sysconfig

    floor = _load("rd_glibc_floor", PKG / "glibc_floor.py")
    sample = ("0000 DF *UND* 0000 (GLIBC_2.2.5) malloc\n"
              "0000 DF *UND* 0000 (GLIBC_2.35) __libc_start_main\n"
              "0000 DF *UND* 0000 GLIBC_2.29 exp\n")
    assert floor.versions_in(sample) == {(2, 2, 5), (2, 35), (2, 29)}
    if not shutil.which("objdump"):
        pytest.skip("objdump (binutils) not installed")
    libdir = Path(sysconfig.get_config_var("LIBDIR") or "")
    elves = [p for p in [*libdir.glob("libpython3*.so*"), Path(sys.executable).resolve()]
             if p.is_file() and floor.is_elf(p)]
    need, _who = floor.floor(elves)
    assert need <= floor.parse(cfg.GLIBC_MINIMUM), need


def test_installed_check_compares_the_packages_own_files():
    """Comparing all of /usr before/after failed when apt pulled in a dependency."""
    script = (PKG / "test_installed.sh").read_text(encoding="utf-8")
    assert 'dpkg-query -L "$app"' in script
    assert "find /opt /usr" not in script
