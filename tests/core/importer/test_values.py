"""Numbers, dates, Jalali conversion, encodings and Persian/Arabic exports."""

from __future__ import annotations

import datetime as dt

import jdatetime
import numpy as np
import pandas as pd
import pytest

from retention_desktop.core.calendar import from_jalali_or_nat as jalali_to_gregorian
from retention_desktop.core.importer import ImportOptions, import_files, preview
from retention_desktop.core.importer.roles import header_role
from retention_desktop.core.importer.sniff import detect_encoding
from retention_desktop.core.importer.values import (
    parse_dates,
    parse_numbers,
)
from retention_desktop.core.tasks import run_to_completion


def test_jalali_matches_jdatetime_every_day_1300_to_1450():
    start, end = jdatetime.date(1300, 1, 1), jdatetime.date(1450, 12, 29)
    days = (end.togregorian() - start.togregorian()).days
    ref = [start + jdatetime.timedelta(days=i) for i in range(0, days + 1)]
    got = jalali_to_gregorian([d.year for d in ref], [d.month for d in ref],
                              [d.day for d in ref])
    want = np.array([d.togregorian() for d in ref], dtype="datetime64[D]")
    assert (got == want).all()


def test_jalali_invalid_days_are_rejected():
    got = jalali_to_gregorian([1403, 1403, 1402, 1403], [7, 13, 12, 12], [31, 1, 30, 30])
    # Mehr has 30 days, no month 13, 1402 is not a leap year; 1403 is
    assert np.isnat(got[:3]).all()
    assert got[3] == np.datetime64(jdatetime.date(1403, 12, 30).togregorian())


@pytest.mark.parametrize("text,expected", [
    ("1,234.50", 1234.5), ("£12.99", 12.99), ("$ 1,000", 1000.0), ("€5", 5.0),
    ("۱۲۳٬۴۵۶ تومان", 123456.0), ("٣٤٥ ريال", 345.0), ("(5.50)", -5.5), ("7-", -7.0),
    ("۱۵٪", 15.0), ("١٢٫٥", 12.5), ("−3", -3.0),
])
def test_numbers(text, expected):
    assert parse_numbers(pd.Series([text])).values[0] == pytest.approx(expected)


def test_dot_thousands_only_when_unambiguous():
    assert list(parse_numbers(pd.Series(["1.234.567", "2.000.000"])).values) == \
        [1234567.0, 2000000.0]
    assert list(parse_numbers(pd.Series(["1.500", "2.25"])).values) == [1.5, 2.25]
    assert list(parse_numbers(pd.Series(["1.234,50", "99,5"])).values) == [1234.5, 99.5]
    bad = parse_numbers(pd.Series(["abc", "", "12"]))
    assert list(bad.bad) == [True, False, False] and list(bad.empty) == [False, True, False]


def test_date_orders_detected_from_data():
    d = parse_dates(pd.Series(["13/01/2020 10:00", "02/03/2020"]))
    assert d.order == "day-first" and not d.ambiguous
    assert list(d.values.astype("datetime64[D]").astype(str)) == ["2020-01-13", "2020-03-02"]
    m = parse_dates(pd.Series(["01/13/2020", "03/02/2020 4:05 PM"]))
    assert m.order == "month-first"
    assert str(m.values[1]) == "2020-03-02T16:05:00.000000000"
    assert parse_dates(pd.Series(["19970101", "19980630"])).order == "yyyymmdd"
    assert parse_dates(pd.Series(["2024-03-20T10:00:00Z"])).order == "iso"
    x = parse_dates(pd.Series([40513.35, 40514.0]))
    assert x.order == "excel-serial" and str(x.values[0])[:16] == "2010-12-01T08:24"


def test_jalali_strings_with_persian_digits_and_time():
    d = parse_dates(pd.Series(["1403/05/12", "۱۴۰۳/۰۵/۱۲ ۱۴:۳۰", "1403-12-30", "1403/07/31"]))
    assert d.order == "jalali"
    g = jdatetime.date(1403, 5, 12).togregorian()
    assert d.values[0] == np.datetime64(g)
    assert d.values[1] == np.datetime64(dt.datetime.combine(g, dt.time(14, 30)))
    assert list(d.bad) == [False, False, False, True]  # Mehr 31 does not exist


def test_header_names_in_three_languages():
    assert header_role("Customer ID")[0] == "customer_id"
    assert header_role("شناسه مشتری")[0] == "customer_id"
    assert header_role("رقم العميل")[0] == "customer_id"
    assert header_role("InvoiceDate")[0] == "order_ts"
    assert header_role("تاریخ سفارش")[0] == "order_ts"
    assert header_role("المبلغ")[0] == "revenue"
    assert header_role("مبلغ کل (تومان)")[0] == "revenue"


def test_encodings_detected():
    ar = "رقم الطلب,التاريخ,المبلغ\n".encode("cp1256")
    fr = "Numéro,Date,Montant,Café crème\n".encode("cp1252")
    assert detect_encoding(ar) == "cp1256"
    assert detect_encoding(fr) == "cp1252"
    assert detect_encoding("a,b\n".encode("utf-16")) == "utf-16"
    assert detect_encoding(b"\xef\xbb\xbfa,b\n") == "utf-8-sig"


PERSIAN_CSV = (
    "شماره سفارش,شناسه مشتری,تاریخ سفارش,مبلغ کل,کانال\n"
    "۱۰۱,م-۱,۱۴۰۳/۰۵/۱۲ ۱۰:۳۰,۱۲۰٬۰۰۰ تومان,اینستاگرام\n"
    "۱۰۲,,1403/05/13,85,000 تومان,وب\n"
    "۱۰۳,م-۲,۱۴۰۳/۰۶/۰۱,۴۵۰٬۵۰۰ تومان,وب\n"
    "۱۰۴,م-۱,۱۴۰۳/۱۳/۰۱,۱۰ تومان,وب\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_persian_export_end_to_end(store, tmp_path, encoding):
    text = PERSIAN_CSV.replace("85,000", '"85,000"')
    if encoding == "cp1256":  # what a Windows export holds: Arabic ya/kaf, ASCII digits
        text = text.translate(str.maketrans("یک٬۰۱۲۳۴۵۶۷۸۹", "يك,0123456789"))
        text = text.replace("120,000", '"120,000"').replace("450,500", '"450,500"')
    f = tmp_path / "سفارش‌ها.csv"
    f.write_bytes(text.encode(encoding))
    p = preview([f])
    assert p.mapping["order_ts"] in ("تاریخ سفارش", "تاريخ سفارش") and p.date_order == "jalali"
    s = run_to_completion(import_files(store, [f], ImportOptions()))
    assert s.encoding.replace("-le", "") in (encoding, "utf-8")  # utf-8 ⊂ utf-8 detection
    assert s.orders_created == 3 and s.guest_rows == 1 and s.rejected_count == 1
    assert "row 5" in s.rejected_first[0]
    rows = store.cursor().execute(
        "SELECT order_id, customer_id, order_ts, revenue, channel FROM orders ORDER BY 1"
    ).fetchall()
    g = jdatetime.datetime(1403, 5, 12, 10, 30).togregorian()
    assert rows[0][:4] == ("101", "م-1", g, 120000.0)
    assert rows[0][4].replace("ي", "ی") == "اینستاگرام"
    assert rows[1][1] is None and rows[1][3] == 85000.0
    assert rows[2][2] == dt.datetime.combine(jdatetime.date(1403, 6, 1).togregorian(),
                                             dt.time())
