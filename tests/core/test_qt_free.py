"""The core must never import Qt: checked statically and at import time (no display)."""

import ast
import os
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "retention_desktop" / "core"
FORBIDDEN = ("PySide6", "pyqtgraph", "superqt", "qtpy", "retention_desktop.ui")


def test_core_sources_import_no_qt():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.startswith(FORBIDDEN):
                    offenders.append(f"{path.relative_to(CORE.parent.parent)}:{node.lineno} {name}")
    assert offenders == []


def test_importing_all_of_core_loads_no_qt_module():
    modules = sorted(
        ".".join(p.relative_to(CORE.parent.parent).with_suffix("").parts)
        for p in CORE.rglob("*.py")
    )
    modules = [m.removesuffix(".__init__") for m in modules]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'superqt', 'qtpy')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env,
        cwd=CORE.parent.parent,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_import_linter_contracts_hold():
    """The layering contracts of pyproject.toml (core is Qt-free, data flows one way)."""
    import shutil

    import pytest

    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.skip("import-linter is not installed")
    # --no-cache: a cache left by an earlier run once hid a broken contract here
    proc = subprocess.run([exe, "--no-cache"], capture_output=True, text=True,
                          cwd=CORE.parent.parent)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout
