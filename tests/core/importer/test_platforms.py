"""Platform exports imported with no flags give exactly what pandas computes on the file.

The files come from ``tests/data/platforms/generate.py`` (documented column lists, see
``SOURCE.txt``). Each oracle below reads the written CSV with plain pandas and applies
the platform's own meaning of its columns -- it shares no code with the importer.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pandas as pd
import pytest

from retention_desktop.core.importer import ImportOptions, import_files, preview
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion

GEN = Path(__file__).resolve().parents[2] / "data" / "platforms" / "generate.py"
_spec = importlib.util.spec_from_file_location("platform_generate", GEN)
generate = importlib.util.module_from_spec(_spec)
sys.modules["platform_generate"] = generate  # dataclasses look their module up
_spec.loader.exec_module(generate)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return generate.write_all(tmp_path_factory.mktemp("platforms"))


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _num(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s.str.replace(r"[$,]", "", regex=True).replace("", "0"))


def _phone(s: str) -> str:
    d = re.sub(r"\D", "", s)
    if d.startswith("0098"):
        return "0" + d[4:]
    if d.startswith("98") and len(d) == 12:
        return "0" + d[2:]
    return d


def _first(*cols: pd.Series) -> pd.Series:
    out = cols[0].where(cols[0] != "")
    for c in cols[1:]:
        out = out.fillna(c.where(c != ""))
    return out


def _docs(kind: str, customer: pd.Series, revenue) -> pd.DataFrame:
    return pd.DataFrame({"kind": kind, "customer": customer.to_numpy(),
                         "revenue": pd.Series(revenue, index=customer.index).to_numpy(float)})


def _tally(*frames: pd.DataFrame) -> dict:
    d = pd.concat(frames, ignore_index=True)
    out = {k: (int((d["kind"] == k).sum()), round(float(d.loc[d["kind"] == k, "revenue"].sum()),
                                                   2)) for k in ("order", "return", "cancel")}
    out["customers"] = int(d.loc[d["kind"] == "order", "customer"].dropna().nunique())
    return out


def _status_docs(o: pd.DataFrame, cust, total, refund, kind_of) -> list[pd.DataFrame]:
    """Orders with a status on the order: sale, refund of the refunded amount, reversal of
    a cancelled order, and a 0 cancellation for an unpaid one."""
    kind = o.map(kind_of) if isinstance(o, pd.Series) else kind_of
    sale = kind != "unpaid"
    return [_docs("order", cust[sale], total[sale]),
            _docs("return", cust[sale & (refund > 0)], -refund[sale & (refund > 0)]),
            _docs("cancel", cust[kind == "cancel"], -total[kind == "cancel"]),
            _docs("cancel", cust[kind == "unpaid"], 0.0 * total[kind == "unpaid"])]


def oracle_shopify(path):
    f = _read(path)
    o = f[f["Financial Status"] != ""]  # the order's own columns sit on its first line
    cust = _first(o["Email"].str.lower(), o["Billing Name"])
    kind = o["Financial Status"].map({"voided": "cancel", "pending": "unpaid"}).fillna("sale")
    return _tally(*_status_docs(o, cust, _num(o["Total"]), _num(o["Refunded Amount"]), kind))


def oracle_woo_aoe(path):
    o = _read(path).drop_duplicates("Order Number")  # order columns repeated on each line
    cust = _first(o["Email (Billing)"].str.lower(), o["Phone (Billing)"].map(_phone))
    kind = o["Order Status"].map({"Cancelled": "cancel", "Pending payment": "unpaid",
                                  "Failed": "unpaid"}).fillna("sale")
    return _tally(*_status_docs(o, cust, _num(o["Order Total Amount"]),
                                _num(o["Order Refund Amount"]), kind))


def oracle_woo_csv(path):
    o = _read(path).drop_duplicates("order_number")
    cust = _first(o["customer_id"].where(o["customer_id"] != "0", ""),
                  o["billing_email"].str.lower())
    kind = o["status"].map({"cancelled": "cancel", "failed": "unpaid",
                            "pending": "unpaid"}).fillna("sale")
    return _tally(*_status_docs(o, cust, _num(o["order_total"]), _num(o["refunded_total"]),
                                kind))


def oracle_woo_analytics(path):
    f = _read(path)
    amount = _num(f["Net Sales"])
    cust = f["Customer"].where(f["Customer"] != "")
    refund = amount < 0  # refunds are their own (negative) rows
    unpaid = ~refund & f["Status"].isin(["Failed", "Pending payment"])
    return _tally(_docs("order", cust[~refund & ~unpaid], amount[~refund & ~unpaid]),
                  _docs("return", cust[refund], amount[refund]),
                  _docs("cancel", cust[unpaid], 0.0 * amount[unpaid]))


def oracle_etsy_orders(path):
    o = _read(path)
    cust = _first(o["Buyer User ID"], o["Buyer"])
    total = _num(o["Order Total"])
    adjusted = o["Adjusted Order Total"] != ""
    refund = (total - _num(o["Adjusted Order Total"])).where(adjusted, 0.0).round(2)
    return _tally(_docs("order", cust, total),
                  _docs("return", cust[refund > 0], -refund[refund > 0]))


def oracle_etsy_items(path):
    f = _read(path)
    g = f.assign(v=_num(f["Item Total"])).groupby("Order ID").agg(
        v=("v", "sum"), buyer=("Buyer", "first"))
    return _tally(_docs("order", g["buyer"].where(g["buyer"] != ""), g["v"]))


def oracle_square(path):
    f = _read(path)
    f = f.assign(v=_num(f["Net Sales"].str.replace("-$", "-", regex=False)),
                 who=_first(f["Customer ID"], f["Customer Name"]))
    pay = f[f["Event Type"] == "Payment"].groupby("Transaction ID").agg(
        v=("v", "sum"), who=("who", "first"))
    ref = f[f["Event Type"] == "Refund"].groupby("Transaction ID").agg(
        v=("v", "sum"), who=("who", "first"))
    return _tally(_docs("order", pay["who"], pay["v"]), _docs("return", ref["who"], ref["v"]))


def oracle_stripe(path):
    o = _read(path)
    cust = _first(o["Customer ID"], o["Customer Email"].str.lower())
    kind = o["Status"].map({"Failed": "unpaid"}).fillna("sale")
    return _tally(*_status_docs(o, cust, _num(o["Amount"]), _num(o["Amount Refunded"]), kind))


def oracle_paypal(path):
    f = _read(path)
    gross = _num(f["Gross"])
    pay = f["Type"] == "Express Checkout Payment"
    unpaid = pay & f["Status"].isin(["Pending", "Denied"])
    refund = f["Type"] == "Payment Refund"
    return _tally(_docs("order", f.loc[pay & ~unpaid, "From Email Address"].str.lower(),
                        gross[pay & ~unpaid]),
                  _docs("cancel", f.loc[unpaid, "From Email Address"], 0.0 * gross[unpaid]),
                  _docs("return", f.loc[refund, "To Email Address"].str.lower(),
                        gross[refund]))


ORACLES = {"shopify_orders": oracle_shopify, "woo_order_export": oracle_woo_aoe,
           "woo_customer_order_csv": oracle_woo_csv, "woo_analytics_orders": oracle_woo_analytics,
           "etsy_sold_orders": oracle_etsy_orders, "etsy_sold_order_items": oracle_etsy_items,
           "square_item_sales": oracle_square, "stripe_payments": oracle_stripe,
           "paypal_activity": oracle_paypal}


def same(got: dict, expected: dict) -> bool:
    """Equal counts and customers; revenue equal to the cent."""
    return got["customers"] == expected["customers"] and all(
        got[k][0] == expected[k][0] and abs(got[k][1] - expected[k][1]) < 0.005
        for k in ("order", "return", "cancel"))


def stored(store: ProjectStore) -> dict:
    cur = store.cursor()
    got = {k: (0, 0.0) for k in ("order", "return", "cancel")}
    for kind, n, rev in cur.execute(
            "SELECT kind, count(*), round(sum(revenue), 2) FROM orders GROUP BY kind").fetchall():
        got[kind] = (n, rev)
    got["customers"] = cur.execute("SELECT count(DISTINCT customer_id) FILTER "
                                   "(WHERE kind = 'order') FROM orders").fetchone()[0]
    return got


@pytest.mark.parametrize("key", list(ORACLES))
def test_platform_export_imports_as_pandas_computes(files, tmp_path, key):
    path = files[key]
    label = next(lay.label for lay in __import__(
        "retention_desktop.core.importer.layouts", fromlist=["LAYOUTS"]).LAYOUTS if lay.key == key)
    p = preview([path])
    assert p.layout == label and p.warnings == ()
    expected = ORACLES[key](path)
    # Etsy's order-items file carries no refunds (they are in the sold-orders file)
    assert expected["order"][0] >= 250
    assert expected["return"][0] >= (0 if key == "etsy_sold_order_items" else 10)
    assert expected["customers"] >= 40
    project = tmp_path / "shop.duckdb"
    store = ProjectStore(project)
    try:
        s = run_to_completion(import_files(store, [path], ImportOptions()))
        assert s.rejected_count == 0, s.rejected_first
        assert s.customers == expected["customers"]
        assert s.orders_created == expected["order"][0]
        assert same(stored(store), expected), (stored(store), expected)
        again = run_to_completion(import_files(store, [path], ImportOptions()))
        assert (again.orders_created, again.returns_created, again.cancellations_created) \
            == (0, 0, 0)
        assert same(stored(store), expected), (stored(store), expected)
    finally:
        store.close()
    reopened = ProjectStore(project)  # the project the import wrote opens again
    try:
        assert same(stored(reopened), expected)
    finally:
        reopened.close()


def test_guests_multiline_orders_and_repeat_customers_are_in_the_files(files):
    """The generated files hold what the layouts must cope with (guards the generator)."""
    f = _read(files["shopify_orders"])
    per_order = f.groupby("Name").size()
    assert (per_order > 1).sum() >= 100
    first = f[f["Financial Status"] != ""]
    assert (first["Email"] == "").sum() >= 20  # guests
    assert first["Email"].value_counts().iloc[0] >= 5  # a repeat customer
    assert ((f["Financial Status"] == "") & (f["Created at"] == "")).sum() == \
        (per_order - 1).sum()  # continuation lines carry no order columns


def test_shopify_continuation_lines_and_total_taken_once(files, store):
    path = files["shopify_orders"]
    s = run_to_completion(import_files(store, [path], ImportOptions()))
    f = _read(path)
    assert s.rows_read == len(f) and s.rejected_count == 0
    first = f[f["Financial Status"] != ""]
    one = first[f.groupby("Name")["Name"].transform("size")[first.index] > 2].iloc[0]
    got = store.cursor().execute(
        "SELECT revenue, items, customer_id FROM orders WHERE order_id = ?",
        [one["Name"]]).fetchone()
    lines = f[f["Name"] == one["Name"]]
    assert got == (pytest.approx(float(one["Total"])),
                   pytest.approx(lines["Lineitem quantity"].astype(float).sum()),
                   one["Email"].lower() or one["Billing Name"])
