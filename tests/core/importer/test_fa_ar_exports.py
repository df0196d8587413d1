"""Persian and Arabic exports of the UCI sample: same counts as the English import, money
exactly x 10,000, with no flags (files from ``tests/data/platforms/generate_fa_ar.py``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

from retention_desktop.core.importer import ImportOptions, import_files, preview
from retention_desktop.core.store import ProjectStore
from retention_desktop.core.tasks import run_to_completion

DATA = Path(__file__).resolve().parents[2] / "data"
GEN = DATA / "platforms" / "generate_fa_ar.py"
UCI_CSV = DATA / "online_retail_excel_sample" / "online_retail_sample.csv"
_spec = importlib.util.spec_from_file_location("fa_ar_generate", GEN)
gen = importlib.util.module_from_spec(_spec)
sys.modules["fa_ar_generate"] = gen
_spec.loader.exec_module(gen)


def _kinds(store: ProjectStore) -> dict:
    cur = store.cursor()
    out = {k: (n, rev) for k, n, rev in cur.execute(
        "SELECT kind, count(*), sum(revenue) FROM orders GROUP BY kind").fetchall()}
    out["customers"] = cur.execute("SELECT count(DISTINCT customer_id) FILTER "
                                   "(WHERE kind = 'order') FROM orders").fetchone()[0]
    out["items"] = cur.execute("SELECT sum(items) FROM orders").fetchone()[0]
    return out


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    """The English UCI sample imported with no flags, checked against plain pandas."""
    store = ProjectStore(tmp_path_factory.mktemp("en") / "en.duckdb")
    run_to_completion(import_files(store, [UCI_CSV], ImportOptions()))
    got = _kinds(store)
    store.close()
    f = pd.read_csv(UCI_CSV, dtype={"INVOICE": str})
    line = f["QUANTITY"] * f["PRICE"]
    cancel = f["INVOICE"].str.startswith("C")
    assert got["order"] == (f.loc[~cancel, "INVOICE"].nunique(), pytest.approx(line[~cancel].sum()))
    assert got["customers"] == f.loc[~cancel, "CUSTOMERID"].nunique()
    return got


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return gen.write_all(tmp_path_factory.mktemp("fa_ar"))


EXPECTED_ROLES = {
    "fa_shop_lines": {"unit_price": "مبلغ واحد", "quantity": "تعداد",
                      "customer_id": "کد مشتری", "order_id": "شماره فاکتور"},
    "fa_accounting": {"unit_price": "فی (ریال)", "quantity": "مقدار",
                      "order_total": "جمع کل فاکتور", "phone": "تلفن همراه",
                      "name": "نام مشتری", "order_time": "ساعت"},
    "ar_lines": {"revenue": "الإجمالي", "unit_price": "سعر الوحدة", "quantity": "الكمية",
                 "customer_id": "رقم العميل"},
    "ar_invoices": {"order_total": None, "revenue": "المبلغ الإجمالي", "phone": "رقم الجوال",
                    "name": "اسم العميل"},
}
NEVER = ("مبلغ تخفیف", "مالیات بر ارزش افزوده", "الخصم", "ضريبة القيمة المضافة",
         "رسوم الشحن", "نام مشتری")


@pytest.mark.parametrize("key", list(EXPECTED_ROLES))
def test_fa_ar_export_equals_english_times_factor(files, english, tmp_path, key):
    path = files[key]
    p = preview([path])
    for field, col in EXPECTED_ROLES[key].items():
        assert p.mapping.get(field) == col, (field, p.mapping)
    money_cols = {p.mapping.get(f) for f in ("revenue", "order_total", "unit_price")}
    assert not money_cols & set(NEVER)  # discount, tax, shipping, a name: never money
    assert p.mapping.get("customer_id") != "نام مشتری"
    assert p.layout and ("Persian" if key.startswith("fa") else "Arabic") in p.layout
    project = tmp_path / "p.duckdb"
    store = ProjectStore(project)
    try:
        s = run_to_completion(import_files(store, [path], ImportOptions()))
        assert s.rejected_count == 0, s.rejected_first
        got = _kinds(store)
        assert got["customers"] == english["customers"]
        for kind in ("order", "cancel"):
            n, rev = english[kind]
            assert got[kind][0] == n
            assert got[kind][1] == pytest.approx(rev * gen.FACTOR, rel=1e-12)
        again = run_to_completion(import_files(store, [path], ImportOptions()))
        assert again.orders_created == 0 and again.cancellations_created == 0
    finally:
        store.close()


def test_phone_typed_three_ways_is_one_customer(files):
    f = pd.read_csv(files["fa_accounting"], dtype=str)
    assert f.groupby("نام مشتری")["تلفن همراه"].nunique().max() == 3  # as written
    p = preview([files["fa_accounting"]])
    assert "phone" in p.identity and "نام مشتری" in p.identity


def test_amount_column_that_is_a_unit_price_is_detected(tmp_path, english):
    path = gen.fa_amount_is_unit_price(gen.uci_rows(), tmp_path)
    p = preview([path])
    assert p.mapping.get("unit_price") == "مبلغ (ریال)" and "revenue" not in p.mapping
    assert any("unit price" in w for w in p.warnings)
    store = ProjectStore(tmp_path / "p.duckdb")
    try:
        run_to_completion(import_files(store, [path], ImportOptions()))
        got = _kinds(store)
    finally:
        store.close()
    assert got["order"][1] == pytest.approx(english["order"][1] * gen.FACTOR, rel=1e-12)


def test_one_day_of_jalali_dates_without_time(tmp_path, store):
    """A daily export: 64+ rows all on one Jalali date (de-duplicated parsing used to read
    them as day-first and reject every row)."""
    f = tmp_path / "daily.csv"
    f.write_text("شماره فاکتور,تاریخ,مبلغ کل\n"
                 + "".join(f"{i},1403/05/12,{1000 * i}\n" for i in range(1, 81)),
                 encoding="utf-8")
    s = run_to_completion(import_files(store, [f], ImportOptions()))
    assert s.rejected_count == 0 and s.orders_created == 80
    assert str(store.cursor().execute("SELECT min(order_ts) FROM orders").fetchone()[0]) \
        == "2024-08-02 00:00:00"


def test_persian_accounting_export_as_xlsx(files, english, tmp_path):
    """The same accounting export saved from Excel: numbers as numbers, text as text."""
    import openpyxl

    frame = pd.read_csv(files["fa_accounting"], dtype=str, encoding="utf-8-sig")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "فروش"
    ws.append(list(frame.columns))
    money = {"فی (ریال)", "مبلغ تخفیف", "مالیات بر ارزش افزوده", "جمع کل فاکتور", "مقدار"}
    for row in frame.itertuples(index=False):
        ws.append([int(v.replace(",", "")) if c in money else v
                   for c, v in zip(frame.columns, row, strict=True)])
    path = tmp_path / "fa_accounting.xlsx"
    wb.save(path)
    store = ProjectStore(tmp_path / "x.duckdb")
    try:
        s = run_to_completion(import_files(store, [path], ImportOptions()))
        assert s.rejected_count == 0, s.rejected_first
        got = _kinds(store)
    finally:
        store.close()
    assert got["customers"] == english["customers"]
    assert got["order"][0] == english["order"][0]
    assert got["order"][1] == pytest.approx(english["order"][1] * gen.FACTOR, rel=1e-12)
