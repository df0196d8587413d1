"""Which source column plays which role: by header names (en/fa/ar) and by content."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy/pandas load only when content must be sniffed (lean CLI start)
    import pandas as pd

# Canonical fields per target table; the first tuple holds the required ones.
TARGET_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "orders": (("order_ts",), ("order_id", "customer_id", "revenue", "quantity", "unit_price",
                               "status", "channel", "campaign", "country", "plan", "product")),
    "customers": (("customer_id",), ("signup_ts", "email", "phone", "name")),
    "activity": (("customer_id", "ts"), ("event",)),
    "assignments": (("customer_id", "experiment", "variant"), ("assigned_ts",)),
    "spend": (("period", "amount"), ("channel",)),
    "survey": (("score",), ("customer_id", "ts", "kind")),
}
TARGETS = tuple(TARGET_FIELDS)

_SYNONYMS: dict[str, list[str]] = {
    "order_id": ["invoice", "invoiceno", "invoicenumber", "invoiceid", "order", "orderid",
                 "ordernumber", "orderno", "ordercode", "transactionid", "transaction",
                 "receipt", "receiptno", "documentno", "billno", "شماره سفارش", "کد سفارش",
                 "شناسه سفارش", "شماره فاکتور", "فاکتور", "سفارش", "رقم الطلب",
                 "رقم الفاتورة", "الفاتورة", "فاتورة", "معرف الطلب", "الطلب"],
    "customer_id": ["customer", "customerid", "customerno", "customernumber", "customercode",
                    "clientid", "client", "userid", "user", "memberid", "buyerid", "accountid",
                    "شناسه مشتری", "کد مشتری", "شماره مشتری", "مشتری", "رقم العميل",
                    "معرف العميل", "العميل", "كود العميل", "عميل"],
    "order_ts": ["invoicedate", "date", "orderdate", "orderdatetime", "datetime", "timestamp",
                 "createdat", "created", "purchasedate", "transactiondate", "time", "orderedat",
                 "تاریخ", "تاریخ سفارش", "تاریخ فاکتور", "تاریخ خرید", "زمان", "زمان سفارش",
                 "تاريخ", "تاريخ الطلب", "تاريخ الفاتورة", "التاريخ"],
    "revenue": ["amount", "total", "totalamount", "ordertotal", "grandtotal", "revenue",
                "sales", "value", "ordervalue", "dollarvalue", "netamount", "paid", "subtotal",
                "totalprice", "linetotal", "lineamount", "مبلغ", "مبلغ کل", "جمع", "جمع کل",
                "مبلغ سفارش", "مبلغ فاکتور", "مجموع", "فروش", "المبلغ", "الإجمالي", "المجموع",
                "إجمالي", "القيمة", "مبلغ الطلب"],
    "quantity": ["quantity", "qty", "units", "numberofitems", "items", "pieces", "numberofcds",
                 "تعداد", "کمیت", "تعداد کالا", "الكمية", "العدد", "عدد"],
    "unit_price": ["price", "unitprice", "priceeach", "itemprice", "rate", "قیمت",
                   "قیمت واحد", "فی", "سعر", "سعر الوحدة", "السعر"],
    "status": ["status", "orderstatus", "state", "وضعیت", "وضعیت سفارش", "الحالة",
               "حالة الطلب"],
    "channel": ["channel", "source", "saleschannel", "medium", "کانال", "کانال فروش",
                "القناة"],
    "campaign": ["campaign", "utmcampaign", "promo", "کمپین", "الحملة"],
    "country": ["country", "کشور", "البلد", "الدولة"],
    "plan": ["plan", "tier", "subscription", "پلن", "الخطة", "الباقة"],
    "product": ["stockcode", "sku", "productid", "product", "productcode", "itemcode",
                "description", "itemname", "productname", "کالا", "کد کالا", "محصول",
                "نام کالا", "المنتج", "رمز المنتج", "اسم المنتج"],
    "signup_ts": ["signupdate", "signup", "registered", "registrationdate", "joined",
                  "joindate", "تاریخ عضویت", "تاریخ ثبت نام", "تاريخ التسجيل"],
    "email": ["email", "emailaddress", "mail", "ایمیل", "البريد الإلكتروني"],
    "phone": ["phone", "mobile", "tel", "telephone", "تلفن", "موبایل", "الهاتف", "الجوال"],
    "name": ["name", "customername", "fullname", "نام", "نام مشتری", "الاسم", "اسم العميل"],
    "ts": ["date", "timestamp", "time", "datetime", "ts", "eventtime", "تاریخ", "تاريخ"],
    "event": ["event", "action", "activity", "eventtype", "رویداد", "الحدث"],
    "experiment": ["experiment", "test", "abtest", "آزمایش", "التجربة"],
    "variant": ["variant", "group", "arm", "version", "bucket", "گروه", "المجموعة"],
    "assigned_ts": ["assignedat", "assigned", "assignedts", "date", "timestamp"],
    "period": ["period", "month", "week", "date", "دوره", "ماه", "الفترة", "الشهر"],
    "amount": ["amount", "spend", "cost", "budget", "هزینه", "التكلفة", "الإنفاق"],
    "score": ["score", "nps", "csat", "rating", "امتیاز", "التقييم"],
    "kind": ["kind", "type", "surveytype"],
}

_ARABIC_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا",
                              "آ": "ا", "ۀ": "ه", "\u200c": "", "\u200f": "", "\u200e": ""})


def fold(header: str) -> str:
    """Header reduced for matching: lower case, no spaces/punctuation, Arabic letters folded."""
    text = str(header).translate(_ARABIC_FOLD).lower()
    return re.sub(r"[\s_\-.#:/()\[\]]+", "", text)


_FOLDED = {field: [fold(s) for s in syns] for field, syns in _SYNONYMS.items()}


def header_role(header: str, fields: tuple[str, ...] | None = None) -> tuple[str | None, float]:
    """Best field for a header name and a confidence (0.95 exact, 0.7 partial)."""
    h = fold(header)
    if not h:
        return None, 0.0
    candidates = fields or tuple(_FOLDED)
    for field in candidates:
        if h in _FOLDED.get(field, ()):
            return field, 0.95
    best, best_len = None, 0
    for field in candidates:
        for syn in _FOLDED.get(field, ()):
            if len(syn) >= 4 and syn in h and len(syn) > best_len:
                best, best_len = field, len(syn)
    return (best, 0.7) if best else (None, 0.0)


# Status words that make an export line a cancellation / a return.
CANCEL_WORDS = {"cancel", "cancelled", "canceled", "void", "voided", "لغو", "لغوشده", "کنسل",
                "کنسلشده", "ملغي", "ملغى", "ملغاة", "إلغاء", "الغاء"}
RETURN_WORDS = {"return", "returned", "refund", "refunded", "مرجوع", "مرجوعی", "برگشتی",
                "برگشت", "استرداد", "مرتجع", "مسترد"}


@dataclass(frozen=True)
class RoleGuess:
    """Detected role of one source column."""

    column: str
    field: str | None
    confidence: float
    how: str  # 'header', 'content', 'saved', 'user' or ''


def _content_kind(values: pd.Series) -> str:
    """'date', 'money', 'int', 'id', 'text' or 'empty' from a sample of a column."""
    import numpy as np

    from retention_desktop.core.importer.values import normalize_text, parse_dates, parse_numbers

    sample = values.dropna().head(500)
    if sample.empty:
        return "empty"
    if sample.map(lambda v: hasattr(v, "year")).all():
        return "date"
    text = normalize_text(sample)
    text = text[text != ""]
    if text.empty:
        return "empty"
    datey = text.str.fullmatch(r"\d{1,4}[/\-.]\d{1,2}[/\-.]\d{1,4}([ T].*)?|(19|20)\d{6}")
    if datey.mean() > 0.9 and parse_dates(text).bad.mean() < 0.1:
        return "date"
    nums = parse_numbers(text)
    if nums.bad.mean() < 0.05:
        v = nums.values[~np.isnan(nums.values)]
        if len(v) and (np.abs(v - np.round(v)) > 1e-9).any():
            return "money"
        if text.str.match(r"0\d").any() or (len(v) and np.median(np.abs(v)) >= 1000):
            return "id"
        return "int"
    return "text"


def guess_roles(frame: pd.DataFrame, target: str, has_header: bool) -> list[RoleGuess]:
    """Role of every column of ``frame`` for ``target`` (one field per column at most)."""
    required, optional = TARGET_FIELDS[target]
    fields = required + optional
    guesses: dict[str, RoleGuess] = {}
    taken: dict[str, float] = {}
    if has_header:
        scored = []
        for col in frame.columns:
            field, conf = header_role(col, fields)
            if field:
                scored.append((conf, -list(frame.columns).index(col), col, field))
        for conf, _, col, field in sorted(scored, reverse=True):
            if field not in taken:
                taken[field] = conf
                guesses[col] = RoleGuess(col, field, conf, "header")
    free = [c for c in frame.columns if c not in guesses]
    kinds: dict[str, str] = {}  # content is sniffed only for columns a field still needs

    def kind_of(col: str) -> str:
        if col not in kinds:
            kinds[col] = _content_kind(frame[col])
        return kinds[col]

    wanted = {"orders": [("order_ts", "date"), ("revenue", "money"), ("customer_id", "id"),
                         ("quantity", "int")],
              "activity": [("ts", "date"), ("customer_id", "id")],
              "survey": [("ts", "date"), ("score", "int")],
              "spend": [("period", "date"), ("amount", "money")],
              "customers": [("customer_id", "id"), ("signup_ts", "date")],
              "assignments": [("assigned_ts", "date")]}[target]
    for field, kind in wanted:
        if field in taken or (has_header and field not in required + ("revenue",)):
            continue
        for col in free:
            if col not in guesses and kind_of(col) == kind:
                guesses[col] = RoleGuess(col, field, 0.5, "content")
                taken[field] = 0.5
                break
    return [guesses.get(c, RoleGuess(c, None, 0.0, "")) for c in frame.columns]


def guess_target(headers: list[str]) -> str:
    """Which table a file is meant for, from its headers (orders unless clearly else)."""
    hits = {h: header_role(h)[0] for h in headers}
    found = set(hits.values())
    if {"experiment", "variant"} <= found:
        return "assignments"
    if "score" in found and "revenue" not in found:
        return "survey"
    if "event" in found and "revenue" not in found:
        return "activity"
    if "amount" in found and not found & {"order_id", "customer_id", "quantity"}:
        return "spend"  # cost / spend / budget columns
    if "signup_ts" in found and not found & {"revenue", "unit_price", "order_id"}:
        return "customers"
    return "orders"
