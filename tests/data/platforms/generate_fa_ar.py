"""Persian and Arabic shop / accounting exports made from the UCI Online Retail sample.

Each layout uses its own header set (the words Iranian and Arab shop platforms and
accounting programs use for the same columns), prices x 10,000 (Rial-like amounts),
Jalali dates and Persian / Arabic-Indic digits where such exports have them. The
invoices, customers and lines are the UCI sample's, so an import must give the English
file's counts and the English money x ``FACTOR``.

``python tests/data/platforms/generate_fa_ar.py OUT_DIR`` writes them.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import jdatetime

UCI = Path(__file__).resolve().parents[1] / "online_retail_excel_sample" / \
    "online_retail_sample.csv"
FACTOR = 10_000
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def uci_rows() -> list[dict]:
    with open(UCI, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        r["ts"] = dt.datetime.strptime(r["INVOICEDATE"], "%d/%m/%Y %H:%M")
        r["qty"] = int(r["QUANTITY"])
        r["price"] = round(float(r["PRICE"]) * FACTOR)  # whole Rials, exact
    return rows


def _jalali(ts: dt.datetime) -> jdatetime.datetime:
    return jdatetime.datetime.fromgregorian(datetime=ts)


def _fa_money(x: int) -> str:
    """۲۵٬۵۰۰ -- Persian digits, Persian thousands separator."""
    return f"{x:,}".replace(",", "٬").translate(FA_DIGITS)


def _phone(customer: str) -> str:
    return f"0912{int(customer):07d}"


def _write(path: Path, header: list[str], rows: list[list], encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", newline="", encoding=encoding) as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def fa_shop_lines(rows: list[dict], folder: Path) -> Path:
    """An Iranian shop's invoice lines (the issue's file): unit price, Jalali + Persian digits."""
    header = ["شماره فاکتور", "کد کالا", "شرح کالا", "تعداد", "تاریخ", "مبلغ واحد",
              "کد مشتری", "کشور"]
    out = [[r["INVOICE"], r["STOCKCODE"], r["DESCRIPTION"], str(r["qty"]).translate(FA_DIGITS),
            _jalali(r["ts"]).strftime("%Y/%m/%d %H:%M").translate(FA_DIGITS),
            _fa_money(r["price"]), r["CUSTOMERID"], r["COUNTRY"]] for r in rows]
    return _write(folder / "fa_shop_invoice_lines.csv", header, out)


def fa_accounting(rows: list[dict], folder: Path) -> Path:
    """Accounting-software sales lines: phone as the only customer key (typed three ways),
    quantity "مقدار", unit price "فی (ریال)", discount and VAT columns, the invoice total
    repeated on every line, date and time in separate columns."""
    header = ["ردیف", "شماره فاکتور", "تاریخ فاکتور", "ساعت", "نام مشتری", "تلفن همراه",
              "کد کالا", "شرح کالا", "مقدار", "فی (ریال)", "مبلغ تخفیف",
              "مالیات بر ارزش افزوده", "جمع کل فاکتور"]
    totals: dict[str, int] = {}
    for r in rows:
        totals[r["INVOICE"]] = totals.get(r["INVOICE"], 0) + r["qty"] * r["price"]
    out = []
    for i, r in enumerate(rows, start=1):
        phone = _phone(r["CUSTOMERID"])
        typed = [phone.translate(FA_DIGITS), f"+98 {phone[1:4]} {phone[4:7]} {phone[7:]}",
                 "0098" + phone[1:]][i % 3]
        j = _jalali(r["ts"])
        out.append([i, r["INVOICE"], j.strftime("%Y/%m/%d"), r["ts"].strftime("%H:%M"),
                    f"مشتری {r['CUSTOMERID']}", typed, r["STOCKCODE"], r["DESCRIPTION"],
                    r["qty"], f"{r['price']:,}", 0 if i % 4 else f"{r['price'] // 10:,}",
                    f"{round(0.09 * r['qty'] * r['price']):,}",
                    f"{totals[r['INVOICE']]:,}"])
    return _write(folder / "fa_accounting_sales.csv", header, out)


def fa_amount_is_unit_price(rows: list[dict], folder: Path) -> Path:
    """A column headed as an amount that really holds the unit price (content check)."""
    header = ["شماره فاکتور", "تاریخ", "کد مشتری", "کالا", "تعداد", "مبلغ (ریال)"]
    out = [[r["INVOICE"], _jalali(r["ts"]).strftime("%Y/%m/%d %H:%M"), r["CUSTOMERID"],
            r["STOCKCODE"], r["qty"], r["price"]] for r in rows]
    return _write(folder / "fa_amount_column_is_unit_price.csv", header, out)


def ar_lines(rows: list[dict], folder: Path) -> Path:
    """Arabic invoice lines with a line total, Arabic-Indic digits throughout."""
    header = ["رقم الفاتورة", "التاريخ", "رقم العميل", "رمز المنتج", "الوصف", "الكمية",
              "سعر الوحدة", "الإجمالي", "البلد"]
    out = [[r["INVOICE"], r["ts"].strftime("%Y/%m/%d %H:%M").translate(AR_DIGITS),
            r["CUSTOMERID"].translate(AR_DIGITS), r["STOCKCODE"], r["DESCRIPTION"],
            str(r["qty"]).translate(AR_DIGITS), str(r["price"]).translate(AR_DIGITS),
            str(r["qty"] * r["price"]).translate(AR_DIGITS), r["COUNTRY"]] for r in rows]
    return _write(folder / "ar_invoice_lines.csv", header, out)


def ar_invoices(rows: list[dict], folder: Path) -> Path:
    """One row per invoice: customer known by mobile number (and name), VAT, shipping and
    discount columns next to the invoice total, day-first dates."""
    header = ["رقم الفاتورة", "تاريخ الفاتورة", "اسم العميل", "رقم الجوال", "عدد الأصناف",
              "الخصم", "ضريبة القيمة المضافة", "رسوم الشحن", "المبلغ الإجمالي"]
    inv: dict[str, dict] = {}
    for r in rows:
        d = inv.setdefault(r["INVOICE"], {"ts": r["ts"], "c": r["CUSTOMERID"], "n": 0, "v": 0})
        d["n"] += r["qty"]
        d["v"] += r["qty"] * r["price"]
    out = [[k, d["ts"].strftime("%d/%m/%Y %H:%M"), f"عميل {d['c']}",
            ("05" + d["c"][-5:] + "123").translate(AR_DIGITS), d["n"], 0,
            round(0.15 * d["v"]), 25000, d["v"]] for k, d in inv.items()]
    return _write(folder / "ar_invoices.csv", header, out, encoding="utf-8")


WRITERS = {"fa_shop_lines": fa_shop_lines, "fa_accounting": fa_accounting,
           "ar_lines": ar_lines, "ar_invoices": ar_invoices}


def write_all(folder: Path) -> dict[str, Path]:
    """Every fa/ar layout (not the unit-price trap) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = uci_rows()
    return {key: write(rows, folder) for key, write in WRITERS.items()}


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "fa_ar_exports")
    for key, path in write_all(out).items():
        print(f"{key:16s} {path}")
    print(fa_amount_is_unit_price(uci_rows(), out))
