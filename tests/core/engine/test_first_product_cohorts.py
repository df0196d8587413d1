"""Cohorts by first-order product / category (``--by first-product|first-category``)
against a pandas oracle (``first_product_oracle``): on a hand-made project whose first
orders hold two products, a tie and no lines at all, and on the demo shop."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import pytest

from retention_desktop.core.engine.base import FilterError
from retention_desktop.core.engine.cohorts import cohorts
from retention_desktop.core.engine.second_order import nday
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import ProjectStore, queries
from tests.core.engine.conftest import write_orders
from tests.core.engine.first_product_oracle import cohort_sizes, first_values

# order, customer, day, lines (product name, category, revenue)
ORDERS = [
    # two products in the first order: 'Alpha' twice (10 + 25 = 35) beats 'Beta' (30),
    # while by category 'Tea' (Beta 30 + Chai 10 = 40) beats 'Spice' (35)
    ("O1", "C1", 5, [("Alpha", "Spice", 10.0), ("alpha ", "Spice", 25.0),
                     ("Beta", "Tea", 30.0), ("Chai", " Tea", 10.0)]),
    ("O2", "C1", 40, [("Beta", "Tea", 12.0)]),
    # a tie (20 each): the smaller display name wins
    ("O3", "C2", 8, [("Zaatar", "Spice", 20.0), ("Mint", "Tea", 20.0)]),
    ("O4", "C2", 70, [("Zaatar", "Spice", 20.0)]),
    # a first order without product lines: '(no product)', whatever comes later
    ("O5", "C3", 9, []),
    ("O6", "C3", 50, [("Alpha", "Spice", 9.0)]),
    # a line without revenue counts 0; without a category it is left out of categories
    ("O7", "C4", 12, [("Beta", None, None), ("Mint", None, 3.0)]),
    ("O8", "C5", 15, [("Beta", "Tea", 5.0)]),
]
EXPECTED_PRODUCT = {"C1": "Alpha", "C2": "Mint", "C3": None, "C4": "Mint", "C5": "Beta"}
EXPECTED_CATEGORY = {"C1": "Tea", "C2": "Spice", "C3": None, "C4": None, "C5": "Tea"}


def _tiny(path) -> ProjectStore:
    store = ProjectStore(path)
    t0 = datetime(2024, 1, 1)
    write_orders(store, pd.DataFrame({
        "order_id": [o for o, *_ in ORDERS], "customer_id": [c for _, c, *_ in ORDERS],
        "order_ts": [t0 + pd.Timedelta(days=d) for _, _, d, _ in ORDERS],
        "revenue": [sum(r or 0 for *_, r in lines) for *_, lines in ORDERS]}))
    rows = [(o, c, t0 + pd.Timedelta(days=d), name, name.strip().lower(), cat, rev)
            for o, c, d, lines in ORDERS for name, cat, rev in lines]
    with store.write() as cur:
        cur.executemany(
            "INSERT INTO line_items (order_id, customer_id, order_ts, kind, product_name, "
            "product_key, category, revenue) VALUES (?, ?, ?, 'order', ?, ?, ?, ?)", rows)
    return store


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    from retention_desktop.core.demo import build_demo_project

    path = tmp_path_factory.mktemp("fp") / "demo.rdproj.duckdb"
    result = build_demo_project(path)
    store = result if isinstance(result, ProjectStore) else ProjectStore(path)
    yield store
    store.close()


@pytest.fixture
def no_lines(tmp_path):
    """Orders only (an order-level import)."""
    store = ProjectStore(tmp_path / "orders.rdproj.duckdb")
    write_orders(store, pd.DataFrame({"order_id": ["A", "B"], "customer_id": ["X", "Y"],
                                      "order_ts": ["2024-01-01", "2024-02-01"],
                                      "revenue": [5.0, 6.0]}))
    yield store
    store.close()


@pytest.fixture
def tiny(tmp_path):
    store = _tiny(tmp_path / "tiny.rdproj.duckdb")
    yield store
    store.close()


def _sizes(result: dict) -> dict:
    return {row["cohort"]: row["size"] for row in result["cohorts"]}


@pytest.mark.parametrize(("dim", "expected"), [("first-product", EXPECTED_PRODUCT),
                                               ("first-category", EXPECTED_CATEGORY)])
def test_tiny_project_main_line_rule(tiny, dim, expected):
    cur = tiny.cursor()
    assert first_values(cur, dim) == expected  # the oracle agrees with the hand-worked rule
    want = pd.Series(expected).value_counts(dropna=False).to_dict()
    want = {None if pd.isna(k) else k: v for k, v in want.items()}
    got = _sizes(cohorts(tiny, FilterSpec(), Settings(), measure="return-on", by=dim))
    assert got == want == cohort_sizes(cur, dim)
    # shown by display name (the most frequent spelling), '(no product)' last
    assert list(got)[-1] is None and "alpha" not in got
    by_n = nday(tiny, FilterSpec(), Settings(), n=[60], by=dim)["by_cohort"]
    # N-day repeat splits the same way (only customers observed 60 days count)
    assert {r["cohort"] for r in by_n} == set(want)
    assert all(r["eligible"] <= want[r["cohort"]] for r in by_n)


def test_rare_first_products_share_one_cohort(tiny, monkeypatch):
    """Past ``MAX_COHORTS`` first products, the ones with fewest customers (ties: the
    larger name) share "(other products)"; '(no product)' stays apart."""
    from retention_desktop.core.engine import first_product

    monkeypatch.setattr(first_product, "MAX_COHORTS", 2)
    counts = pd.Series(EXPECTED_PRODUCT).value_counts()  # Mint 2, Alpha 1, Beta 1
    kept = sorted(counts.sort_index().sort_values(ascending=False, kind="stable").index[:2])
    want = {k: int(counts[k]) for k in kept}
    want["(other products)"] = int(counts.sum()) - sum(want.values())
    want[None] = 1
    got = _sizes(cohorts(tiny, FilterSpec(), Settings(), by="first-product"))
    assert kept == ["Alpha", "Mint"] and got == want
    # the customers behind the shared cohort's first cell are its members
    from retention_desktop.core.engine.cohorts import customers_in_cell

    cell = customers_in_cell(tiny, FilterSpec(), Settings(), "(other products)", 0,
                             by="first-product")
    assert [c["customer_id"] for c in cell["customers"]] == ["C5"]


def test_option_only_with_line_items(tiny, no_lines):
    assert queries.filter_options(tiny).derived == ["first-product", "first-category"]
    assert queries.filter_options(no_lines).derived == []
    with pytest.raises(FilterError, match="product lines"):
        cohorts(no_lines, FilterSpec(), Settings(), by="first-product")
    with tiny.write() as cur:
        cur.execute("UPDATE line_items SET category = NULL")
    assert queries.filter_options(tiny).derived == ["first-product"]


def test_demo_shop_sizes_match_oracle(demo_store):
    cur = demo_store.cursor()
    for dim in ("first-product", "first-category"):
        want = cohort_sizes(cur, dim)
        got = _sizes(cohorts(demo_store, FilterSpec(), Settings(), by=dim))
        assert len(want) > 3 and got == want, dim


def _kpis_by(store, dim: str, capsys) -> dict:
    import json

    from retention_desktop.cli import main

    assert main(["metrics", "kpis", "--project", str(store.path), "--by", dim, "--json"]) == 0
    return {s["value"]: s["customers"] for s in json.loads(capsys.readouterr().out)["segments"]}


def test_kpis_breakdown_by_first_product(tiny, capsys):
    """``kpis --by first-product``: one segment per first product, its customers those
    whose first order's main product it is (customers without one are in none)."""
    for dim, expected in (("first-product", EXPECTED_PRODUCT),
                          ("first-category", EXPECTED_CATEGORY)):
        want = {k: v for k, v in pd.Series(expected).value_counts().items()}
        assert _kpis_by(tiny, dim, capsys) == want


def test_demo_breakdown_equals_cohort_sizes(demo_store, capsys):
    want = {k: v for k, v in cohort_sizes(demo_store.cursor(), "first-category").items() if k}
    assert _kpis_by(demo_store, "first-category", capsys) == want
