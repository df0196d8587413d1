"""Fixtures for the reliability tests: a project held open by another process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
UCI_CSV = DATA / "online_retail_excel_sample" / "online_retail_sample.csv"
UCI_XLSX = DATA / "online_retail_excel_sample" / "online_retail_sample.xlsx"

_HOLDER = r"""
import sys, time
from retention_desktop.core.store import ProjectStore
store = ProjectStore(sys.argv[1])          # read-write, like the app's open project
store.set_meta("name", "held elsewhere")   # a committed change still in the WAL
print("ok", flush=True)
time.sleep(120)
"""


@pytest.fixture
def imported_project(tmp_path) -> Path:
    """A project holding the UCI sample import."""
    from retention_desktop.core.importer import import_files
    from retention_desktop.core.store import ProjectStore
    from retention_desktop.core.tasks import run_to_completion

    path = tmp_path / "shop.duckdb"
    with ProjectStore(path) as store:
        run_to_completion(import_files(store, [UCI_CSV]))
    return path


@pytest.fixture
def held_project(imported_project):
    """The project, open for writing in another process while the test runs."""
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(imported_project)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert proc.stdout.readline().strip() == "ok"
        yield imported_project
    finally:
        proc.kill()
        proc.wait()
