"""Project file: creation, schema version, transactions, damaged and locked files."""

import subprocess
import sys

import pytest

from retention_desktop.core.store import SCHEMA_VERSION, ProjectError, ProjectStore, quote_ident


def test_new_project_has_current_schema(tmp_path):
    path = tmp_path / "shop.duckdb"
    with ProjectStore(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.table_count("orders") == 0
    with ProjectStore(path, read_only=True) as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_failed_write_rolls_back(tmp_path):
    with ProjectStore(tmp_path / "p.duckdb") as store:
        with store.write() as cur:
            cur.execute("INSERT INTO orders (order_id, order_ts, revenue) VALUES ('a', now(), 1)")
        with pytest.raises(RuntimeError), store.write() as cur:
            cur.execute("INSERT INTO orders (order_id, order_ts, revenue) VALUES ('b', now(), 2)")
            raise RuntimeError("boom")
        ids = [r[0] for r in store.cursor().execute("SELECT order_id FROM orders").fetchall()]
        assert ids == ["a"]


def test_not_a_project_file_gives_clear_message(tmp_path):
    bad = tmp_path / "notes.duckdb"
    bad.write_bytes(b"this is not a database" * 100)
    before = bad.read_bytes()
    with pytest.raises(ProjectError, match="not a Retention Desktop project"):
        ProjectStore(bad)
    assert bad.read_bytes() == before


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "p.duckdb"
    with ProjectStore(path) as store:
        store.set_meta("schema_version", SCHEMA_VERSION + 1)
    with pytest.raises(ProjectError, match="newer"):
        ProjectStore(path)


def test_locked_project_message(tmp_path):
    path = tmp_path / "p.duckdb"
    ProjectStore(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb,sys,time; c=duckdb.connect(sys.argv[1]); print('ok', flush=True); time.sleep(30)",
         str(path)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(ProjectError, match="open in another"):
            ProjectStore(path)
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("name", ['a"b', '"; DROP TABLE orders; --', "شناسه مشتری"])
def test_quote_ident_round_trips_hostile_names(tmp_path, name):
    with ProjectStore(tmp_path / "p.duckdb") as store:
        with store.write() as cur:
            cur.execute(f"CREATE TABLE t ({quote_ident(name)} INTEGER)")
            cur.execute(f"INSERT INTO t ({quote_ident(name)}) VALUES (1)")
        cols = [r[0] for r in store.cursor().execute("DESCRIBE t").fetchall()]
        assert cols == [name]
        assert store.table_count("orders") == 0
