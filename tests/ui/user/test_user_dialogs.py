"""Every dialog a user can open is opened and closed, in en, fa and ar.

The walk itself is ``walk_dialogs.py`` (parametrised over the three languages, one main
window each); it runs in a child process so that a dialog that crashes the app (issue 14:
the print preview's printer was freed while it painted, SIGSEGV) fails this test with
the exit code instead of killing the whole test run. One child for the three languages
keeps the start-up cost (imports, Qt) to one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
WALK = Path(__file__).with_name("walk_dialogs.py")
LANGS = ("en", "fa", "ar")

EXPECTED = ["definitions", "about", "analysis settings", "language", "forget a customer",
            "open project", "import: choose files", "import: mapping", "data: choose files",
            "data: choose a folder", "print preview",
            "print", "export pdf", "export excel", "export png", "file > export (report)",
            "file > print (report)", "cohorts heatmap export", "file > export (cohorts)",
            "file > print (overview)", "products reorder list export",
            "file > export (products)", "customers export", "test plans export",
            "save segment", "delete segment", "new project"]


@pytest.fixture(scope="module")
def walk_output(tmp_path_factory) -> tuple[int, str]:
    env = dict(os.environ, RD_WALK_LANGS=",".join(LANGS), QT_QPA_PLATFORM="offscreen",
               RETENTION_DESKTOP_HOME=str(tmp_path_factory.mktemp("walk-home")))
    cmd = [sys.executable, "-X", "faulthandler", "-m", "pytest", "-q", "-s", "-rA",
           "-p", "no:cacheprovider", "-o", "timeout=150", str(WALK)]
    try:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=240)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        return -999, "the walk hung; it got to:\n" + out
    return proc.returncode, proc.stdout + proc.stderr


@pytest.mark.parametrize("lang", LANGS)
def test_every_dialog_opens_and_closes(walk_output, lang):
    code, out = walk_output
    lines = [x for x in out.splitlines() if x.startswith(f"DIALOGS {lang} ")]
    passed = f"PASSED {WALK.relative_to(ROOT)}::test_walk_every_dialog[{lang}]" in out
    tail = "\n".join(x for x in out.splitlines() if not x.startswith("Extension modules")
                     and "does not support" not in x)[-5000:]
    assert passed and lines, f"dialog walk in {lang} failed (exit code {code}):\n{tail}"
    for name in EXPECTED:
        assert repr(name) in lines[0], (name, lines[0])
    assert code == 0, f"the walk's process ended with {code} (a crash is negative):\n{tail}"
