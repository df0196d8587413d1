"""Product tables against an independent pandas oracle, a planted effect, hand-worked
censoring and the "too few" rule."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest
from products_oracle import first_rows, next_rows, repurchase_rows

from retention_desktop.core import product_shop
from retention_desktop.core.engine import products as eng
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.importer.products import product_key
from retention_desktop.core.store import ProjectStore

DATA = __import__("pathlib").Path(__file__).resolve().parents[2] / "data"
SMALL = product_shop.ShopSpec(customers=2500, products=120, seed=5)


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    store = ProjectStore(tmp_path_factory.mktemp("pshop") / "shop.duckdb")
    product_shop.write(store, SMALL)
    yield store
    store.close()


def close(a, b, tol=1e-9):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


def check_against_oracle(table, oracle, windows):
    rows = {r.key: r for r in table.rows}
    assert set(rows) == {k for k in oracle if k is not None}
    for key, row in [(None, table.shop), *rows.items()]:
        ref = oracle[key]
        assert row.customers == ref["customers"], key
        assert row.second_orders == ref["second_orders"], key
        assert close(row.median_days_to_second, ref["median"]), key
        for w in windows:
            got, want = row.repeat_at(w), ref["repeat"][w]
            assert (got.n, got.hits) == want[:2], (key, w)
            for a, b in zip((got.rate, got.low, got.high, got.diff, got.diff_low,
                             got.diff_high), want[2:], strict=True):
                assert close(a, b), (key, w, got, want)
        for days in (90, 365):
            got, (n, mean, se, d, dlo, dhi) = row.revenue_at(days), ref["revenue"][days]
            assert got.n == n, (key, days)
            assert close(got.mean, mean if n else None), (key, days)
            assert close(got.diff, d) and close(got.diff_low, dlo) and close(got.diff_high, dhi)
            if got.low is not None:  # seeded bootstrap: near the normal interval
                assert got.low < got.mean < got.high
                assert abs((got.high - got.low) / (2 * 1.96 * se) - 1) < 0.3, (key, days)


def test_first_products_match_pandas(shop):
    table = eng.first_products(shop, FilterSpec(), Settings())
    check_against_oracle(table, first_rows(shop), eng.WINDOWS)
    assert table.meta.data_end == date(2024, 12, 30)
    # the seeded bootstrap gives the same intervals every time
    assert eng.first_products(shop, FilterSpec(), Settings()).to_dict() == table.to_dict()


def test_categories_range_and_gross_policy_match_pandas(shop):
    spec = FilterSpec(date_from=date(2023, 3, 1), date_to=date(2024, 2, 29))
    settings = Settings(revenue_policy="gross", min_cell_n=20)
    table = eng.first_products(shop, spec, settings, by="category", windows=(30, 180),
                               rank_window=180)
    oracle = first_rows(shop, by="category", windows=(30, 180), min_n=20,
                        date_from=spec.date_from, date_to=spec.date_to, policy="gross")
    check_against_oracle(table, oracle, (30, 180))
    ranked = [r for r in table.rows if r.rank]
    rates = [r.repeat_at(180).rate for r in ranked]
    assert rates == sorted(rates, reverse=True) and [r.rank for r in ranked] == list(
        range(1, len(ranked) + 1))


def test_row_filter_matches_pandas(shop):
    """``--where channel=web``: first/second orders and lines of web orders only."""
    spec = FilterSpec().with_include("channel", ("web",))
    settings = Settings(min_cell_n=15)
    table = eng.first_products(shop, spec, settings, windows=(90, 365), rank_window=90)
    check_against_oracle(table, first_rows(shop, windows=(90, 365), min_n=15,
                                           channel="web"), (90, 365))
    assert 0 < table.shop.customers < SMALL.customers  # the filter did cut
    rep = eng.repurchase(shop, spec, settings)
    oracle = repurchase_rows(shop, channel="web")
    assert {r.key: (r.buyers, r.repurchase.hits, r.intervals) for r in rep.rows} == {
        k: (v[0], v[1], v[3]) for k, v in oracle.items()}
    nxt = eng.next_products(shop, spec, settings, product_shop.PLANTED, top=500)
    n, total, ref = next_rows(shop, product_shop.PLANTED, channel="web")
    assert (nxt.n, nxt.second_orders) == (n, total)
    assert {r.key: r.customers for r in nxt.rows} == {k: v[0] for k, v in ref.items()}


def test_planted_product_is_found_above_the_shop(shop):
    table = eng.first_products(shop, FilterSpec(), Settings())
    top = table.rows[0]
    assert top.key == product_shop.PLANTED and top.name == product_shop.PLANTED_NAME
    assert top.rank == 1 and top.verdict == "above"
    for w in (90, 180, 365):
        r = top.repeat_at(w)
        assert r.diff_low > 0  # the interval of the difference excludes the shop average
        assert r.low > table.shop.repeat_at(w).rate
    others = [r for r in table.rows if r.key != product_shop.PLANTED and not r.too_few]
    assert all(r.verdict != "above" for r in others[:3]) or others[0].repeat_at(90).rate < \
        top.repeat_at(90).rate


def test_repurchase_matches_pandas(shop):
    settings = Settings(min_cell_n=30)
    table = eng.repurchase(shop, FilterSpec(), settings)
    oracle = repurchase_rows(shop)
    assert {r.key for r in table.rows} == set(oracle)
    buyers = [r.buyers for r in table.rows]
    assert buyers == sorted(buyers, reverse=True)
    for r in table.rows:
        n, again, med, gaps = oracle[r.key]
        assert (r.buyers, r.repurchase.hits, r.intervals) == (n, again, gaps), r.key
        assert close(r.median_interval_days, med), r.key
        assert r.repurchase.too_few == (n < 30) and r.interval_too_few == (gaps < 30)


def test_next_products_match_pandas(shop):
    table = eng.next_products(shop, FilterSpec(), Settings(), product_shop.PLANTED, top=500)
    n, total, ref = next_rows(shop, product_shop.PLANTED)
    assert (table.n, table.second_orders) == (n, total)
    assert {r.key: r.customers for r in table.rows} == {k: v[0] for k, v in ref.items()}
    for r in table.rows:
        assert close(r.share.rate, ref[r.key][1]) and close(r.base_rate, ref[r.key][2])
        assert close(r.lift, ref[r.key][1] / ref[r.key][2])
    # planted customers come back for the same tea far more than second orders do
    assert table.rows[0].key == product_shop.PLANTED and table.rows[0].lift > 3


def test_reorder_due_matches_pandas(shop):
    rows = eng.reorder_due(shop, FilterSpec(), Settings(), product=product_shop.PLANTED)
    _, med, _gaps = repurchase_rows(shop)[product_shop.PLANTED][1:]
    lines = shop.cursor().execute(
        "SELECT customer_id, CAST(order_ts AS DATE) AS d FROM line_items "
        "WHERE product_key = ? AND kind = 'order'", [product_shop.PLANTED]).df()
    end = shop.cursor().execute("SELECT CAST(max(order_ts) AS DATE) FROM orders").fetchone()[0]
    days = lines.drop_duplicates().groupby("customer_id")["d"].agg(["count", "max"])
    once = days[days["count"] == 1]
    since = once["max"].map(lambda d: (end - pd.Timestamp(d).date()).days)
    want = set(since[since > med].index)
    assert {r.customer_id for r in rows} == want and want
    assert all(r.usual_interval_days == med and r.days_since > med for r in rows)
    ratio = [r.days_since / r.usual_interval_days for r in rows]
    assert ratio == sorted(ratio, reverse=True)


# ------------------------------------------------------------------ hand-worked cases
def _tiny(tmp_path, rows, lines):
    store = ProjectStore(tmp_path / "tiny.duckdb")
    o = pd.DataFrame(rows, columns=["order_id", "customer_id", "order_ts", "revenue"])
    o["kind"], o["source_row"] = "order", range(len(o))
    li = pd.DataFrame(lines, columns=["order_id", "product_name"])
    li = li.merge(o, on="order_id")
    li["product_key"] = li["product_name"].map(product_key)
    with store.write() as cur:
        cur.register("o", o)
        cur.register("li", li)
        cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue, kind, "
                    "source_row) SELECT order_id, customer_id, order_ts, revenue, kind, "
                    "source_row FROM o")
        cur.execute("INSERT INTO line_items (order_id, customer_id, order_ts, kind, "
                    "product_name, product_key, revenue) SELECT order_id, customer_id, "
                    "order_ts, kind, product_name, product_key, revenue FROM li")
    return store


def test_censoring_hand_worked(tmp_path):
    ts = pd.Timestamp
    store = _tiny(tmp_path, [
        ("a1", "A", ts("2024-01-01 10:00"), 10.0), ("a2", "A", ts("2024-01-11 10:00"), 5.0),
        ("c1", "C", ts("2024-03-01 10:00"), 20.0),
        # B's first order is 20 days before the data end: not in the 30-day denominator,
        # although B came back within 4 days.
        ("b1", "B", ts("2024-05-11 10:00"), 30.0), ("b2", "B", ts("2024-05-15 10:00"), 1.0),
        ("z1", "Z", ts("2024-05-31 09:00"), 1.0),  # the data end
    ], [("a1", "Tea"), ("a2", "Tea"), ("c1", "tea "), ("b1", "TEA"), ("b2", "Cup"),
        ("z1", "Cup")])
    table = eng.first_products(store, FilterSpec(), Settings(min_cell_n=1), windows=(30,),
                               rank_window=30)
    tea = next(r for r in table.rows if r.key == "tea")
    r30 = tea.repeat_at(30)
    assert (tea.customers, r30.n, r30.hits, r30.rate) == (3, 2, 1, 0.5)
    # time to second order: A 10 days, B 4 days, C censored at 91.58 days -> S(4)=2/3,
    # S(10)=1/3 < 1/2: median 10 days
    assert tea.median_days_to_second == 10.0
    assert tea.revenue_at(90).n == 2 and tea.revenue_at(90).mean == (15.0 + 20.0) / 2
    store.close()


def test_too_few_below_min_n(shop):
    table = eng.first_products(shop, FilterSpec(), Settings(min_cell_n=100))
    for r in table.rows:
        assert r.too_few == (r.customers < 100)
        if r.too_few:
            assert r.verdict == "too_few" and r.rank is None
            assert r.repeat_at(90).diff is None and r.revenue_at(90).diff is None
        assert r.repeat_at(365).too_few == (r.repeat_at(365).n < 100)
    assert any(r.too_few for r in table.rows) and any(not r.too_few for r in table.rows)
    ranked = [r for r in table.rows if r.rank]
    assert table.rows[:len(ranked)] == tuple(ranked)


def test_order_level_project_has_no_products(tmp_path):
    store = ProjectStore(tmp_path / "orders_only.duckdb")
    with store.write() as cur:
        cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue) VALUES "
                    "('1', 'A', TIMESTAMP '2024-01-01', 3.0)")
    table = eng.first_products(store, FilterSpec(), Settings())
    assert not table.meta.has_line_items and table.rows == () and table.shop.customers == 0
    assert eng.repurchase(store, FilterSpec(), Settings()).rows == ()
    assert eng.reorder_due(store, FilterSpec(), Settings()) == []
    store.close()


# ------------------------------------------------------------------ the UCI sample
@pytest.fixture(scope="module")
def uci(tmp_path_factory):
    """The UCI sample through today's importer (orders); its product lines written here
    with pandas, the way a line-item import keeps them (SKU = grouping key)."""
    from retention_desktop.core.importer import ImportOptions, import_files
    from retention_desktop.core.tasks import run_to_completion

    csv = DATA / "online_retail_excel_sample" / "online_retail_sample.csv"
    store = ProjectStore(tmp_path_factory.mktemp("uci") / "uci.duckdb")
    run_to_completion(import_files(store, [str(csv)], ImportOptions()))
    if store.table_count("line_items") == 0:  # importer without product lines yet
        raw = pd.read_csv(csv, dtype={"INVOICE": str, "CUSTOMERID": str, "STOCKCODE": str})
        orders = store.cursor().execute(
            "SELECT order_id, customer_id, order_ts, kind FROM orders").df()
        li = raw.merge(orders, left_on="INVOICE", right_on="order_id")
        li["product_key"] = [product_key(n, i) for n, i in
                             zip(li["DESCRIPTION"], li["STOCKCODE"], strict=True)]
        li["revenue"] = li["QUANTITY"] * li["PRICE"]
        with store.write() as cur:
            cur.register("li", li)
            cur.execute(
                "INSERT INTO line_items (order_id, customer_id, order_ts, kind, product_id, "
                "product_name, product_key, quantity, unit_price, revenue) SELECT order_id, "
                "customer_id, order_ts, kind, STOCKCODE, DESCRIPTION, product_key, QUANTITY, "
                "PRICE, revenue FROM li")
    yield store
    store.close()


def test_uci_sample_matches_pandas(uci):
    settings = Settings(min_cell_n=2)
    table = eng.first_products(uci, FilterSpec(), settings)
    check_against_oracle(table, first_rows(uci, min_n=2), eng.WINDOWS)
    # one morning of data: nobody is observed for 30 days, so no repeat rate is shown
    assert all(r.repeat_at(30).n == 0 and r.repeat_at(30).rate is None for r in table.rows)
    rep = eng.repurchase(uci, FilterSpec(), settings)
    oracle = repurchase_rows(uci)
    assert {r.key: (r.buyers, r.repurchase.hits) for r in rep.rows} == {
        k: v[:2] for k, v in oracle.items()}
    source = max(table.rows, key=lambda r: (r.second_orders, r.key)).key
    nxt = eng.next_products(uci, FilterSpec(), settings, source, top=1000)
    n, total, ref = next_rows(uci, source)
    assert (nxt.n, nxt.second_orders) == (n, total)
    assert {r.key: r.customers for r in nxt.rows} == {k: v[0] for k, v in ref.items()}


def test_shared_work_gives_the_same_tables(shop):
    """One ProductWork for every table (the view's way) = each table on its own, also
    when categories are built between the products and the next-product table."""
    spec, settings = FilterSpec(), Settings(min_cell_n=20)
    alone = [eng.first_products(shop, spec, settings),
             eng.first_products(shop, spec, settings, by="category"),
             eng.repurchase(shop, spec, settings),
             eng.next_products(shop, spec, settings, product_shop.PLANTED)]
    with eng.ProductWork(shop, spec, settings) as work:
        shared = [eng.first_products(shop, spec, settings, work=work),
                  eng.first_products(shop, spec, settings, by="category", work=work),
                  eng.repurchase(shop, spec, settings, work=work),
                  eng.next_products(shop, spec, settings, product_shop.PLANTED, work=work)]
        due = eng.reorder_due(shop, spec, settings, product=product_shop.PLANTED, work=work)
    assert [t.to_dict() for t in shared] == [t.to_dict() for t in alone]
    assert due == eng.reorder_due(shop, spec, settings, product=product_shop.PLANTED)
