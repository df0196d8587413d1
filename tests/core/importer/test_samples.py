"""Importing the real samples gives exactly what plain pandas computes independently."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from retention_desktop.core.importer import ImportOptions, import_files, preview
from retention_desktop.core.tasks import run_to_completion

DATA = Path(__file__).resolve().parents[2] / "data"
UCI_CSV = DATA / "online_retail_excel_sample" / "online_retail_sample.csv"
UCI_XLSX = DATA / "online_retail_excel_sample" / "online_retail_sample.xlsx"
CDNOW = DATA / "cdnow_sample" / "CDNOW_sample.txt"


def _import(store, paths, **kw):
    return run_to_completion(import_files(store, [str(p) for p in paths], ImportOptions(**kw)))


def _uci_expected(frame: pd.DataFrame) -> dict:
    """Independent per-invoice aggregation of the UCI line items."""
    f = frame.copy()
    f["INVOICE"] = f["INVOICE"].astype(str)
    f["line"] = f["QUANTITY"] * f["PRICE"]
    cancel = f["INVOICE"].str.startswith("C")
    per = f.groupby("INVOICE").agg(revenue=("line", "sum"), items=("QUANTITY", "sum"),
                                   ts=("INVOICEDATE", "min"))
    orders = per[~per.index.str.startswith("C")]
    cancels = per[per.index.str.startswith("C")]
    return {
        "orders": len(orders), "cancels": len(cancels),
        "order_revenue": orders["revenue"].sum(), "cancel_revenue": cancels["revenue"].sum(),
        "items": per["items"].sum(),
        "customers": f.loc[~cancel, "CUSTOMERID"].astype(int).nunique(),
        "cancelled_rows": int(cancel.sum()),
        "min": per["ts"].min(), "max": per["ts"].max(), "lines": len(f),
        "invoices": set(per.index),
    }


def _check_uci(store, summary, exp):
    assert summary.rows_read == exp["lines"] == summary.line_items
    assert summary.orders_created == exp["orders"]
    assert summary.cancellations_created == exp["cancels"]
    assert summary.customers == exp["customers"]
    assert summary.cancelled_rows == exp["cancelled_rows"]
    assert summary.guest_rows == 0 and summary.rejected_count == 0
    cur = store.cursor()
    got = dict(cur.execute("SELECT kind, sum(revenue) FROM orders GROUP BY kind").fetchall())
    assert got["order"] == pytest.approx(exp["order_revenue"])
    assert got["cancel"] == pytest.approx(exp["cancel_revenue"])
    assert got["cancel"] < 0
    ids = {r[0] for r in cur.execute("SELECT order_id FROM orders").fetchall()}
    assert ids == exp["invoices"]
    dmin, dmax, items = cur.execute("SELECT min(order_ts), max(order_ts), sum(items) "
                                    "FROM orders").fetchone()
    assert (pd.Timestamp(dmin), pd.Timestamp(dmax)) == (exp["min"], exp["max"])
    assert items == exp["items"]


@pytest.mark.parametrize("fast", [True, False])
def test_uci_day_first_csv(store, fast):
    raw = pd.read_csv(UCI_CSV, dtype={"INVOICE": str})
    raw["INVOICEDATE"] = pd.to_datetime(raw["INVOICEDATE"], format="%d/%m/%Y %H:%M")
    exp = _uci_expected(raw)
    summary = _import(store, [UCI_CSV], fast_path=fast)
    assert summary.fast_path_files == (1 if fast else 0)
    assert summary.date_order.startswith("day-first")
    assert str(exp["min"]) == "2010-12-01 08:26:00"  # 1 Dec, not 12 Jan
    _check_uci(store, summary, exp)


def test_uci_xlsx_mixed_types(store):
    raw = pd.read_excel(UCI_XLSX, engine="openpyxl")
    assert raw["INVOICE"].map(type).nunique() == 2  # numbers and "C536379" text
    exp = _uci_expected(raw)
    summary = _import(store, [UCI_XLSX])
    _check_uci(store, summary, exp)
    p = preview([UCI_XLSX])
    assert p.sheets == ("Year 2010-2011",) and p.mapping["order_id"] == "INVOICE"


def test_cdnow_whitespace_no_header_no_order_id(store):
    raw = pd.read_csv(CDNOW, sep=r"\s+", header=None, dtype={0: str, 1: str, 2: str})
    assert len(raw) == 6919 and raw[0].nunique() == 2357
    summary = _import(store, [CDNOW])
    assert summary.rows_read == 6919
    assert summary.orders_created == 6919  # same-day repeat purchases are kept
    assert summary.customers == 2357
    assert summary.date_order == "yyyymmdd"
    cur = store.cursor()
    rev, items, dmin, dmax = cur.execute(
        "SELECT sum(revenue), sum(items), min(order_ts), max(order_ts) FROM orders").fetchone()
    assert rev == pytest.approx(raw[4].sum())
    assert items == raw[3].sum()
    dates = pd.to_datetime(raw[2], format="%Y%m%d")
    assert (pd.Timestamp(dmin), pd.Timestamp(dmax)) == (dates.min(), dates.max())
    per_customer = cur.execute(
        "SELECT customer_id, count(*) FROM orders GROUP BY 1").fetchall()
    expected = raw.groupby(0).size()
    assert {c: n for c, n in per_customer} == expected.to_dict()


def test_reimport_adds_nothing(store, snap):
    first = _import(store, [CDNOW, UCI_CSV])
    before = snap(store)
    again = _import(store, [CDNOW, UCI_XLSX])  # xlsx = same invoices as the csv
    assert again.orders_created == again.cancellations_created == 0
    assert again.duplicates_skipped == first.rows_created
    after = snap(store)
    assert after["orders"] == before["orders"] and after["orders_sum"] == before["orders_sum"]
    assert after["imports"] == before["imports"] + 1


def test_overlapping_exports_in_one_import(store, tmp_path):
    raw = UCI_CSV.read_text().splitlines()
    a, b = tmp_path / "day1.csv", tmp_path / "day2.csv"
    a.write_text("\n".join(raw[:150]) + "\n")
    b.write_text("\n".join([raw[0]] + raw[100:]) + "\n")  # rows 100-149 in both
    summary = _import(store, [tmp_path])
    exp = _uci_expected(pd.read_csv(UCI_CSV, dtype={"INVOICE": str}).assign(
        INVOICEDATE=lambda f: pd.to_datetime(f["INVOICEDATE"], dayfirst=True)))
    assert summary.orders_created + summary.cancellations_created == len(exp["invoices"])
    got = store.cursor().execute("SELECT sum(revenue) FILTER (WHERE kind='order') "
                                 "FROM orders").fetchone()[0]
    assert got == pytest.approx(exp["order_revenue"])


def test_fast_and_pandas_paths_store_identical_rows(tmp_path):
    from retention_desktop.core.store import ProjectStore

    rows = []
    for fast in (True, False):
        with ProjectStore(tmp_path / f"{fast}.duckdb") as s:
            _import(s, [UCI_CSV], fast_path=fast)
            rows.append(s.cursor().execute(
                "SELECT * EXCLUDE (import_id) FROM orders ORDER BY order_id").fetchall())
    assert rows[0] == rows[1]


def test_mapping_saved_and_reused(store, tmp_path):
    f = tmp_path / "weird.csv"
    f.write_text("k,w,d,m1,m2\nA1,c1,2024-01-05,10.5,12.5\nA2,c2,2024-01-06,20.25,22.5\n")
    auto = preview([f])
    assert auto.mapping["order_ts"] == "d" and auto.mapping["revenue"] == "m1"  # by content
    _import(store, [f], mapping={"order_id": "k", "customer_id": "w", "revenue": "m2"})
    assert store.cursor().execute("SELECT sum(revenue) FROM orders").fetchone()[0] == 35.0
    g = tmp_path / "weird2.csv"
    g.write_text("k,w,d,m1,m2\nA3,c1,2024-02-05,7.5,9.5\n")
    s2 = _import(store, [g])  # same layout: the saved mapping applies
    assert s2.orders_created == 1
    assert store.cursor().execute(
        "SELECT customer_id, revenue FROM orders WHERE order_id = 'A3'").fetchone() == ("c1", 9.5)
    assert preview([g], store=store).mapping["revenue"] == "m2"


def test_guests_returns_and_extra_dimensions(store, tmp_path):
    f = tmp_path / "orders.csv"
    f.write_text(
        "Order ID,Customer ID,Order Date,Total,Status,Channel,Coupon Code\n"
        "1,c1,2024-03-01,100,paid,web,SPRING\n"
        "2,,2024-03-02,50,paid,app,\n"
        "3,c2,2024-03-03,-30,refunded,web,\n"
        "4,c1,2024-03-04,80,cancelled,web,X\n")
    s = _import(store, [f])
    assert (s.orders_created, s.returns_created, s.cancellations_created) == (2, 1, 1)
    assert s.guest_rows == 1 and s.customers == 1
    rows = dict(store.cursor().execute("SELECT order_id, kind FROM orders").fetchall())
    assert rows == {"1": "order", "2": "order", "3": "return", "4": "cancel"}
    assert store.cursor().execute(
        "SELECT revenue FROM orders WHERE order_id = '4'").fetchone()[0] == -80
    dims = {r[0] for r in store.cursor().execute("SELECT label FROM dimensions").fetchall()}
    assert "Coupon Code" in dims
    assert store.cursor().execute(
        'SELECT "Coupon Code" FROM orders WHERE order_id = \'1\'').fetchone()[0] == "SPRING"
    assert np.isclose(store.cursor().execute(
        "SELECT sum(revenue) FROM orders").fetchone()[0], 100 + 50 - 30 - 80)


def test_cdnow_split_into_overlapping_files(store, tmp_path):
    lines = CDNOW.read_bytes().splitlines(keepends=True)
    (tmp_path / "part1.txt").write_bytes(b"".join(lines[:4000]))
    (tmp_path / "part2.txt").write_bytes(b"".join(lines[3000:]))  # 1,000 rows in both
    s = _import(store, [tmp_path])
    assert s.rows_read == 4000 + len(lines) - 3000
    assert s.orders_created == len(lines) == 6919
    assert s.duplicates_skipped == 1000
    again = _import(store, [CDNOW])
    assert again.orders_created == 0 and again.duplicates_skipped == 6919


def test_preview_describes_the_csv():
    p = preview([UCI_CSV])
    assert (p.encoding, p.delimiter, p.has_header, p.header_row) == ("utf-8", ",", True, 1)
    assert len(p.rows) == 20 and p.rows[0][0] == "536365"
    assert p.columns[0] == "INVOICE" and p.target == "orders"
    roles = {r.column: (r.field, r.how) for r in p.roles}
    assert roles["INVOICEDATE"] == ("order_ts", "header")
    assert roles["CUSTOMERID"] == ("customer_id", "header")
    assert all(r.confidence > 0.5 for r in p.roles if r.field)
    assert p.date_order == "day-first" and p.date_ambiguous
    assert any("day-first" in w for w in p.warnings)
    forced = preview([UCI_CSV], ImportOptions(date_order="month-first"))
    assert forced.date_order == "month-first" and not forced.date_ambiguous


def test_fast_path_falls_back_when_rows_are_not_lines(store, tmp_path):
    clean = tmp_path / "clean.csv"
    clean.write_text("Order ID,Date,Total,Note\nF1,2024-01-01,5,a\nF2,2024-01-02,6,b\n\n\n")
    s = _import(store, [clean])
    assert s.fast_path_files == 1 and s.orders_created == 2
    quoted = tmp_path / "quoted.csv"  # a quoted line break: row numbers need the csv module
    quoted.write_text('Order ID,Date,Total,Note\nQ1,2024-01-01,5,"two\nlines"\n'
                      "Q2,2024-01-02,oops,x\nQ3,2024-01-03,7,y\n")
    s = _import(store, [quoted])
    assert s.fast_path_files == 0 and s.orders_created == 2
    assert s.rejected_first == ["quoted.csv row 4 column 'Total': not a number (amount)"]
    note = store.cursor().execute("SELECT \"Note\" FROM orders WHERE order_id = 'Q1'").fetchone()
    assert note == ("two\nlines",)


def _order_level_csv(path, n, bad_last=False):
    rng = np.random.default_rng(7)
    frame = pd.DataFrame({
        "Order ID": [f"W{i}" for i in range(n)],
        "Customer ID": np.where(rng.random(n) < 0.1, "", rng.integers(1, n // 3, n).astype(str)),
        "Order Date": (np.datetime64("2023-01-01T00:00:00")
                       + rng.integers(0, 365 * 86400, n).astype("timedelta64[s]")).astype(str),
        "Total": np.round(rng.gamma(2, 20, n) * np.where(rng.random(n) < 0.03, -1, 1), 2),
        "Items": rng.integers(1, 5, n),
        "Region": rng.choice(["north", "south"], n),
    })
    frame["Order Date"] = frame["Order Date"].str.replace("T", " ")
    if bad_last:
        frame["Total"] = frame["Total"].astype(object)
        frame.loc[n - 1, "Total"] = "n/a"
    frame.to_csv(path, index=False)
    return frame


@pytest.mark.parametrize("bad_last", [False, True])
def test_one_pass_import_matches_pandas_path(tmp_path, bad_last):
    from retention_desktop.core.store import ProjectStore

    f = tmp_path / "big.csv"
    frame = _order_level_csv(f, 30_000, bad_last)
    got = []
    for fast in (True, False):
        with ProjectStore(tmp_path / f"{fast}.duckdb") as s:
            summary = _import(s, [f], fast_path=fast)
            got.append((summary.to_dict(), s.cursor().execute(
                'SELECT * EXCLUDE (import_id) FROM orders ORDER BY source_row').fetchall()))
    (fast_sum, fast_rows), (slow_sum, slow_rows) = got
    assert fast_rows == slow_rows
    for key in ("orders_created", "returns_created", "customers", "guest_rows", "rejected_rows",
                "date_min", "date_max"):
        assert fast_sum[key] == slow_sum[key], key
    good = frame.iloc[:-1] if bad_last else frame
    assert fast_sum["orders_created"] == int((good["Total"].astype(float) >= 0).sum())
    assert fast_sum["fast_path_files"] == (0 if bad_last else 1)
    assert [r[-1] for r in fast_rows[:3]] == list(good["Region"][:3])  # extra dimension kept
    assert fast_rows[5][11] == 7  # source_row: data row 6 is line 7 of the file


def test_text_clean_up_sql_equals_trim_everywhere():
    """The cheaper blank clean-up of the fast path gives DuckDB's ``nullif(trim(x), '')``
    for every kind of padding (spaces, tabs, Unicode blanks, non-ASCII text, empty)."""
    import duckdb

    from retention_desktop.core.importer.fastpath import _text_sql

    values = [None, "", " ", "  ", "a", " a", "a ", "a b", "\ta\t", "\u00a0a\u00a0", "\u2003a",
              "a\u3000", "\u1680a", "\u200ba", "کد ۱۲", " مشتری ", "👍🏽", "x\n", "\ra", "C 12 "]
    con = duckdb.connect()
    rows = con.execute(f"SELECT v, {_text_sql('v')} IS NOT DISTINCT FROM nullif(trim(v), '') "
                       "FROM (SELECT unnest(?) AS v)", [values]).fetchall()
    assert [v for v, same in rows if not same] == []
    assert len(rows) == len(values)


def test_one_pass_cells_the_typed_reader_refuses_match_pandas_path(tmp_path):
    """Cells DuckDB's typed CSV reader refuses although a cast reads them (a blank-only
    item count, an amount padded with non-breaking spaces) send the file to the staging
    path; the project ends up exactly as with the pandas path."""
    from retention_desktop.core.store import ProjectStore

    f = tmp_path / "edge.csv"
    f.write_text("Order ID,Customer ID,Order Date,Total,Items,Region\n"
                 "A1, 7 ,2024-01-02 10:00,12.50,2,north\n"
                 "A2,,2024-01-03, 3 , ,south \n"
                 "A3,8.0,2024-01-04 11:30:00,\u00a05.25\u00a0,1,\u00a0west\n"
                 "C4,8,2024-01-05,-5.25,1,north\n", encoding="utf-8")
    got = []
    for fast in (True, False):
        with ProjectStore(tmp_path / f"{fast}.duckdb") as s:
            summary = _import(s, [f], fast_path=fast)
            got.append((summary.rows_created, s.cursor().execute(
                "SELECT * EXCLUDE (import_id) FROM orders ORDER BY source_row").fetchall()))
    assert got[0] == got[1]
    rows = got[0][1]
    assert [r[:2] for r in rows] == [("A1", "7"), ("A2", None), ("A3", "8"), ("C4", "8")]
    assert [r[4] for r in rows] == [2.0, None, 1.0, 1.0] and rows[2][3] == 5.25
    assert rows[3][5] == "cancel" and rows[1][-1] == "south" and rows[2][-1] == "west"


@pytest.mark.parametrize("body, expected", [
    (b"h", 0), (b"h\n", 0), (b"h\na", 1), (b"h\na\n", 1), (b"h\na\n\n\n", 1),
    (b"h\r\na\r\nb\r\n \t\r\n", 2), (b"h\n\nb\n", 2),  # a blank line inside counts
    (b"h\n" + b"x,1\n" * 1_500_000, 1_500_000),  # > one 4 MiB read
    (b"h\n" + b"x\n" * 2_097_151 + b"y", 2_097_152),  # last line ends on a read boundary
])
def test_line_count_of_the_fast_path(tmp_path, body, expected):
    from retention_desktop.core.importer.fastpath import _count_lines

    f = tmp_path / "f.csv"
    f.write_bytes(body)
    assert _count_lines(f) == expected
