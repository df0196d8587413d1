"""File layouts: sheets, title rows, delimiters, Excel date cells, Arabic headers."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from retention_desktop.core.importer import ImportOptions, import_files, preview
from retention_desktop.core.tasks import run_to_completion


def _import(store, path, **kw):
    return run_to_completion(import_files(store, [path], ImportOptions(**kw)))


def test_workbook_sheet_choice_and_arabic_headers(store, tmp_path):
    f = tmp_path / "shop.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "ملاحظات"  # empty first sheet
    ws = wb.create_sheet("الطلبات")
    ws.append(["رقم الطلب", "رقم العميل", "تاريخ الطلب", "المبلغ", "البلد"])
    ws.append([1001, 501, dt.datetime(2024, 5, 1, 9, 30), 120.5, "الإمارات"])
    ws.append(["1002", None, dt.datetime(2024, 5, 2), "٣٠٠ د.إ", "السعودية"])
    other = wb.create_sheet("Other")
    other.append(["Order", "Date", "Total"])
    other.append(["X1", "2024-01-01", 5])
    wb.save(f)
    p = preview([f])
    assert p.sheet == "الطلبات" and p.sheets == ("ملاحظات", "الطلبات", "Other")
    assert p.mapping == {"order_id": "رقم الطلب", "customer_id": "رقم العميل",
                         "order_ts": "تاريخ الطلب", "revenue": "المبلغ", "country": "البلد"}
    s = _import(store, f)
    assert s.orders_created == 2 and s.guest_rows == 1
    rows = store.cursor().execute(
        "SELECT order_id, customer_id, order_ts, revenue, country FROM orders ORDER BY 1"
    ).fetchall()
    assert rows == [("1001", "501", dt.datetime(2024, 5, 1, 9, 30), 120.5, "الإمارات"),
                    ("1002", None, dt.datetime(2024, 5, 2), 300.0, "السعودية")]
    s2 = _import(store, f, sheet="Other")
    assert s2.orders_created == 1


def test_title_rows_before_the_header(store, tmp_path):
    f = tmp_path / "report.csv"
    f.write_text("Sales report\nExported 2024-06-01\n\nOrder ID,Date,Total\n"
                 "T1,2024-05-01,10\nT2,2024-05-02,20\n")
    p = preview([f])
    assert p.header_row == 4 and p.columns == ("Order ID", "Date", "Total")
    s = _import(store, f)
    assert s.orders_created == 2 and s.rejected_count == 0
    assert store.cursor().execute(
        "SELECT source_row FROM orders WHERE order_id = 'T2'").fetchone()[0] == 6


@pytest.mark.parametrize("sep,name", [("\t", "x.tsv"), ("|", "x.txt"), (";", "x.csv")])
def test_delimiters(store, tmp_path, sep, name):
    f = tmp_path / name
    rows = [["Order ID", "Customer", "Date", "Total"], ["D1", "a", "03/15/2024", "1,250.00"],
            ["D2", "b", "03/16/2024", "99.90"]]
    f.write_text("\n".join(sep.join(r) for r in rows) + "\n")
    p = preview([f])
    assert p.delimiter == sep and p.date_order == "month-first"
    s = _import(store, f)
    assert s.orders_created == 2
    assert store.cursor().execute("SELECT sum(revenue) FROM orders").fetchone()[0] == \
        pytest.approx(1349.9)


def test_excel_serial_numbers_in_text(store, tmp_path):
    f = tmp_path / "serial.csv"
    f.write_text("Order ID,Order Date,Amount\nS1,45413.5,10\nS2,45414,12\n")
    s = _import(store, f)
    assert s.date_order == "excel-serial"
    assert store.cursor().execute("SELECT min(order_ts) FROM orders").fetchone()[0] == \
        dt.datetime(2024, 5, 1, 12, 0)
