"""End to end in Persian: import a Jalali, Persian-digit export -> analyse in Jalali months
-> print a Persian report naming Jalali months. Expected values come from jdatetime and
plain pandas on the generated rows, independently of the app's calendar code."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import jdatetime
import numpy as np
import pandas as pd
import pytest

from retention_desktop.cli import main
from retention_desktop.core.engine.lifecycle import lifecycle
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.store import ProjectStore

PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
MONTHS_FA = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
             "دی", "بهمن", "اسفند")


def _orders() -> pd.DataFrame:
    """~600 orders of 120 customers between 1 Mehr 1402 and 30 Shahrivar 1403."""
    rng = np.random.default_rng(1403)
    start = jdatetime.date(1402, 7, 1).togregorian()
    rows = []
    for c in range(120):
        first = int(rng.integers(0, 300))
        days = sorted({first, *(first + int(x) for x in rng.integers(1, 365 - first + 1, rng.integers(0, 8)))})
        for d in days:
            g = start + pd.Timedelta(days=d).to_pytimedelta()
            if g > jdatetime.date(1403, 6, 31).togregorian():
                continue
            rows.append((f"INV-{len(rows) + 1:05d}", f"C{c:03d}", g, int(rng.integers(5, 500)) * 1000))
    return pd.DataFrame(rows, columns=["order_id", "customer_id", "date", "amount"])


@pytest.fixture(scope="module")
def persian_project(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("jalali")
    orders = _orders()
    export = pd.DataFrame({
        "شماره سفارش": orders["order_id"],
        "کد مشتری": orders["customer_id"],
        "تاریخ": [jdatetime.date.fromgregorian(date=d).strftime("%Y/%m/%d").translate(PERSIAN)
                  for d in orders["date"]],
        "مبلغ": [f"{a:,}".replace(",", "٬").translate(PERSIAN) for a in orders["amount"]],
    })
    csv = tmp / "سفارش‌ها.csv"
    export.to_csv(csv, index=False, encoding="utf-8")
    project = tmp / "shop.rdproj.duckdb"
    assert main(["import", str(csv), "--project", str(project)]) == 0
    return project, orders


def test_import_reads_jalali_dates_and_persian_digits(persian_project):
    project, orders = persian_project
    with ProjectStore(project, read_only=True) as store:
        got = store.cursor().execute(
            "SELECT order_id, CAST(order_ts AS DATE), revenue FROM orders ORDER BY order_id").df()
    assert len(got) == len(orders)
    got.columns = ["order_id", "date", "revenue"]
    merged = orders.merge(got, on="order_id")
    assert (pd.to_datetime(merged["date_x"]) == pd.to_datetime(merged["date_y"])).all()
    assert (merged["amount"] == merged["revenue"]).all()


def test_jalali_month_lifecycle_matches_independent_count(persian_project):
    project, orders = persian_project
    with ProjectStore(project, read_only=True) as store:
        result = lifecycle(store, FilterSpec(), Settings(calendar="jalali", grain="month"))
    periods = result["periods"]
    assert periods, "no periods"
    jal = [jdatetime.date.fromgregorian(date=d) for d in orders["date"]]
    orders = orders.assign(jm=[(j.year, j.month) for j in jal])
    expected = orders.groupby("jm")["customer_id"].nunique()
    first_month = orders.groupby("customer_id")["jm"].min().value_counts()
    for p in periods:
        start = jdatetime.date.fromgregorian(date=pd.Timestamp(p["start"]).date())
        assert start.day == 1, f"{p['start']} is not the first day of a Jalali month"
        key = (start.year, start.month)
        assert p["active"] == expected.get(key, 0), key
        assert p["new"] == first_month.get(key, 0), key
    assert {(jdatetime.date.fromgregorian(date=pd.Timestamp(p["start"]).date()).year,
             jdatetime.date.fromgregorian(date=pd.Timestamp(p["start"]).date()).month)
            for p in periods} == set(expected.index)


def test_persian_report_prints_jalali_months(persian_project, tmp_path, qapp):
    project, orders = persian_project
    pdf = tmp_path / "report_fa.pdf"
    # The calendar is the project's setting, not the report language's (issue 16): this
    # project was imported headless with no settings, so Jalali months are asked for.
    assert main(["report", "--project", str(project), "--lang", "fa", "--calendar", "jalali",
                 "--pdf", str(pdf)]) == 0
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is needed to read right-to-left text back")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    text = unicodedata.normalize("NFKC", "".join(
        ch for ch in text if ch not in "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u2066\u2067\u2068\u2069"))
    # pdftotext drops Vazirmatn's joined Farsi yeh glyphs (a text-extraction limit, the
    # page shows them), so compare with ی and spaces squeezed out.
    flat = squash(text)
    first = jdatetime.date.fromgregorian(date=orders["date"].min())
    last = jdatetime.date.fromgregorian(date=orders["date"].max())
    month_done = (last + jdatetime.timedelta(days=1)).month != last.month
    head_y, head_m = (last.year, last.month) if month_done else (
        (last.year, last.month - 1) if last.month > 1 else (last.year - 1, 12))
    prev_y, prev_m = (head_y, head_m - 1) if head_m > 1 else (head_y - 1, 12)
    # data range "1 Mehr 1402 – 30 Shahrivar 1403", the headline month and the month
    # before (pdftotext does not keep the order of digits inside right-to-left runs, so
    # names and years are checked separately)
    for month in (first.month, last.month, head_m, prev_m):
        assert squash(MONTHS_FA[month - 1]) in flat, MONTHS_FA[month - 1]
    for year in {first.year, last.year, head_y, prev_y}:
        assert str(year).translate(PERSIAN) in flat
    assert not any(name in text for name in ("September", "August", "2024", "1403", "۲۰۲۴",
                                             "سپتامبر", "ژوئیه"))


def squash(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in "یي")
