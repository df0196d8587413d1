"""Shared fixtures for the importer tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from retention_desktop.core.store import ProjectStore

DATA = Path(__file__).resolve().parents[2] / "data"
UCI_CSV = DATA / "online_retail_excel_sample" / "online_retail_sample.csv"
UCI_XLSX = DATA / "online_retail_excel_sample" / "online_retail_sample.xlsx"
CDNOW = DATA / "cdnow_sample" / "CDNOW_sample.txt"

TABLES = ("orders", "customers", "activity", "assignments", "spend", "survey", "imports",
          "rejected_rows", "mappings", "dimensions")


@pytest.fixture
def store(tmp_path):
    s = ProjectStore(tmp_path / "shop.duckdb")
    yield s
    s.close()


def snapshot(store: ProjectStore) -> dict:
    """Row counts of every table, the orders columns and a checksum of orders."""
    cur = store.cursor()
    out = {t: store.table_count(t) for t in TABLES}
    out["orders_columns"] = [r[0] for r in cur.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'orders' "
        "ORDER BY ordinal_position").fetchall()]
    out["orders_sum"] = cur.execute(
        "SELECT coalesce(sum(revenue), 0), string_agg(order_id, ',' ORDER BY order_id) "
        "FROM orders").fetchone()
    return out


@pytest.fixture
def snap():
    """The :func:`snapshot` helper (test modules here are not a package)."""
    return snapshot
