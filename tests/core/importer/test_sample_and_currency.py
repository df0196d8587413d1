"""The first orders before Import (issues 15/17) and the currency of an export (issue 17).

Oracles: the orders a real import stores, and plain pandas on the same file.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from retention_desktop.cli import main
from retention_desktop.core import formatting
from retention_desktop.core.importer import ImportOptions, import_files
from retention_desktop.core.importer.currency import detect_currency
from retention_desktop.core.importer.sample import OrderSampler, preview_with_orders
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion

UCI_CSV = Path(__file__).resolve().parents[2] / "data" / "online_retail_excel_sample" / \
    "online_retail_sample.csv"


def _import(path: Path, project: Path, **options):
    with ProjectStore(project) as store:
        return run_to_completion(import_files(store, [path], ImportOptions(**options)))


def test_first_orders_are_what_the_import_stores(tmp_path):
    result = preview_with_orders([UCI_CSV])
    sample = result.sample
    assert sample.problem is None and len(sample.orders) == 10
    assert sample.data_rows == len(pd.read_csv(UCI_CSV))
    _import(UCI_CSV, tmp_path / "p.duckdb")
    with ProjectStore(tmp_path / "p.duckdb", read_only=True) as store:
        stored = {r[0]: r[1:] for r in store.cursor().execute(
            "SELECT order_id, order_ts, customer_id, revenue, kind FROM orders").fetchall()}
    raw = pd.read_csv(UCI_CSV, dtype=str)
    lines = raw.groupby("INVOICE").size()
    assert [o.order_id for o in sample.orders] == list(dict.fromkeys(raw["INVOICE"]))[:10]
    for o in sample.orders:
        assert (o.order_ts, o.customer_id, o.kind) == (stored[o.order_id][0],
                                                       stored[o.order_id][1],
                                                       stored[o.order_id][3])
        assert o.revenue == pytest.approx(stored[o.order_id][2])
        assert o.lines == lines[o.order_id]


def test_a_wrong_money_column_shows_in_the_first_orders():
    sampler = OrderSampler.from_paths([UCI_CSV])
    raw = pd.read_csv(UCI_CSV, dtype=str)
    first = raw["INVOICE"].iloc[0]
    right = sampler.sample().orders[0]
    # the unit price taken as the amount, quantity left out (an importer that spots a unit
    # price by its content corrects "revenue = PRICE" only while it has a quantity)
    wrong = sampler.sample({"revenue": "PRICE", "unit_price": "", "quantity": ""}).orders[0]
    part = raw[raw["INVOICE"] == first]
    assert right.revenue == pytest.approx((part["QUANTITY"].astype(float)
                                           * part["PRICE"].astype(float)).sum())
    assert wrong.revenue == pytest.approx(part["PRICE"].astype(float).sum())
    # no date column: the importer's own reason, no orders
    broken = sampler.sample({"order_ts": ""})
    assert broken.orders == () and "order date" in broken.problem


def test_guest_rows_count_orders_without_any_customer(tmp_path):
    # the customer sits on an order's first line only (as in Shopify exports)
    path = tmp_path / "lines.csv"
    path.write_text("Order,Date,Customer,Total\n"
                    "1,2024-01-01,ann@example.com,10\n1,2024-01-01,,5\n"
                    "2,2024-01-02,,7\n2,2024-01-02,,1\n"
                    "3,2024-01-03,bob@example.com,3\n4,2024-01-04,,2\n", encoding="utf-8")
    sample = preview_with_orders([path]).sample
    assert sample.guest_rows == 3  # order 2 (two lines) and order 4
    assert OrderSampler.from_paths([path]).sample({"customer_id": ""}).guest_rows is None


def test_header_only_file_has_no_data_rows(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("Order,Date,Customer,Total\n", encoding="utf-8")
    result = preview_with_orders([path])
    assert result.sample.data_rows == 0 and result.sample.orders == ()


@pytest.mark.parametrize("headers, cells, code", [
    (["شماره فاکتور", "مبلغ (ریال)"], {}, "IRR"),
    (["شماره", "مبلغ"], {"مبلغ": ["۲۵٬۵۰۰ تومان", "۱۲٬۰۰۰ تومان"]}, "IRT"),
    (["فاکتور", "قیمت"], {"قیمت": ["12,000 ﷼"]}, "IRR"),
    (["شماره فاکتور", "مبلغ (ريال)"], {}, "IRR"),      # Arabic spelling in a Persian file
    (["رقم الفاتورة", "المبلغ (ريال)"], {}, "SAR"),     # an Arabic file: the Saudi riyal
    (["رقم الفاتورة", "المبلغ (درهم)"], {}, "AED"),
    (["Order", "Total"], {"Total": ["$12.50", "$3.00"]}, "USD"),
    (["Order", "Total (€)"], {}, "EUR"),
    (["Order", "Amount", "Currency"], {"Currency": ["GBP", "GBP"]}, "GBP"),
    (["Invoice", "Description", "Price"], {"Description": ["1 pound of coffee",
                                                           "Gift card $25"],
                                            "Price": ["12.5"]}, None),
    (["Invoice", "Price"], {"Price": ["(12.00 €)", "1.234,50 €"]}, "EUR"),
])
def test_detect_currency(headers, cells, code):
    guess = detect_currency(headers, cells)
    assert (guess.code if guess else None) == code


def _persian_export(path: Path) -> pd.DataFrame:
    raw = pd.read_csv(UCI_CSV, dtype=str)
    raw = raw[~raw["INVOICE"].str.startswith("C")]
    rial = (raw["QUANTITY"].astype(float) * raw["PRICE"].astype(float) * 10_000).round()
    pd.DataFrame({"شماره فاکتور": raw["INVOICE"],
                  "تاریخ": pd.to_datetime(raw["INVOICEDATE"], dayfirst=True)
                  .dt.strftime("%Y-%m-%d %H:%M"),
                  "کد مشتری": raw["CUSTOMERID"], "مبلغ (ریال)": rial.astype("int64")}
                 ).to_csv(path, index=False, encoding="utf-8-sig")
    return rial


def _json(*argv: str) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*argv, "--json"]) == 0
    return json.loads(out.getvalue())


def test_import_stores_the_currency_and_every_json_says_it(tmp_path):
    csv = tmp_path / "فروش.csv"
    rial = _persian_export(csv)
    project = tmp_path / "shop.duckdb"
    assert _import(csv, project).currency == "IRR"
    kpis = _json("metrics", "kpis", "--project", str(project))
    assert kpis["currency"] == "IRR" and kpis["revenue"] == pytest.approx(rial.sum())
    assert _json("info", "--project", str(project))["currency"] == "IRR"
    # Rial <-> Toman is a display toggle: the stored amount divided by 10, named Toman
    toman = formatting.LocaleSettings.for_language("fa", currency=kpis["currency"],
                                                   money_unit="toman")
    assert formatting.fmt_money(kpis["revenue"], loc=toman) == \
        formatting.fmt_number(rial.sum() / 10, 0, toman) + "\u00a0تومان"

    # a currency the user chose is kept; a file in another currency is pointed out
    from retention_desktop.core.engine.spec import SETTINGS_META_KEY

    with ProjectStore(project) as store:
        store.set_meta(SETTINGS_META_KEY, {"currency": "EUR"})
    usd = tmp_path / "usd.csv"
    usd.write_text("Order ID,Customer ID,Order Date,Total\nU1,K1,2024-01-01,$12.50\n",
                   encoding="utf-8")
    summary = _import(usd, project)
    assert summary.currency == "USD"
    assert any("look like USD" in w for w in summary.warnings)
    assert _json("metrics", "kpis", "--project", str(project))["currency"] == "EUR"


def test_excel_money_format_names_the_currency():
    assert formatting.excel_money_format("IRR") == '#,##0 "Rial"'
    assert formatting.excel_money_format("$") == '"$"#,##0.00'
    assert formatting.excel_money_format("") == "#,##0.00"
