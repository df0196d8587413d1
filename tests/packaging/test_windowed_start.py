"""A windowed Windows exe starts with ``sys.stdout = sys.stderr = None``.

The Windows installer shipped without compiled translations, and the first
``sys.stderr.write`` (the note about the missing ``.qm``) raised ``AttributeError``
before the window appeared, for every Persian/Arabic user. These tests run the real
start-up path in that state, here on Linux.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# What a windowed exe looks like to Python: a bundle folder (sys._MEIPASS) whose
# resources lack the compiled translations, and no standard streams at all.
_WINDOWED = textwrap.dedent("""
    import os, sys
    sys._MEIPASS = sys.argv[1]
    sys.stdout = None
    sys.stderr = None
    from retention_desktop.cli import main
    code = main(sys.argv[2:])
    os._exit(code)
""")


def _bundle_without_qm(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    shutil.copytree(ROOT / "resources", bundle / "resources",
                    ignore=shutil.ignore_patterns("*.qm"))
    return bundle


def _run(tmp_path: Path, *args: str, lang: str = "fa_IR.UTF-8") -> tuple[int, str]:
    home = tmp_path / "home"
    env = {"QT_QPA_PLATFORM": "offscreen", "RETENTION_DESKTOP_HOME": str(home),
           "PATH": "/usr/bin:/bin", "LANG": lang, "LC_ALL": lang, "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", _WINDOWED, str(_bundle_without_qm(tmp_path)),
                           *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    log = home / "retention-desktop.log"
    return proc.returncode, log.read_text(encoding="utf-8") if log.exists() else ""


@pytest.mark.slow  # a full --smoke run of the app (every tab): ~10 s
def test_persian_start_with_no_standard_streams_runs_and_logs(tmp_path):
    code, log = _run(tmp_path, "--smoke")
    assert code == 0, log
    # the note that used to crash the app is kept where support can find it
    assert "no compiled translation" in log and "retention_desktop_fa.qm" in log


def test_cli_errors_with_no_standard_streams_do_not_crash(tmp_path):
    # argparse writes its usage error to stderr and exits 2; a None stderr made it a traceback
    code, log = _run(tmp_path, "metrics", "--no-such-option")
    assert code == 2
    assert "--no-such-option" in log


def test_ensure_std_streams_leaves_a_terminal_alone(monkeypatch):
    from retention_desktop.stdio import ensure_std_streams

    out, err = sys.stdout, sys.stderr
    assert ensure_std_streams() == []
    assert (sys.stdout, sys.stderr) == (out, err)
