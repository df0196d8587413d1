"""Which source column plays which role: by header names (en/fa/ar) and by content."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy/pandas load only when content must be sniffed (lean CLI start)
    import pandas as pd

# Canonical fields per target table; the first tuple holds the required ones.
# ``orders`` also knows the customer's e-mail / phone / name (identity fallbacks: the best
# of customer id -> e-mail -> phone -> name is the customer), an order-level total and a
# refunded amount (see :mod:`retention_desktop.core.importer.money`), a separate
# time-of-day column and a row type (payment / refund / transfer).
TARGET_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "orders": (("order_ts",), ("order_id", "customer_id", "revenue", "quantity", "unit_price",
                               "status", "channel", "campaign", "country", "plan", "product_id",
                               "product_name", "category", "brand", "product_variant",
                               "email", "phone", "name", "order_total", "refund",
                               "adjusted_total", "order_time", "row_type")),
    "customers": (("customer_id",), ("signup_ts", "email", "phone", "name")),
    "activity": (("customer_id", "ts"), ("event",)),
    "assignments": (("customer_id", "experiment", "variant"), ("assigned_ts",)),
    "spend": (("period", "amount"), ("channel",)),
    "survey": (("score",), ("customer_id", "ts", "kind")),
}
TARGETS = tuple(TARGET_FIELDS)

# Header vocabulary per field (en/fa/ar). A header matches a field exactly (0.95) or by
# containing one of its words of 4+ letters (0.7) -- unless it contains one of the
# field's NEGATIVE words (below): "مبلغ تخفیف" holds "مبلغ" but is a discount.
_SYNONYMS: dict[str, list[str]] = {
    "order_id": ["invoice", "invoiceno", "invoicenumber", "invoiceid", "order", "orderid",
                 "ordernumber", "orderno", "ordercode", "transactionid", "transaction",
                 "receipt", "receiptno", "receiptnumber", "documentno", "documentnumber",
                 "billno", "order#", "ordernum", "salesorder", "voucherno",
                 "شماره سفارش", "کد سفارش", "شناسه سفارش", "شماره فاکتور", "فاکتور",
                 "سفارش", "شماره سند", "شماره فاکتور فروش", "سریال فاکتور", "شماره رسید",
                 "کد پیگیری سفارش", "رقم الطلب", "رقم الفاتورة", "الفاتورة", "فاتورة",
                 "معرف الطلب", "الطلب", "رقم المستند", "رقم السند", "رقم الإيصال",
                 "رقم الفاتوره"],
    "customer_id": ["customer", "customerid", "customerno", "customernumber", "customercode",
                    "clientid", "client", "userid", "user", "memberid", "buyerid",
                    "buyeruserid", "accountid", "customeruserid",
                    "شناسه مشتری", "کد مشتری", "شماره مشتری", "مشتری", "کد اشتراک",
                    "شماره اشتراک", "کد طرف حساب", "طرف حساب", "خریدار", "کد خریدار",
                    "رقم العميل", "معرف العميل", "العميل", "كود العميل", "عميل", "رمز العميل"],
    "order_ts": ["invoicedate", "date", "orderdate", "orderdatetime", "datetime", "timestamp",
                 "createdat", "created", "purchasedate", "transactiondate", "orderedat",
                 "saledate", "dateofsale",
                 "تاریخ", "تاریخ سفارش", "تاریخ فاکتور", "تاریخ خرید", "زمان سفارش",
                 "تاریخ سند", "تاریخ فروش", "تاريخ", "تاريخ الطلب", "تاريخ الفاتورة", "التاريخ",
                 "تاريخ البيع"],
    "order_time": ["time", "ordertime", "ساعت", "زمان", "الوقت", "وقت", "ساعة"],
    # money: a line total or an order total (which one is decided from the content).
    "revenue": ["amount", "total", "totalamount", "revenue", "sales", "value", "dollarvalue",
                "netamount", "paid", "totalprice", "ordervalue", "linetotal", "lineamount", "itemtotal",
                "orderlinetotal", "netsales", "gross", "grosssales", "linevalue",
                "مبلغ", "مبلغ کل", "جمع", "جمع کل", "مجموع", "فروش", "مبلغ نهایی",
                "قابل پرداخت", "مبلغ قابل پرداخت", "مبلغ ردیف", "مبلغ کل ردیف", "جمع ردیف",
                "مبلغ خالص", "خالص فروش", "بها", "بهای کل", "المبلغ", "الإجمالي", "المجموع",
                "إجمالي", "القيمة", "المبلغ الإجمالي", "الاجمالي", "إجمالي السطر",
                "صافي المبيعات", "المبلغ الصافي", "القيمة الإجمالية"],
    "order_total": ["ordertotal", "grandtotal", "ordertotalamount",
                    "invoicetotal", "invoiceamount", "totalpaid", "totalorder", "orderamount",
                    "جمع کل فاکتور", "مبلغ کل فاکتور", "مبلغ فاکتور", "مبلغ سفارش",
                    "جمع فاکتور", "جمع کل سفارش", "مبلغ نهایی فاکتور", "قابل پرداخت فاکتور",
                    "إجمالي الفاتورة", "إجمالي الطلب", "مبلغ الطلب", "قيمة الطلب",
                    "المبلغ المستحق"],
    "quantity": ["quantity", "qty", "units", "numberofitems", "items", "pieces", "numberofcds",
                 "lineitemquantity", "itemquantity", "itemssold", "count",
                 "تعداد", "کمیت", "تعداد کالا", "مقدار", "تعداد فروش", "الكمية", "العدد",
                 "عدد", "الكمية المباعة", "كمية"],
    "unit_price": ["price", "unitprice", "priceeach", "itemprice", "rate", "itemcost",
                   "lineitemprice", "unitcost", "sellingprice", "pricepoint",
                   "قیمت", "قیمت واحد", "فی", "مبلغ واحد", "بهای واحد", "فی واحد",
                   "قیمت فروش", "فی فروش", "قیمت هر واحد", "سعر", "سعر الوحدة", "السعر",
                   "سعر القطعة", "سعر البيع", "ثمن الوحدة"],
    "refund": ["refundedamount", "amountrefunded", "refund", "refunds", "refundamount",
               "orderrefundamount", "refundedtotal", "مبلغ مرجوعی", "مبلغ برگشتی",
               "مبلغ استرداد", "برگشت از فروش", "المبلغ المسترد", "قيمة الاسترداد",
               "المسترد"],
    "adjusted_total": ["adjustedordertotal", "adjustedtotal"],
    "row_type": ["transactiontype", "eventtype", "documenttype", "نوع سند", "نوع تراکنش",
                 "نوع فاکتور", "نوع العملية", "نوع المعاملة", "نوع المستند"],
    "status": ["status", "orderstatus", "state", "financialstatus", "paymentstatus",
               "وضعیت", "وضعیت سفارش", "وضعیت پرداخت", "الحالة", "حالة الطلب",
               "حالة الدفع"],
    "channel": ["channel", "source", "saleschannel", "medium", "کانال", "کانال فروش",
                "القناة"],
    "campaign": ["campaign", "utmcampaign", "promo", "کمپین", "الحملة"],
    "country": ["country", "کشور", "البلد", "الدولة"],
    "plan": ["plan", "tier", "subscription", "پلن", "الخطة", "الباقة"],
    # product lines (line-item exports): the SKU / code, the name as displayed, and the
    # optional category / brand / variant of the line (kept in ``line_items``)
    "product_id": ["stockcode", "sku", "productid", "productcode", "itemcode", "itemsku",
                   "lineitemsku", "variantsku", "articlenumber", "articleno", "barcode",
                   "productsku", "itemid", "itemno",
                   "کد کالا", "کد محصول", "شناسه کالا", "شناسه محصول", "بارکد", "کد کالای",
                   "رمز المنتج", "كود الصنف", "كود المنتج", "رقم الصنف", "معرف المنتج",
                   "الباركود", "رمز الصنف"],
    "product_name": ["product", "productname", "description", "itemname", "itemtitle",
                     "lineitemname", "productdescription", "itemdescription", "producttitle",
                     "article", "goods",
                     "کالا", "نام کالا", "شرح کالا", "شرح", "محصول", "نام محصول", "شرح محصول",
                     "عنوان کالا", "عنوان محصول", "کالا/خدمات", "المنتج", "اسم المنتج",
                     "الصنف", "اسم الصنف", "الوصف", "وصف المنتج", "البيان"],
    "category": ["category", "productcategory", "itemcategory", "producttype", "department",
                 "collection", "دسته بندی", "دسته‌بندی", "دسته", "گروه کالا", "گروه کالایی",
                 "دسته کالا", "نوع کالا", "الفئة", "التصنيف", "فئة المنتج", "القسم"],
    "brand": ["brand", "vendor", "manufacturer", "make", "brandname", "برند", "نام تجاری",
              "مارک", "سازنده", "تولیدکننده", "العلامة التجارية", "الماركة", "الشركة المصنعة"],
    "product_variant": ["variant", "variation", "variations", "lineitemvariant", "variantname",
                        "variantitle", "varianttitle", "itemvariation", "option", "size",
                        "color", "colour", "تنوع", "رنگ", "سایز", "اندازه", "مدل",
                        "المقاس", "اللون", "الحجم", "الطراز"],
    "signup_ts": ["signupdate", "signup", "registered", "registrationdate", "joined",
                  "joindate", "تاریخ عضویت", "تاریخ ثبت نام", "تاريخ التسجيل"],
    "email": ["email", "emailaddress", "mail", "customeremail", "billingemail", "emailbilling",
              "fromemailaddress", "buyeremail", "ایمیل", "پست الکترونیک", "رایانامه",
              "البريد الإلكتروني", "البريد الالكتروني", "الإيميل"],
    "phone": ["phone", "mobile", "tel", "telephone", "phonenumber", "billingphone",
              "phonebilling", "contactphonenumber", "mobilenumber", "cellphone",
              "تلفن", "موبایل", "شماره موبایل", "شماره تلفن", "شماره همراه", "همراه",
              "تلفن همراه", "الهاتف", "الجوال", "رقم الجوال", "رقم الهاتف", "الموبايل",
              "جوال"],
    "name": ["name", "customername", "fullname", "buyername", "billingname", "buyer",
             "نام", "نام مشتری", "نام خریدار", "نام و نام خانوادگی", "نام طرف حساب",
             "الاسم", "اسم العميل", "الاسم الكامل", "اسم المشتري"],
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

# Words that must NOT match a field even when one of its words is in the header.
_MONEY_NOT = ["discount", "coupon", "tax", "vat", "shipping", "delivery", "freight", "fee",
              "tip", "handling", "insurance", "balance", "outstanding", "compareat",
              "converted", "duties", "deposit", "commission",
              "تخفیف", "مالیات", "عوارض", "ارزش افزوده", "ارسال", "حمل", "پست", "کارمزد",
              "پورسانت", "مانده", "بیعانه", "انعام", "بسته بندی",
              "خصم", "الخصم", "ضريبة", "الضريبة", "شحن", "الشحن", "توصيل", "رسوم", "عمولة",
              "الرصيد", "تخفيض", "بقشيش"]
_NOT = {
    "revenue": _MONEY_NOT + ["subtotal", "جمع جزء", "paidat", "date", "تاریخ", "تاريخ", "refund", "مرجوع", "برگشت", "استرداد", "مسترد", "unit", "each",
                             "واحد", "الوحدة", "adjusted", "count", "number", "qty", "quantity",
                             "تعداد", "عدد"],
    "order_total": _MONEY_NOT + ["subtotal", "جمع جزء", "refund", "مرجوع", "برگشت", "مسترد", "adjusted", "line",
                                 "ردیف"],
    "unit_price": _MONEY_NOT + ["total", "جمع", "کل", "إجمالي", "اجمالي", "الإجمالي",
                                "point name", "pricepointname"],
    "refund": ["date", "تاریخ", "تاريخ", "qty", "quantity", "reason", "علت", "سبب"],
    "quantity": ["price", "قیمت", "سعر", "مبلغ", "amount", "refunded", "discount", "تخفیف"],
    "customer_id": ["name", "نام", "اسم", "الاسم", "note", "comment", "email", "mail",
                    "phone", "mobile", "type", "address", "description", "ایمیل", "تلفن",
                    "موبایل", "نوع", "آدرس", "توضیح", "الهاتف", "الجوال", "البريد", "عنوان",
                    "ملاحظ", "country", "city", "کشور", "شهر", "reference", "since", "group"],
    "order_id": ["date", "status", "note", "total", "amount", "تاریخ", "وضعیت", "مبلغ", "جمع",
                 "تاريخ", "الحالة", "المبلغ", "type", "نوع", "currency", "tax", "shipping",
                 "discount", "refund", "line", "item", "customer", "مشتری", "العميل", "count",
                 "reference", "ref", "value", "net"],
    "name": ["product", "item", "lineitem", "shipping", "company", "کالا", "محصول", "المنتج",
             "الصنف", "pricepoint", "tax", "discount", "method", "file", "first", "last",
             "store", "location", "shop", "sheet", "user"],
    "email": ["toemail", "receiver", "seller", "گیرنده"],
    "phone": ["shipping"],
    "order_ts": ["paid", "shipped", "fulfilled", "cancelled", "refunded", "signup", "birth",
                 "due", "تحویل", "ارسال"],
    "status": ["fulfillment", "address", "shipping", "ship", "billing", "statecode", "province",
               "dispute", "ارسال"],
    "product_id": ["quantity", "qty", "price", "requires", "taxable", "discount", "fulfillment",
                   "order", "invoice", "customer", "تعداد", "قیمت", "مبلغ", "سعر", "الكمية",
                   "سفارش", "فاکتور", "مشتری", "الطلب", "الفاتورة", "العميل", "line", "ردیف"],
    "product_name": ["quantity", "qty", "price", "requires", "taxable", "discount",
                     "fulfillment", "count", "sold", "total", "amount", "customer", "order",
                     "تعداد", "قیمت", "مبلغ", "سعر", "الكمية", "مشتری", "جمع", "المبلغ",
                     "کد", "code", "sku", "id", "number", "رمز", "كود", "رقم", "شناسه",
                     "note", "comment", "ملاحظ", "توضیح"],
    "category": ["customer", "مشتری", "العميل", "price", "قیمت", "سعر", "id", "کد", "كود"],
    "brand": ["price", "قیمت", "سعر", "id", "کد", "كود"],
    "product_variant": ["price", "قیمت", "سعر", "id", "sku", "کد", "كود", "quantity", "تعداد",
                        "experiment", "test", "آزمایش"],
}

_ARABIC_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا",
                              "آ": "ا", "ۀ": "ه", "\u200c": "", "\u200f": "", "\u200e": ""})


def fold(header: str) -> str:
    """Header reduced for matching: lower case, no spaces/punctuation, Arabic letters folded."""
    text = str(header).translate(_ARABIC_FOLD).lower()
    return re.sub(r"[\s_\-.#:/()\[\]]+", "", text)


_FOLDED = {field: [fold(s) for s in syns] for field, syns in _SYNONYMS.items()}
_FOLDED_NOT = {field: [fold(s) for s in words] for field, words in _NOT.items()}


def _excluded(h: str, field: str) -> bool:
    """Whether folded header ``h`` holds a word that rules ``field`` out."""
    return any(w and w in h for w in _FOLDED_NOT.get(field, ()))


# Units and qualifiers in brackets ("فی (ریال)", "Email (Billing)", "Created (UTC)") and
# currency words do not change what a column is.
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_UNIT_WORDS = re.compile(r"(ریال|تومان|﷼|rials?|tomans?|usd|eur|gbp|aed|sar|irr|irt|\$|€|£|"
                         r"ر\.?س|د\.?إ|درهم|دينار|ريال|به|بال)$")


def _forms(header: str) -> list[str]:
    """Folded header, and the same without brackets and a trailing currency word."""
    full = fold(header)
    core = fold(_BRACKETS.sub(" ", str(header)))
    core = _UNIT_WORDS.sub("", core) if len(_UNIT_WORDS.sub("", core)) >= 2 else core
    return [full] + ([core] if core and core != full else [])


def header_role(header: str, fields: tuple[str, ...] | None = None) -> tuple[str | None, float]:
    """Best field for a header name and a confidence (0.95 exact, 0.7 partial, 0.6 weak).

    An exact match always counts; a partial match (the header contains a field word of 4+
    letters) is refused when the header also holds one of the field's negative words, so
    "Discount Amount" is not an amount and "Customer Note" not a customer. A subtotal is
    money only when nothing better is there (0.6).
    """
    forms = [h for h in _forms(header) if h]
    if not forms:
        return None, 0.0
    candidates = fields or tuple(_FOLDED)
    for h in forms:
        for field in candidates:
            if h in _FOLDED.get(field, ()):
                return field, 0.95
    best, best_len = None, 0
    for h in forms:
        for field in candidates:
            if _excluded(h, field):
                continue
            for syn in _FOLDED.get(field, ()):
                if len(syn) >= 4 and syn in h and len(syn) > best_len:
                    best, best_len = field, len(syn)
    if best:
        return best, 0.7
    if "revenue" in candidates and any(("subtotal" in h or "جمعجزء" in h)
                                       and not _excluded(h.replace("subtotal", ""), "revenue")
                                       for h in forms):
        return "revenue", 0.6
    return None, 0.0


def is_never_revenue(header: str) -> bool:
    """Discount / tax / shipping / fee columns: kept as columns, never taken as money."""
    return _excluded(fold(header), "order_total")


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
    if target == "orders" and "order_time" in taken and "order_ts" not in taken:
        col = next(c for c, g in guesses.items() if g.field == "order_time")
        guesses[col] = RoleGuess(col, "order_ts", guesses[col].confidence, guesses[col].how)
    return [guesses.get(c, RoleGuess(c, None, 0.0, "")) for c in frame.columns]


def guess_target(headers: list[str]) -> str:
    """Which table a file is meant for, from its headers (orders unless clearly else)."""
    hits = {h: header_role(h)[0] for h in headers}
    found = set(hits.values())
    if "product_variant" in found:  # "variant" is also an experiment's arm
        found.add("variant")
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
