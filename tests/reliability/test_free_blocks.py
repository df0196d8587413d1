"""A healthy project whose file DuckDB shortened is not "damaged" (issue 15).

DuckDB (2.0 here) cuts free blocks off the end of a project file but keeps counting them
in ``pragma_database_size().total_blocks``. The completeness check used to demand
``total_blocks`` blocks and refused a project a successful import had just written.
Each test below first proves that its file really has such a free tail (otherwise it
would test nothing), then reopens it with a fresh ``ProjectStore`` and with the CLI and
compares what they read with a plain DuckDB connection. A file cut short *inside* its
used blocks is still refused.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import crashkit
import duckdb
import numpy as np
import pytest

from retention_desktop.cli import main
from retention_desktop.core.importer import import_files
from retention_desktop.core.store import ProjectError, ProjectStore
from retention_desktop.core.store.forget import forget_customer
from retention_desktop.core.tasks import run_to_completion

ROOT = Path(__file__).resolve().parents[2]
HEADER = 3 * 4096

# The columns of a WooCommerce order export (one row per line item; the order's own
# columns, here its total, repeated on every line).
WOO_COLUMNS = ["Order Number", "Order Status", "Order Date", "Customer Note",
               "First Name (Billing)", "Last Name (Billing)", "Address 1&2 (Billing)",
               "City (Billing)", "Postcode (Billing)", "Country Code (Billing)",
               "Email (Billing)", "Phone (Billing)", "Payment Method Title",
               "Order Subtotal Amount", "Order Shipping Amount", "Order Total Amount",
               "SKU", "Item #", "Item Name", "Quantity", "Item Cost"]


def _woo_export(path: Path, lines: int, seed: int = 7) -> Path:
    """A line-item export big enough (> one DuckDB row group) for the direct pass to write
    blocks before it sees the repeated order numbers and rolls back."""
    rng = np.random.default_rng(seed)
    per = rng.integers(1, 52, lines // 10)
    order = np.repeat(np.arange(len(per)), per)[:lines]
    cust = rng.integers(1, 4000, len(per))[order]
    day = order * 359 // order[-1]  # 0..359: 12 months of 30 days
    cost = rng.integers(50, 5000, lines)
    total = np.bincount(order, weights=cost)[order]
    sku = rng.integers(1, 3000, lines)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(WOO_COLUMNS) + "\n")
        for i in range(lines):
            c, o = cust[i], order[i]
            fh.write(f"{10000 + o},completed,2011-{day[i] // 30 + 1:02d}-{day[i] % 28 + 1:02d} "
                     f"10:{o % 60:02d},,First{c},Last{c},{c} High St,London,E1,GB,"
                     f"cust{c}@example.com,+44 20 7946 {c:04d},Card,{total[i] / 100:.2f},0,"
                     f"{total[i] / 100:.2f},SKU{sku[i]},{i + 1},Product {sku[i]},1,"
                     f"{cost[i] / 100:.2f}\n")
    return path


def _free_tail(path: Path) -> int:
    """Blocks DuckDB counts but the file no longer holds (its truncated free tail)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        block, total = con.execute("SELECT block_size, total_blocks FROM pragma_database_size() "
                                   "WHERE database_name = current_database()").fetchone()
    finally:
        con.close()
    return total - (path.stat().st_size - HEADER) // block


def _plain_counts(path: Path) -> tuple[int, int]:
    """Orders and imports as plain DuckDB reads them (the independent oracle)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return (con.execute("SELECT count(*) FROM orders").fetchone()[0],
                con.execute("SELECT count(*) FROM imports").fetchone()[0])
    finally:
        con.close()


def _reopens(path: Path, subprocess_cli: bool = False) -> None:
    """A fresh ProjectStore (read-only and read-write) and the CLI read what DuckDB reads."""
    orders, imports = _plain_counts(path)
    with ProjectStore(path, read_only=True) as store:
        assert store.table_count("orders") == orders
    with ProjectStore(path) as store:
        assert store.table_count("imports") == imports
    if subprocess_cli:
        res = subprocess.run([sys.executable, "-m", "retention_desktop", "info", "--project",
                              str(path), "--json"], cwd=ROOT, capture_output=True, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert res.returncode == 0, res.stderr
        info = json.loads(res.stdout)
    else:
        import contextlib
        import io
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["info", "--project", str(path), "--json"]) == 0
        info = json.loads(out.getvalue())
    assert info["tables"]["orders"] == orders and info["imports"] == imports


@pytest.fixture(scope="module")
def woo_project(tmp_path_factory) -> tuple[Path, object]:
    """A WooCommerce-style line-item export, imported: ~130k lines, a few thousand orders."""
    folder = tmp_path_factory.mktemp("woo")
    csv = _woo_export(folder / "woo_orders.csv", 130_000)
    project = folder / "shop.duckdb"
    with ProjectStore(project) as store:
        summary = run_to_completion(import_files(store, [csv]))
    assert summary.orders_created < 10_000  # ~130k lines staged into a few thousand orders
    return project, summary


@pytest.fixture(scope="module")
def trimmed_project(tmp_path_factory) -> Path:
    """200k orders imported, most of the history deleted, then saved once more: DuckDB
    frees the deleted row groups' blocks and cuts them off the end of the file."""
    folder = tmp_path_factory.mktemp("trimmed")
    csv = crashkit.make_orders_csv(folder / "orders.csv", 200_000, seed=3)
    project = folder / "shop.duckdb"
    with ProjectStore(project) as store:
        run_to_completion(import_files(store, [csv]))
        with store.write() as cur:  # most of the history goes (a big forget or clean-up)
            cur.execute("DELETE FROM orders WHERE order_ts > TIMESTAMP '2023-04-01'")
    with ProjectStore(project) as store:  # the next save checkpoints and trims the file
        store.set_meta("name", "after the clean-up")
    assert _free_tail(project) > 0, "the scenario no longer leaves a free tail"
    return project


def _copy(project: Path, tmp_path: Path) -> Path:
    target = tmp_path / "shop.duckdb"
    shutil.copy2(project, target)
    return target


def test_staged_import_reopens(woo_project):
    """The direct pass writes blocks, sees repeated order numbers, rolls back; the staged
    orders need fewer blocks: a free tail (the issue's report)."""
    project, summary = woo_project
    if summary.fast_path_files:  # routed through the DuckDB passes (not the pandas path)
        assert _free_tail(project) > 0, "the scenario no longer leaves a free tail"
    _reopens(project, subprocess_cli=True)


def test_large_delete_reopens(trimmed_project):
    _reopens(trimmed_project, subprocess_cli=True)


def test_reimport_reopens(trimmed_project, tmp_path):
    """Re-importing into the shortened file (staged: the project is not empty)."""
    project = _copy(trimmed_project, tmp_path)
    small = crashkit.make_orders_csv(tmp_path / "again.csv", 3_000, seed=3)
    with ProjectStore(project) as store:
        again = run_to_completion(import_files(store, [small]))
    assert again.orders_created == 0  # the same orders: a re-import adds nothing new
    _reopens(project)


def test_forget_reopens(trimmed_project, tmp_path):
    project = _copy(trimmed_project, tmp_path)
    with ProjectStore(project) as store:
        who, n = store.cursor().execute(
            "SELECT customer_id, count(*) FROM orders GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
        assert forget_customer(store, who)["orders"] == n
    _reopens(project)


@pytest.mark.damages_project
@pytest.mark.parametrize("keep", [0.5, 0.95, 0.9999])
def test_cut_inside_the_used_blocks_is_still_damaged(trimmed_project, tmp_path, keep, capsys):
    """A copy of the shortened file cut short again loses used blocks: refused, untouched."""
    copy = _copy(trimmed_project, tmp_path)
    with open(copy, "r+b") as fh:
        fh.truncate(int(copy.stat().st_size * keep))
    before = copy.read_bytes()
    with pytest.raises(ProjectError, match="damaged"):
        ProjectStore(copy, read_only=True)
    assert main(["info", "--project", str(copy)]) == 1
    assert "damaged" in capsys.readouterr().err
    assert copy.read_bytes() == before
    if keep == 0.5:  # the oracle: DuckDB itself cannot read all of it any more
        with pytest.raises(duckdb.Error):
            _read_everything(copy)
    # (a cut in the last block may only hit row groups whose rows were all deleted: a scan
    # skips those, but their blocks are still part of the file, so it is still damaged)


def _read_everything(path: Path) -> None:
    con = duckdb.connect(str(path), read_only=True)
    try:
        for (table,) in con.execute("SELECT table_name FROM duckdb_tables() "
                                    "WHERE NOT temporary").fetchall():
            con.execute(f'SELECT * FROM "{table}"').fetchall()
    finally:
        con.close()
