"""Line-item imports keep their product lines in ``line_items`` (issue 20, "Keep the products").

Every oracle reads the same file with plain pandas and applies the file's own meaning of
its columns; the expected grouping keys of the Persian file are written out by hand.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

from retention_desktop.core.importer import ImportOptions, import_files
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.store.forget import forget_customer
from retention_desktop.core.tasks import run_to_completion

DATA = Path(__file__).resolve().parents[2] / "data"
UCI_CSV = DATA / "online_retail_excel_sample" / "online_retail_sample.csv"
UCI_XLSX = DATA / "online_retail_excel_sample" / "online_retail_sample.xlsx"
CDNOW = DATA / "cdnow_sample" / "CDNOW_sample.txt"
GEN = DATA / "platforms" / "generate.py"


def _import(store: ProjectStore, *paths, **options) -> dict:
    return run_to_completion(import_files(store, list(paths), ImportOptions(**options))).to_dict()


def _lines(store: ProjectStore) -> pd.DataFrame:
    return store.cursor().execute("SELECT * FROM line_items").df()


def _orders(store: ProjectStore) -> pd.DataFrame:
    return store.cursor().execute("SELECT * FROM orders").df()


def _uci() -> pd.DataFrame:
    raw = pd.read_csv(UCI_CSV, dtype=str, keep_default_na=False)
    raw["qty"] = raw["QUANTITY"].astype(float)
    raw["price"] = raw["PRICE"].astype(float)
    return raw


def _check_uci(store: ProjectStore, summary: dict) -> None:
    raw = _uci()
    got = _lines(store)
    # one line per file row, linked to its orders row
    assert len(got) == len(raw) == summary["product_lines"]
    assert summary["products"] == raw["STOCKCODE"].str.lower().nunique() == \
        got["product_key"].nunique()
    assert sorted(zip(raw["INVOICE"], raw["STOCKCODE"].str.lower(), raw["qty"], strict=True)) \
        == sorted(zip(got["order_id"], got["product_key"], got["quantity"], strict=True))
    # displayed as in the file (the readers trim surrounding blanks of every cell)
    assert sorted(raw["DESCRIPTION"].str.strip()) == sorted(got["product_name"])
    orders = _orders(store).set_index("order_id")
    # revenue rule "quantity x price, summed": the lines add up to their order
    per_order = got.groupby("order_id")["revenue"].sum()
    assert per_order.sort_index().to_numpy() == pytest.approx(
        orders["revenue"].loc[per_order.index].sort_index().to_numpy(), abs=1e-6)
    pandas_rev = (raw["qty"] * raw["price"]).groupby(raw["INVOICE"]).sum()
    assert per_order.abs().sort_index().to_numpy() == pytest.approx(
        pandas_rev.abs().sort_index().to_numpy(), abs=1e-6)
    for col in ("customer_id", "order_ts", "kind", "import_id"):
        assert (got[col].to_numpy() == orders[col].loc[got["order_id"]].to_numpy()).all(), col
    assert set(got.loc[got["order_id"].str.startswith("C"), "kind"]) == {"cancel"}


@pytest.mark.parametrize("path", [UCI_CSV, UCI_XLSX], ids=["csv-fast-path", "xlsx-pandas"])
def test_uci_lines_match_pandas_and_reimport_adds_none(store, path):
    summary = _import(store, path)
    _check_uci(store, summary)
    if path == UCI_CSV:
        assert summary["fast_path_files"] == 1
    before = _lines(store)
    again = _import(store, path)
    assert again["product_lines"] == 0 and again["orders_created"] == 0
    assert len(_lines(store)) == len(before)


def test_overlapping_exports_keep_each_line_once(store, tmp_path):
    raw = pd.read_csv(UCI_CSV, dtype=str, keep_default_na=False)
    invoices = list(dict.fromkeys(raw["INVOICE"]))
    # two exports sharing the middle invoices; the second is cut inside one of them
    a = raw[raw["INVOICE"].isin(invoices[:16])]
    b = raw[raw["INVOICE"].isin(invoices[10:])]
    cut = invoices[10]
    b = b.drop(b.index[b["INVOICE"] == cut][:1])
    a.to_csv(tmp_path / "a.csv", index=False)
    b.to_csv(tmp_path / "b.csv", index=False)
    summary = _import(store, tmp_path / "a.csv", tmp_path / "b.csv")
    _check_uci(store, summary)
    # a later export overlapping what the project has adds only the new invoices' lines
    with ProjectStore(tmp_path / "two.duckdb") as other:
        _import(other, tmp_path / "a.csv")
        n_a = len(_lines(other))
        second = _import(other, tmp_path / "b.csv")
        assert second["product_lines"] == len(raw) - n_a
        _check_uci(other, {**second, "product_lines": len(raw),
                           "products": _lines(other)["product_key"].nunique()})


def test_order_level_import_writes_no_lines(store):
    summary = _import(store, CDNOW)
    assert summary["orders_created"] > 0
    assert summary["product_lines"] == 0 and len(_lines(store)) == 0


def _generate():
    spec = importlib.util.spec_from_file_location("platform_generate", GEN)
    module = importlib.util.module_from_spec(spec)
    sys.modules["platform_generate"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def platform_files(tmp_path_factory):
    return _generate().write_all(tmp_path_factory.mktemp("platforms"))


def _num(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s.str.replace(r"[$,]", "", regex=True).replace("", "nan"))


# file key -> (sku, name, quantity, line amount or None (= qty x price), price, order id,
#              revenue of the order = sum of its lines)
LINE_LAYOUTS = {
    "shopify_orders": ("Lineitem sku", "Lineitem name", "Lineitem quantity", None, "Lineitem price",
                "Name", False),
    "woo_order_export": ("SKU", "Name", "Quantity", "Order Line Total", "Item Cost", "Order Number",
                False),
    "woo_customer_order_csv": ("item_sku", "item_name", "item_quantity", "item_total", None, "order_number",
                False),
    "etsy_sold_order_items": ("SKU", "Item Name", "Quantity", "Item Total", "Price", "Order ID", True),
    "square_item_sales": ("SKU", "Item", "Qty", "Net Sales", None, "Transaction ID", True),
}


@pytest.mark.parametrize("key", list(LINE_LAYOUTS))
def test_platform_line_items_match_pandas(platform_files, tmp_path, key):
    sku, name, qty, amount, price, oid, summed = LINE_LAYOUTS[key]
    raw = pd.read_csv(platform_files[key], dtype=str, keep_default_na=False)
    with ProjectStore(tmp_path / "p.duckdb") as store:
        summary = _import(store, platform_files[key])
        got = _lines(store)
        orders = _orders(store).set_index("order_id")
    assert len(got) == len(raw) == summary["product_lines"]
    assert summary["products"] == raw[sku].str.lower().nunique()
    assert sorted(zip(raw[sku].str.lower(), raw[name], _num(raw[qty]), strict=True)) == \
        sorted(zip(got["product_key"], got["product_name"], got["quantity"], strict=True))
    # each line sits on a document built from its own order number
    assert set(got["order_id"].str.replace(r"-(refund|cancel)$", "", regex=True)) <= \
        set(raw[oid].astype(str))
    assert set(got["order_id"]) <= set(orders.index)
    # line revenue = the line amount (or qty x price); void orders (cancellations of 0)
    # carry 0 on every line
    void = set(got.loc[got["kind"] == "cancel", "order_id"])
    base = got["order_id"].str.replace(r"-(refund|cancel)$", "", regex=True)
    kept = got[~got["order_id"].isin(void)]
    line = _num(raw[amount]) if amount else _num(raw[qty]) * _num(raw[price])
    live = ~raw[oid].astype(str).isin(void)
    assert sorted(zip(raw.loc[live, sku].str.lower(), raw.loc[live, oid].astype(str),
                      line[live].round(6), strict=True)) == \
        sorted(zip(kept["product_key"], base[kept.index], kept["revenue"].round(6),
                   strict=True))
    assert (got.loc[got["kind"] == "cancel", "revenue"] == 0).all()
    if summed:  # revenue = the sum of the line amounts: every document adds up
        per_doc = got.groupby("order_id")["revenue"].sum()
        assert per_doc.to_numpy() == pytest.approx(
            orders["revenue"].loc[per_doc.index].to_numpy(), abs=1e-6)
    if price:
        assert sorted(got["unit_price"]) == pytest.approx(sorted(_num(raw[price])))


@pytest.mark.parametrize("key", ["woo_analytics_orders", "etsy_sold_orders", "stripe_payments",
                                 "paypal_activity"])
def test_order_level_platform_exports_write_no_lines(platform_files, tmp_path, key):
    with ProjectStore(tmp_path / "p.duckdb") as store:
        summary = _import(store, platform_files[key])
        assert summary["orders_created"] > 0
        assert summary["product_lines"] == 0 and len(_lines(store)) == 0


def test_square_category_and_variant_are_kept(platform_files, tmp_path):
    raw = pd.read_csv(platform_files["square_item_sales"], dtype=str, keep_default_na=False)
    with ProjectStore(tmp_path / "p.duckdb") as store:
        _import(store, platform_files["square_item_sales"])
        got = _lines(store)
    assert sorted(zip(raw["SKU"].str.lower(), raw["Category"], raw["Price Point Name"],
                      strict=True)) == sorted(zip(got["product_key"], got["category"].fillna(""),
                                                  got["variant"].fillna(""), strict=True))


PERSIAN = """\ufeffشماره فاکتور,تاریخ,کد مشتری,کد کالا,کالا,دسته‌بندی,تعداد,مبلغ
۱۰۰۱,۱۴۰۲/۰۱/۰۵,۷۷,,كيك شكلاتي,شيريني,۲,۱۲۰۰۰۰
۱۰۰۱,۱۴۰۲/۰۱/۰۵,۷۷,SKU-۱۲,چای سبز,نوشیدنی,۱,۵۰۰۰۰
۱۰۰۲,۱۴۰۲/۰۲/۰۱,۷۷,,  کیک   شکلاتی ,شیرینی,۱,۶۰۰۰۰
۱۰۰۳,۱۴۰۲/۰۲/۰۳,۸۸,sku-12,چاي سبز,نوشيدني,۳,۱۵۰۰۰۰
۱۰۰۳,۱۴۰۲/۰۲/۰۳,۸۸,,کیک شکلاتی ۲,شیرینی,۱,۷۰۰۰۰
۱۰۰۴,۱۴۰۲/۰۲/۰۹,۸۸,,,,۱,۹۹۰۰۰
"""


def test_persian_headers_and_letter_variants_group_into_one_key(store, tmp_path):
    path = tmp_path / "فروش.csv"
    path.write_text(PERSIAN, encoding="utf-8")
    summary = _import(store, path)
    got = _lines(store)
    # hand-worked: the cake in Arabic ي/ك and with extra spaces is one product; the tea
    # is grouped by its code (Persian digits, any case); "کیک شکلاتی ۲" is another cake
    assert sorted(zip(got["order_id"], got["product_key"], got["quantity"], strict=True)) == [
        ("1001", "sku-12", 1.0), ("1001", "کیک شکلاتی", 2.0), ("1002", "کیک شکلاتی", 1.0),
        ("1003", "sku-12", 3.0), ("1003", "کیک شکلاتی 2", 1.0)]
    assert summary["products"] == 3 and summary["product_lines"] == 5
    # the last line names no product: its order is kept, the line is counted, not kept
    assert summary["lines_without_product"] == 1
    assert "1004" in set(_orders(store)["order_id"])
    assert any("neither a product id nor a name" in w for w in summary["warnings"])
    # what is shown stays as typed (Arabic letters, category as in the file)
    assert "كيك شكلاتي" in set(got["product_name"])
    assert set(got["category"]) == {"شيريني", "نوشیدنی", "شیرینی", "نوشيدني"}
    assert got["revenue"].sum() == pytest.approx(120000 + 50000 + 60000 + 150000 + 70000)


def test_forget_and_pseudonymise_reach_line_items(tmp_path):
    raw = _uci()
    victim = raw["CUSTOMERID"].value_counts().index[0]
    with ProjectStore(tmp_path / "plain.duckdb") as store:
        _import(store, UCI_CSV)
        assert (_lines(store)["customer_id"] == victim).sum() == (raw["CUSTOMERID"] == victim).sum()
        counts = forget_customer(store, victim)
        assert counts["line_items"] == (raw["CUSTOMERID"] == victim).sum()
        left = _lines(store)
        assert victim not in set(left["customer_id"])
        assert len(left) == (raw["CUSTOMERID"] != victim).sum()
    with ProjectStore(tmp_path / "hashed.duckdb") as store:
        _import(store, UCI_CSV, pseudonymise=True)
        got = _lines(store)
        assert len(got) == len(raw)
        assert not set(got["customer_id"]) & set(raw["CUSTOMERID"])
        assert set(got["customer_id"]) == set(_orders(store)["customer_id"])
        forget_customer(store, victim)  # the shop types the id it knows
        assert len(_lines(store)) == (raw["CUSTOMERID"] != victim).sum()


def test_one_line_per_order_file_keeps_its_product_and_its_category_dimension(store,
                                                                              tmp_path):
    """A category that is the same on all of an order's lines stays a segment dimension
    of ``orders`` (as before products were kept) and is kept on the line as well."""
    path = tmp_path / "orders.csv"
    rows = [f"{1000 + i},C{i % 7},2024-01-{1 + i % 28:02d},{10 + i}.5,Mug {i % 3},"
            f"{'Kitchen' if i % 2 else 'Garden'}" for i in range(40)]
    path.write_text("Order ID,Customer ID,Date,Total,Product,Category\n" + "\n".join(rows)
                    + "\n", encoding="utf-8")
    summary = _import(store, path)
    assert summary["orders_created"] == 40 and summary["product_lines"] == 40
    assert summary["products"] == 3
    assert not any("differs" in w for w in summary["warnings"])
    orders = _orders(store).sort_values("order_id")
    lines = _lines(store).sort_values("order_id")
    raw = pd.read_csv(path, dtype=str).sort_values("Order ID")
    assert list(orders["Category"]) == list(raw["Category"]) == list(lines["category"])
    assert list(lines["revenue"]) == list(orders["revenue"]) == list(raw["Total"].astype(float))
    assert list(lines["product_name"]) == list(raw["Product"])


def test_mapping_saved_before_products_were_kept_gets_the_product_roles(store):
    """A layout saved with the old single "product" role: the product columns are
    guessed again, the user's other choices stay."""
    import json

    _import(store, UCI_CSV)
    cur = store.cursor()
    key, mapping = cur.execute("SELECT layout_key, mapping FROM mappings").fetchone()
    old = {f: c for f, c in json.loads(mapping).items()
           if f not in ("product_id", "product_name")}
    old["product"] = "STOCKCODE"
    old["channel"] = "COUNTRY"  # a choice of the user's that must survive
    with store.write() as w:
        for table in ("orders", "line_items", "mappings"):
            w.execute(f"DELETE FROM {table}")
        w.execute("INSERT INTO mappings VALUES (?, ?, now())", [key, json.dumps(old)])
    _import(store, UCI_CSV)
    got = _lines(store)
    raw = _uci()
    assert sorted(got["product_id"]) == sorted(raw["STOCKCODE"])
    assert sorted(got["product_name"]) == sorted(raw["DESCRIPTION"].str.strip())
    assert set(_orders(store)["channel"]) == set(raw["COUNTRY"])


def test_displayed_names_keep_their_digits_and_zwnj_while_the_key_folds_them(store, tmp_path):
    """A name is shown as typed: "کیف سی‌دی" keeps its ZWNJ and "پاپ ۹۷" its Persian digits
    (the pandas path used to turn them into "کیف سیدی" / "پاپ 97"); an RLM mark is dropped.
    Spellings that differ only in those still group under one key."""
    path = tmp_path / "اقلام.csv"
    path.write_text("شماره فاکتور,تاریخ,کد مشتری,نام کالا,تعداد,فی,مبلغ\n"
                    "۱,۱۴۰۳/۰۱/۰۵,۷,کیف سی\u200cدی,۱,۱۰۰,۱۰۰\n"
                    "۱,۱۴۰۳/۰۱/۰۵,۷,آلبوم پاپ ۹۷\u200f,۱,۲۰۰,۲۰۰\n"
                    "۲,۱۴۰۳/۰۲/۰۵,۷,کیف سی دی,۱,۱۰۰,۱۰۰\n"
                    "۳,۱۴۰۳/۰۳/۰۵,۸,آلبوم پاپ 97,۱,۲۰۰,۲۰۰\n", encoding="utf-8")
    _import(store, path)
    got = _lines(store).sort_values(["order_id", "product_key"])
    assert set(got["product_name"]) == {"کیف سی\u200cدی", "آلبوم پاپ ۹۷", "کیف سی دی",
                                        "آلبوم پاپ 97"}
    assert got.groupby("product_key").size().to_dict() == {"البوم پاپ 97": 2, "کیف سی دی": 2}
