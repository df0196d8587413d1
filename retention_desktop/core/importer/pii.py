"""Which staged columns hold personal data: e-mail addresses, phone numbers, names.

With pseudonymisation on, every such column is hashed on import (see
:func:`retention_desktop.core.store.pseudonym.pseudonymise_table`), not only the
columns the importer maps to ``email``/``phone``: an order export's extra ``E-mail``,
``Mobile``, ``موبایل``, ``الجوال`` or ``Billing Name`` column would otherwise be stored
verbatim as a dimension. A column counts when its header says so (English, Persian,
Arabic words) or when its values are e-mail addresses or phone numbers; person names
cannot be told from their values, so names are recognised by header only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_EMAIL_WORDS = {"email", "mail", "emailaddress", "mailaddress", "ایمیل", "ايميل", "رایانامه",
                "پست الکترونیک", "پست الکترونیکی", "بريد", "البريد", "البريد الإلكتروني",
                "البريد الالكتروني", "بريد إلكتروني", "بريد الكتروني", "الايميل", "الإيميل"}
_PHONE_WORDS = {"phone", "mobile", "tel", "telephone", "cell", "cellphone", "phonenumber",
                "mobilenumber", "telno", "phoneno", "mobileno", "msisdn", "whatsapp", "fax",
                "تلفن", "موبایل", "موبايل", "همراه", "شماره تماس", "تماس", "شماره همراه",
                "شماره موبایل", "تلفن همراه", "الهاتف", "هاتف", "الجوال", "جوال", "المحمول",
                "رقم الهاتف", "رقم الجوال", "واتساب"}
_NAME_WORDS = {"name", "fullname", "firstname", "lastname", "surname", "forename",
               "givenname", "familyname", "username", "customername", "billingname",
               "shippingname", "contactname", "recipient", "نام", "نام و نام خانوادگی",
               "نام خانوادگی", "نام مشتری", "گیرنده", "الاسم", "اسم", "اسم العميل",
               "الاسم الكامل", "اسم المستلم", "المستلم"}
# "Product name", "نام کالا", "اسم المنتج" … name a thing, not a person
_THING_WORDS = {"product", "item", "article", "sku", "campaign", "channel", "store", "shop",
                "plan", "category", "brand", "country", "city", "region", "state", "file",
                "sheet", "company", "business", "vendor", "supplier", "variant", "color",
                "colour", "size", "event", "experiment", "segment", "source", "page", "domain",
                "کالا", "محصول", "فروشگاه", "کمپین", "کانال", "دسته", "برند", "شهر", "کشور",
                "استان", "شرکت", "المنتج", "منتج", "المتجر", "الحملة", "القناة", "الفئة",
                "المدينة", "الدولة", "الشركة", "الصنف"}
_EMAIL = re.compile(r"^[^@\s<>]{1,64}@[^@\s<>]+\.[^@\s<>]{2,}$")
_PHONE = re.compile(r"^\+?[\d۰-۹٠-٩][\d۰-۹٠-٩ \-().]{6,24}$")
_DIGIT = re.compile(r"[\d۰-۹٠-٩]")


def _words(header: str) -> tuple[str, list[str]]:
    text = header.strip().lower().replace("e-mail", "email").replace("e_mail", "email")
    text = re.sub(r"[\s_\-./:#()\[\]]+", " ", text).strip()
    text = re.sub(r"\d+$", "", text).strip()  # "Phone 2"
    return text, text.split()


def header_kind(header: str) -> str | None:
    """``'email'``, ``'phone'``, ``'name'`` or None from a column header alone."""
    text, words = _words(header)
    joined = text.replace(" ", "")
    for kind, vocab in (("email", _EMAIL_WORDS), ("phone", _PHONE_WORDS)):
        if text in vocab or joined in vocab or any(w in vocab for w in words):
            return kind
    if any(w in _THING_WORDS for w in words):
        return None
    if text in _NAME_WORDS or joined in _NAME_WORDS or any(w in _NAME_WORDS for w in words):
        return "name"
    return None


def value_kind(values: Iterable[object]) -> str | None:
    """``'email'`` or ``'phone'`` when most non-empty values are such (None otherwise)."""
    cells = [str(v).strip() for v in values if v is not None and str(v).strip()][:500]
    if not cells:
        return None
    if sum(1 for c in cells if _EMAIL.match(c)) >= 0.5 * len(cells):
        return "email"
    phones = [c for c in cells if _PHONE.match(c) and 8 <= len(_DIGIT.findall(c)) <= 15]
    # a phone number is written with a leading + or 0; ids and amounts rarely are
    leading = [c for c in phones if c[0] in "+0۰٠("]
    if len(phones) >= 0.8 * len(cells) and len(leading) >= 0.8 * len(phones):
        return "phone"
    return None


def column_kind(header: str, values: Iterable[object]) -> str | None:
    """:func:`header_kind`, else :func:`value_kind`."""
    return header_kind(header) or value_kind(values)
