"""Smaller hostile-file cases of issue 18: a full disk during import or export, a
password-protected workbook, and the mode of the files the app writes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import crashkit
import hostile
import pytest

from retention_desktop.cli import main
from retention_desktop.core.export import Sheet, write_csv, write_xlsx
from retention_desktop.core.importer import ImportFailed, import_files, preview
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion

ROOT = Path(__file__).resolve().parents[2]
_LIMITED = ("import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
            "resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]),) * 2); "
            "sys.argv = ['retention-desktop'] + sys.argv[2:]; "
            "from retention_desktop.cli import main; sys.exit(main())")


def test_failed_import_on_a_nearly_full_disk_gives_the_space_back(tmp_path):
    big = crashkit.make_orders_csv(tmp_path / "big.csv", 200_000, seed=3)
    small = crashkit.make_orders_csv(tmp_path / "small.csv", 500, seed=4, first_id=10**6)
    project = tmp_path / "shop.duckdb"
    assert main(["import", str(small), "--project", str(project)]) == 0
    size = project.stat().st_size
    limit = size + 1_000_000  # room for part of the new blocks, not for all
    res = subprocess.run([sys.executable, "-c", _LIMITED, str(limit), "import", str(big),
                          "--project", str(project)], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert res.returncode == 1 and "full" in res.stderr, res.stderr
    assert project.stat().st_size == size       # it used to keep the whole megabyte
    assert main(["import", str(big), "--project", str(project)]) == 0  # and still works
    with ProjectStore(project, read_only=True) as store:
        assert store.table_count("orders") == 200_500


_EXPORT = r"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
from retention_desktop.core.export import Sheet, write_xlsx
rows = [[f"customer {i}", i * 1.5, f"note {i} " * 8] for i in range(20_000)]
try:
    write_xlsx(sys.argv[1], [Sheet("Big", ["who", "value", "note"], rows)])
except OSError as exc:
    print("error:", exc)
"""


def test_disk_full_during_xlsx_export(tmp_path):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"yesterday")
    res = subprocess.run([sys.executable, "-c", _EXPORT, str(target)], cwd=ROOT,
                         capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert res.stdout.startswith("error:") and str(target) in res.stdout, res.stdout
    assert ".report.xlsx." not in res.stdout   # not the hidden temporary file
    assert "ZipFile" not in res.stderr and "Exception ignored" not in res.stderr, res.stderr
    assert target.read_bytes() == b"yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_password_protected_workbook_is_named_so(tmp_path):
    path = hostile.encrypted_xlsx(tmp_path / "locked.xlsx")
    with pytest.raises(ImportFailed, match=r"locked\.xlsx: The Excel file is password-"
                                           r"protected") as err:
        preview([path])
    assert "damaged" not in str(err.value)
    with ProjectStore(tmp_path / "p.duckdb") as store, pytest.raises(
            ImportFailed, match="password-protected"):
        run_to_completion(import_files(store, [path]))


@pytest.mark.parametrize("mask", [0o022, 0o002])
def test_written_files_follow_the_umask(tmp_path, mask):
    old = os.umask(mask)
    try:
        csv = write_csv(tmp_path / "a.csv", ["x"], [[1]])
        xlsx = write_xlsx(tmp_path / "a.xlsx", [Sheet("S", ["x"], [[1]])])
    finally:
        os.umask(old)
    for path in (csv, xlsx):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path
