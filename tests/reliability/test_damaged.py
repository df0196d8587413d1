"""Damaged, foreign, newer, read-only and full-disk project files: clear message, no loss."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import crashkit
import duckdb
import pytest

from retention_desktop.cli import main
from retention_desktop.core.store import SCHEMA_VERSION, ProjectError, ProjectStore
from retention_desktop.core.store import project as project_mod

ROOT = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


@pytest.mark.damages_project
@pytest.mark.parametrize("fraction", [0.002, 0.95, 0.9995])
def test_truncated_project_is_refused_untouched(imported_project, fraction, capsys):
    size = imported_project.stat().st_size
    with open(imported_project, "r+b") as fh:
        fh.truncate(int(size * fraction))
    before = _digest(imported_project)
    with pytest.raises(ProjectError, match="damaged"):
        ProjectStore(imported_project)
    assert main(["info", "--project", str(imported_project)]) == 1
    assert "damaged" in _one_line_error(capsys)
    assert main(["import", str(crashkit.ROOT / "tests/data/cdnow_sample/CDNOW_sample.txt"),
                 "--project", str(imported_project)]) == 1
    assert "damaged" in _one_line_error(capsys)
    assert _digest(imported_project) == before
    assert not imported_project.with_name(imported_project.name + ".wal").exists()


@pytest.mark.parametrize("content", [b"", b"order_id,total\n1,2\n" * 500,
                                     b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64,
                                     b"PK\x03\x04" + b"\x00" * 5000])
def test_foreign_file_is_refused_untouched(tmp_path, content, capsys):
    path = tmp_path / "shop.duckdb"
    path.write_bytes(content)
    assert main(["import", str(crashkit.ROOT / "tests/data/cdnow_sample/CDNOW_sample.txt"),
                 "--project", str(path)]) == 1
    assert "not a Retention Desktop project" in _one_line_error(capsys)
    assert path.read_bytes() == content


@pytest.mark.damages_project
def test_newer_schema_is_refused_untouched(imported_project, capsys):
    with ProjectStore(imported_project) as store:
        store.set_meta("schema_version", SCHEMA_VERSION + 5)
    before = _digest(imported_project)
    for argv in (["info"], ["metrics", "kpis"], ["report", "--xlsx", "/nonexistent/x.xlsx"]):
        assert main([*argv, "--project", str(imported_project)]) == 1
        assert "newer Retention Desktop" in _one_line_error(capsys)
    assert _digest(imported_project) == before
    assert not list(imported_project.parent.glob("*.bak"))


def _old_schema(monkeypatch, statements: list[str]) -> None:
    """Pretend this build knows a schema version 2 made of ``statements``."""
    monkeypatch.setattr(project_mod, "MIGRATIONS",
                        [*project_mod.MIGRATIONS, (SCHEMA_VERSION + 1, statements)])
    monkeypatch.setattr(project_mod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)


@pytest.mark.damages_project  # left at a schema this build does not know
def test_migration_backs_up_the_old_file_first(imported_project, monkeypatch):
    with ProjectStore(imported_project) as store:  # checkpointed, version 1
        orders = store.table_count("orders")
    before = _digest(imported_project)
    _old_schema(monkeypatch, ["ALTER TABLE orders ADD COLUMN note VARCHAR"])
    with ProjectStore(imported_project) as store:
        assert store.schema_version() == SCHEMA_VERSION + 1
        assert "note" in [r[0] for r in store.cursor().execute("DESCRIBE orders").fetchall()]
        assert store.table_count("orders") == orders
    backup = imported_project.with_name(f"{imported_project.name}.v{SCHEMA_VERSION}.bak")
    assert _digest(backup) == before  # the backup is the file exactly as it was
    con = duckdb.connect(str(backup), read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == \
        str(SCHEMA_VERSION)
    assert con.execute("SELECT count(*) FROM orders").fetchone()[0] == orders
    con.close()


def test_failed_migration_leaves_project_and_backup(imported_project, monkeypatch):
    with ProjectStore(imported_project) as store:
        orders = store.table_count("orders")
    before = _digest(imported_project)
    backup = imported_project.with_name(f"{imported_project.name}.v{SCHEMA_VERSION}.bak")
    backup.write_bytes(b"an older backup the user kept")
    _old_schema(monkeypatch, ["ALTER TABLE orders ADD COLUMN note VARCHAR",
                              "ALTER TABLE no_such_table ADD COLUMN x INTEGER"])
    with pytest.raises(ProjectError, match="Could not upgrade .* unchanged"):
        ProjectStore(imported_project)
    assert backup.read_bytes() == b"an older backup the user kept"  # never overwritten
    second = imported_project.with_name(f"{imported_project.name}.v{SCHEMA_VERSION}.2.bak")
    assert _digest(second) == before
    monkeypatch.undo()
    with ProjectStore(imported_project) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.table_count("orders") == orders
        assert "note" not in [r[0] for r in store.cursor().execute("DESCRIBE orders").fetchall()]


@contextlib.contextmanager
def _read_only_folder(folder: Path):
    """Make ``folder`` unwritable: chmod for users, the immutable flag for root."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("running as root without chattr: cannot make a folder read-only")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_read_only_folder(imported_project, tmp_path, capsys):
    folder = imported_project.parent
    before = _digest(imported_project)
    with _read_only_folder(folder):
        new = folder / "new.duckdb"
        assert main(["import", str(crashkit.ROOT / "tests/data/cdnow_sample/CDNOW_sample.txt"),
                     "--project", str(new)]) == 1
        assert "Cannot create new.duckdb" in _one_line_error(capsys)
        assert main(["import", str(crashkit.ROOT / "tests/data/cdnow_sample/CDNOW_sample.txt"),
                     "--project", str(imported_project)]) == 1
        assert "read-only" in _one_line_error(capsys)
        assert main(["info", "--project", str(imported_project)]) == 0  # reading still works
        capsys.readouterr()
        assert main(["report", "--project", str(imported_project), "--xlsx",
                     str(folder / "r.xlsx")]) == 1
        assert "could not write the report" in _one_line_error(capsys)
        assert not new.exists() and not (folder / "r.xlsx").exists()
    assert _digest(imported_project) == before


_LIMITED = ("import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
            "resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]),) * 2); "
            "sys.argv = ['retention-desktop'] + sys.argv[2:]; "
            "from retention_desktop.cli import main; sys.exit(main())")


def _limited(limit: int, *argv: str) -> subprocess.CompletedProcess:
    """Run the CLI with files limited to ``limit`` bytes (a disk that fills up)."""
    return subprocess.run([sys.executable, "-c", _LIMITED, str(limit), *argv], cwd=ROOT,
                          capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_full_disk_import_changes_nothing(tmp_path):
    csv = crashkit.make_orders_csv(tmp_path / "big.csv", 30_000, seed=3)
    project = tmp_path / "shop.duckdb"
    small = crashkit.make_orders_csv(tmp_path / "small.csv", 500, seed=4, first_id=10**6)
    assert main(["import", str(small), "--project", str(project)]) == 0
    before = crashkit.project_state(project)
    limit = project.stat().st_size + 64 * 1024  # room for a little, not for 30k orders
    res = _limited(limit, "import", str(csv), "--project", str(project))
    assert res.returncode == 1, res.stderr
    assert res.stderr.startswith("error: ") and res.stderr.count("\n") == 1, res.stderr
    assert "full" in res.stderr and "nothing was changed" in res.stderr
    assert crashkit.project_state(project) == before
    assert main(["import", str(csv), "--project", str(project)]) == 0  # space again: works
    assert crashkit.project_state(project)["orders"] == 30_500


def test_full_disk_report_keeps_previous_file(imported_project, tmp_path):
    target = tmp_path / "kpi.xlsx"
    target.write_bytes(b"yesterday's report")
    res = _limited(2000, "report", "--project", str(imported_project), "--xlsx", str(target))
    assert res.returncode == 1
    first = res.stderr.splitlines()[0]  # (openpyxl's half-open zip may add GC noise after)
    assert first.startswith("error: could not write the report") and "too large" in first
    assert target.read_bytes() == b"yesterday's report"
    assert [p.name for p in tmp_path.iterdir()] == ["kpi.xlsx"] or not any(
        p.name.startswith(".kpi") for p in tmp_path.iterdir())


def test_private_tmpfs_full_disk(tmp_path):
    """A real full file system: a 4 MiB tmpfs in a private mount namespace (root only)."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare to mount a private tmpfs")
    csv = crashkit.make_orders_csv(tmp_path / "big.csv", 60_000, seed=3)
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    script = (f"mount -t tmpfs -o size=4m tmpfs {mnt} && "
              f"{sys.executable} -m retention_desktop import {crashkit.ROOT}/tests/data/"
              f"cdnow_sample/CDNOW_sample.txt --project {mnt}/p.duckdb >/dev/null && "
              f"{sys.executable} -m retention_desktop import {csv} --project {mnt}/p.duckdb; "
              f"echo rc=$?; {sys.executable} -m retention_desktop info --project {mnt}/p.duckdb "
              "--json")
    res = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script],
                         cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    if "mount:" in res.stderr and "rc=" not in res.stdout:
        pytest.skip(f"cannot mount a tmpfs here: {res.stderr.strip()[:200]}")
    assert "rc=1" in res.stdout, res.stdout + res.stderr
    assert "full" in res.stderr and "Traceback" not in res.stderr
    assert '"orders": 2' in res.stdout or '"orders":' in res.stdout
