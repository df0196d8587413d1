"""Forget after several imports in one session (issue 18): the deletion is checkpointed
into the file and reported truthfully, and automatic checkpoints keep the WAL small."""

from __future__ import annotations

from pathlib import Path

from retention_desktop.core.importer import import_files
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.store.forget import checkpoint, forget_customer
from retention_desktop.core.tasks import run_to_completion

HEAD = "order_id,customer_id,order_date,total\n"


def _csv(path: Path, start: int, n: int, customer: str = "C") -> Path:
    rows = [f"O{start + i},{customer}{(start + i) % 97},2024-01-{1 + i % 28:02d},{10 + i}"
            for i in range(n)]
    path.write_text(HEAD + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _wal(path: Path) -> int:
    wal = path.with_name(path.name + ".wal")
    return wal.stat().st_size if wal.exists() else 0


def test_forget_after_two_imports_checkpoints(tmp_path):
    path = tmp_path / "p.duckdb"
    with ProjectStore(path) as store:   # created in this session
        run_to_completion(import_files(store, [_csv(tmp_path / "a.csv", 0, 50)]))
        run_to_completion(import_files(store, [_csv(tmp_path / "b.csv", 60, 50)]))
        run_to_completion(import_files(store, [_csv(tmp_path / "a.csv", 0, 50)]))  # same layout
        victim = "C5"
        expected = store.cursor().execute(
            "SELECT count(*) FROM orders WHERE customer_id = ?", [victim]).fetchone()[0]
        assert expected == 2   # O5 and O102: (start + i) % 97 == 5
        counts = forget_customer(store, victim)
        assert counts["orders"] == expected
        assert _wal(path) == 0            # the CHECKPOINT ran: the deletion is in the file
        assert checkpoint(store)
        assert store.cursor().execute(
            "SELECT count(*) FROM orders WHERE customer_id = ?", [victim]).fetchone()[0] == 0


def test_settings_and_segments_do_not_block_checkpoints(tmp_path):
    path = tmp_path / "p.duckdb"
    with ProjectStore(path) as store:
        assert checkpoint(store)
        store.set_meta("name", "a")
        store.set_meta("name", "b")  # replaces an existing key
        assert checkpoint(store)


def test_automatic_checkpoints_keep_the_wal_small(tmp_path):
    path = tmp_path / "p.duckdb"
    with ProjectStore(path) as store:
        store.cursor().execute("SET checkpoint_threshold = '128KB'")
        for k in range(40):
            run_to_completion(import_files(store, [_csv(tmp_path / f"f{k}.csv", k * 200, 200)]))
        assert store.table_count("orders") == 8000
        # without checkpoints the WAL would hold all 40 imports (several MB)
        assert _wal(path) < 1 << 20, _wal(path)
