"""Header vocabulary per role (en/fa/ar) with the words that must NOT match, customer
identity normalisation, and the general line-item rules on files no layout knows."""

from __future__ import annotations

import pytest

from retention_desktop.core.importer import ImportOptions, import_files, preview
from retention_desktop.core.importer.money import normalise_phone
from retention_desktop.core.importer.roles import TARGET_FIELDS, header_role
from retention_desktop.core.tasks import run_to_completion

ORDER_FIELDS = TARGET_FIELDS["orders"][0] + TARGET_FIELDS["orders"][1]

VOCABULARY = [
    # unit price
    ("فی", "unit_price"), ("فی (ریال)", "unit_price"), ("مبلغ واحد", "unit_price"),
    ("مبلغ واحد (ریال)", "unit_price"), ("قیمت واحد", "unit_price"),
    ("بهای واحد", "unit_price"), ("سعر الوحدة", "unit_price"), ("Lineitem price", "unit_price"),
    ("Item Cost", "unit_price"), ("Unit Price", "unit_price"),
    # line or order total
    ("مبلغ کل", "revenue"), ("جمع کل", "revenue"), ("مبلغ نهایی", "revenue"),
    ("قابل پرداخت", "revenue"), ("الإجمالي", "revenue"), ("Total", "revenue"),
    ("Order Line Total", "revenue"), ("Item Total", "revenue"), ("Net Sales", "revenue"),
    ("جمع کل فاکتور", "order_total"), ("Order Total Amount", "order_total"),
    ("إجمالي الفاتورة", "order_total"), ("Subtotal", "revenue"),  # 0.6: only if nothing else
    # quantity
    ("تعداد", "quantity"), ("مقدار", "quantity"), ("الكمية", "quantity"),
    ("Lineitem quantity", "quantity"), ("Qty", "quantity"),
    # invoice / document number
    ("شماره فاکتور", "order_id"), ("شماره سند", "order_id"), ("رقم الفاتورة", "order_id"),
    ("Order Number", "order_id"), ("Invoice No", "order_id"),
    # customer id vs name vs phone vs e-mail
    ("کد مشتری", "customer_id"), ("رقم العميل", "customer_id"), ("Customer ID", "customer_id"),
    ("نام مشتری", "name"), ("اسم العميل", "name"), ("Billing Name", "name"),
    ("موبایل", "phone"), ("تلفن همراه", "phone"), ("رقم الجوال", "phone"),
    ("Phone (Billing)", "phone"), ("Email (Billing)", "email"), ("Customer Email", "email"),
    # refunds, statuses
    ("Refunded Amount", "refund"), ("Amount Refunded", "refund"), ("مبلغ مرجوعی", "refund"),
    ("Financial Status", "status"), ("وضعیت سفارش", "status"),
    # must NOT match (kept as columns, never money, never the customer)
    ("مبلغ تخفیف", None), ("تخفیف", None), ("مالیات", None), ("مالیات بر ارزش افزوده", None),
    ("هزینه ارسال", None), ("الخصم", None), ("ضريبة القيمة المضافة", None),
    ("رسوم الشحن", None), ("Discount Amount", None), ("Taxes", None), ("Shipping", None),
    ("Fee", None), ("Lineitem compare at price", None), ("Lineitem discount", None),
    ("Customer Note", None), ("Order Shipping", None), ("Order Sales Tax", None),
    ("Outstanding Balance", None), ("Shipping and Handling Amount", None),
    ("Fulfillment Status", None), ("Ship State", None), ("Converted Amount", None),
]


@pytest.mark.parametrize("header,field", VOCABULARY)
def test_header_vocabulary(header, field):
    assert header_role(header, ORDER_FIELDS)[0] == field


def test_subtotal_loses_to_total():
    assert header_role("Subtotal", ORDER_FIELDS)[1] < header_role("Total", ORDER_FIELDS)[1]


@pytest.mark.parametrize("typed", ["09121234567", "+98 912 123 4567", "00989121234567",
                                   "۰۹۱۲ ۱۲۳ ۴۵۶۷", "9121234567", "(+98) 912-123-4567"])
def test_iranian_phone_forms_are_one_number(typed):
    assert normalise_phone(typed) == "09121234567"


def _import(store, path):
    return run_to_completion(import_files(store, [path], ImportOptions()))


def test_unknown_line_item_layout_general_rules(store, tmp_path):
    """Order columns on the first line only, an order total repeated, e-mail / phone as
    the customer, a pending order -- in a layout no recogniser knows."""
    f = tmp_path / "export.csv"
    f.write_text(
        "Invoice No,Date,E-mail,Mobile,Product,Qty,Price,Invoice Total,Status\n"
        "A1,2024-05-01 10:00,Ann@Example.com ,,mug,2,5.00,30.00,paid\n"
        "A1,,,,cap,1,20.00,,\n"
        "A2,2024-05-03 11:00,ann@example.com,,tee,1,12.00,12.00,paid\n"
        "A3,2024-05-04 12:00,,+98 912 000 1111,mug,3,5.00,15.00,paid\n"
        "A3,,,,pen,0,0,,\n"
        "A4,2024-05-05 12:00,,00989120001111,cap,1,20.00,20.00,paid\n"
        "A5,2024-05-06 12:00,bob@example.com,,tee,4,12.00,48.00,pending\n"
        "A6,2024-05-07 12:00,,,tee,1,12.00,12.00,paid\n", encoding="utf-8")
    p = preview([f])
    assert p.mapping["order_total"] == "Invoice Total" and p.layout is None
    assert "once per order" in p.money and "'E-mail'" in p.identity
    s = _import(store, f)
    assert s.rejected_count == 0 and s.fast_path_files == 0
    rows = dict(store.cursor().execute(
        "SELECT order_id, (customer_id, revenue, kind, items) FROM orders").fetchall())
    assert rows == {"A1": ("ann@example.com", 30.0, "order", 3.0),
                    "A2": ("ann@example.com", 12.0, "order", 1.0),
                    "A3": ("09120001111", 15.0, "order", 3.0),
                    "A4": ("09120001111", 20.0, "order", 1.0),
                    "A5": ("bob@example.com", 0.0, "cancel", 4.0),
                    "A6": (None, 12.0, "order", 1.0)}
    assert s.customers == 2 and s.orders_created == 5


def test_plain_order_file_still_takes_the_fast_path(store, tmp_path):
    f = tmp_path / "orders.csv"
    f.write_text("order_id,customer_id,order_date,amount\n"
                 + "".join(f"O{i},C{i % 3},2024-01-{1 + i:02d},{10 + i}.5\n" for i in range(9)))
    assert _import(store, f).fast_path_files == 1


def test_refund_column_in_an_unknown_layout_is_a_return(store, tmp_path):
    """A refunded amount in its own column: the order stays, a return of that amount is
    added; a row that is itself a return (negative, status refunded) stays one document."""
    f = tmp_path / "orders.csv"
    f.write_text("Order ID,Customer ID,Order Date,Total,Refund Amount,Status\n"
                 "1,c1,2024-03-01,100,30,partially refunded\n"
                 "2,c2,2024-03-02,50,0,paid\n"
                 "3,c2,2024-03-03,-20,,refunded\n"
                 "4,c3,2024-03-04,70,0,failed\n", encoding="utf-8")
    s = _import(store, f)
    rows = dict(store.cursor().execute(
        "SELECT order_id, (customer_id, revenue, kind) FROM orders").fetchall())
    assert rows == {"1": ("c1", 100.0, "order"), "1-refund": ("c1", -30.0, "return"),
                    "2": ("c2", 50.0, "order"), "3": ("c2", -20.0, "return"),
                    "4": ("c3", 0.0, "cancel")}
    assert s.customers == 2
    assert _import(store, f).rows_created == 0
