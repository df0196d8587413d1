"""Formatting of numbers, money, percentages, dates and periods in en/fa/ar."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pandas as pd
import pytest

from retention_desktop.core import formatting as fmt
from retention_desktop.core.bidi import bidi_formulas, prose_digits
from retention_desktop.core.formatting import LocaleSettings

EN = LocaleSettings.for_language("en")
FA = LocaleSettings.for_language("fa")
AR = LocaleSettings.for_language("ar")
LRM = "\u200e"
ALM, LRI, PDI = "\u061c", "\u2066", "\u2069"


def test_numbers_per_language():
    assert fmt.fmt_number(1234.5, 1, EN) == "1,234.5"
    assert fmt.fmt_number(1234.5, 1, FA) == "۱٬۲۳۴٫۵"
    assert fmt.fmt_number(1234.5, 1, AR) == "١٬٢٣٤٫٥"
    assert fmt.fmt_int(1234567.4, EN) == "1,234,567"
    assert fmt.fmt_int(1234567.4, FA) == "۱٬۲۳۴٬۵۶۷"
    assert fmt.fmt_number(float("nan"), loc=EN) == "—"
    assert fmt.fmt_number(None, loc=FA) == "—"
    assert fmt.fmt_number(-0.001, 2, EN) == "0.00"  # never "-0.00"


def test_negative_numbers_keep_minus_on_the_left_in_rtl():
    assert fmt.fmt_number(-12, loc=EN) == "-12"
    assert fmt.fmt_number(-12, loc=FA) == f"{LRM}-{LRM}۱۲"
    assert fmt.to_latin_digits(fmt.fmt_number(-12, loc=FA)) == "-12"


def test_signed_changes():
    assert fmt.fmt_percent(0.042, 1, EN, signed=True) == "+4.2%"
    assert fmt.fmt_percent(-0.01, 1, EN, signed=True) == "-1.0%"
    assert fmt.fmt_percent(0.0, 1, EN, signed=True) == "0.0%"
    assert fmt.fmt_percent(0.042, 1, FA, signed=True) == f"{ALM}{LRI}{LRM}+{LRM}۴٫۲{PDI}٪{ALM}"


def test_percent_local_sign():
    assert fmt.fmt_percent(0.425, 1, EN) == "42.5%"
    assert fmt.fmt_percent(0.425, 1, FA) == f"{ALM}۴۲٫۵٪{ALM}"
    assert fmt.fmt_percent(0.425, 0, AR) == f"{ALM}٤٢٪{ALM}"
    assert fmt.parse_number(fmt.fmt_percent(-0.425, 1, AR)) == -42.5
    assert fmt.fmt_percent(42.5, 1, EN, ratio=False) == "42.5%"


def test_money_rial_toman_toggle():
    rial = FA.with_(currency="IRR")
    assert fmt.fmt_money(1_234_560, loc=rial) == "۱٬۲۳۴٬۵۶۰\u00a0ریال"
    toman = rial.with_(money_unit="toman")
    assert fmt.fmt_money(1_234_560, loc=toman) == "۱۲۳٬۴۵۶\u00a0تومان"
    # Data recorded in Toman shown as Rial.
    assert fmt.fmt_money(5, loc=FA.with_(currency="تومان", money_unit="rial")) == "۵۰\u00a0ریال"
    # The toggle does nothing for other currencies.
    assert fmt.fmt_money(12.5, loc=EN.with_(currency="USD", money_unit="toman")) == "$12.50"
    assert fmt.fmt_money(-12.5, loc=EN.with_(currency="$")) == "-$12.50"
    assert fmt.fmt_money(2500, loc=EN.with_(currency="EUR")) == "€2,500"
    assert fmt.fmt_money(99.5, loc=AR.with_(currency="SAR")) == "٩٩٫٥٠\u00a0ر.س"
    assert fmt.fmt_money(3, loc=EN.with_(currency="CHF")) == "3.00\u00a0CHF"
    assert fmt.fmt_money(3, loc=EN) == "3.00"


def test_digits_round_trip():
    for loc in (FA, AR):
        text = fmt.to_local_digits("0123456789 Order #A-17", loc)
        assert not any(c in text for c in "0123456789")
        assert "Order #A-" in text
        assert fmt.to_latin_digits(text) == "0123456789 Order #A-17"
    for value in (0, 7, -1234.56, 98765432.1):
        for loc in (EN, FA, AR):
            assert fmt.parse_number(fmt.fmt_number(value, 2, loc), loc) == pytest.approx(value)
    assert fmt.to_latin_digits("۱۴۰۳/۰۱/۰۱") == "1403/01/01"
    assert fmt.to_latin_digits("١٤٤٥") == "1445"


def test_dates_in_both_calendars():
    nowruz = dt.date(2024, 3, 20)
    assert fmt.fmt_date(nowruz, "short", EN) == "2024-03-20"
    assert fmt.fmt_date(nowruz, "medium", EN) == "20 Mar 2024"
    assert fmt.fmt_date(nowruz, "long", EN) == "20 March 2024"
    assert fmt.fmt_date(nowruz, "short", FA) == "۱۴۰۳/۰۱/۰۱"
    assert fmt.fmt_date(nowruz, "medium", FA) == "۱ فروردین ۱۴۰۳"
    assert fmt.fmt_date(dt.date(2024, 3, 19), "medium", FA) == "۲۹ اسفند ۱۴۰۲"
    assert fmt.fmt_date(nowruz, "medium", AR) == "٢٠ مارس ٢٠٢٤"
    assert fmt.fmt_date(nowruz, "medium", AR.with_(calendar="jalali")) == "١ فروردين ١٤٠٣"
    assert fmt.fmt_date(nowruz, "medium", EN.with_(calendar="jalali")) == "1 Farvardin 1403"
    # Every kind of date value is accepted.
    for value in (pd.Timestamp("2024-03-20 13:00"), np.datetime64("2024-03-20"),
                  dt.datetime(2024, 3, 20, 8), "2024-03-20"):
        assert fmt.fmt_date(value, "short", FA) == "۱۴۰۳/۰۱/۰۱"
    assert fmt.fmt_date(pd.NaT, loc=FA) == "—"


def test_periods():
    assert fmt.fmt_period(dt.date(2024, 3, 1), "month", EN) == "March 2024"
    assert fmt.fmt_period(dt.date(2024, 3, 1), "month", EN, short=True) == "Mar 2024"
    assert fmt.fmt_period(dt.date(2024, 3, 20), "month", EN.with_(calendar="jalali")) == "Farvardin 1403"
    assert fmt.fmt_period(dt.date(2024, 3, 20), "month", FA) == "فروردین ۱۴۰۳"
    assert fmt.fmt_period(dt.date(2024, 3, 20), "month", AR.with_(calendar="jalali")) == "فروردين ١٤٠٣"
    assert fmt.fmt_period(dt.date(2024, 4, 1), "quarter", EN) == "Q2 2024"
    assert fmt.fmt_period(dt.date(2024, 6, 21), "quarter", FA) == "تابستان ۱۴۰۳"
    assert fmt.fmt_period(dt.date(2024, 6, 21), "quarter", AR.with_(calendar="jalali")) == "الربع ٢ ١٤٠٣"
    assert fmt.fmt_period(dt.date(2024, 3, 20), "year", FA) == "۱۴۰۳"
    assert fmt.fmt_period(dt.date(2024, 1, 1), "year", EN) == "2024"
    assert fmt.fmt_period(dt.date(2024, 3, 16), "week", EN) == "Week of 16 Mar 2024"
    assert fmt.fmt_period(dt.date(2024, 3, 16), "week", FA, short=True) == "۲۶ اسفند ۱۴۰۲"
    with pytest.raises(ValueError):
        fmt.fmt_period(dt.date(2024, 1, 1), "fortnight", EN)


def test_current_locale_setter():
    previous = fmt.set_locale(FA.with_(currency="IRR", money_unit="toman"))
    try:
        assert fmt.fmt_money(1000) == "۱۰۰\u00a0تومان"
        assert fmt.current_locale().rtl
        assert fmt.month_names()[0] == "فروردین"
    finally:
        fmt.set_locale(previous)
    assert fmt.current_locale() == previous


def test_for_language_defaults_and_overrides():
    assert FA.calendar == "jalali" and FA.digits == "persian"
    assert AR.calendar == "gregorian" and AR.percent_sign == "٪"
    assert LocaleSettings.for_language("de") == EN
    assert LocaleSettings.for_language("fa", digits="latin").digits == "latin"


# ------------------------------------------------------------------ reading direction
def _unmark(text: str) -> str:
    return text.replace(LRI, "<").replace(PDI, ">")


def test_only_the_formula_of_a_persian_definition_is_isolated():
    text = "سفارش داده است در روزی در بازهٔ (t - W، t]"
    assert _unmark(bidi_formulas(text, FA)) == "سفارش داده است در روزی در بازهٔ <(t - W، t]>"
    assert _unmark(bidi_formulas("نرخ نگهداشت (E−N)/S0", FA)) == "نرخ نگهداشت <(E−N)/S0>"
    assert _unmark(bidi_formulas("میانگین ارزش سفارش (AOV)", AR)) == "میانگین ارزش سفارش <(AOV)>"
    # Persian words in brackets and plain numbers are not formulas
    p_value = _unmark(bidi_formulas("هنوز شواهد کافی نیست (p = ۰٫۳۸۴)", FA))
    assert p_value == "هنوز شواهد کافی نیست <(p = ۰٫۳۸۴)>"
    plain = "روزهای میان اولین و دومین سفارش مشتری (میانه، چارک‌ها) در ۹۰ روز"
    assert bidi_formulas(plain, FA) == plain
    # English is untouched; text isolated already is not isolated twice
    assert bidi_formulas("(E - N) / S0", EN) == "(E - N) / S0"
    once = bidi_formulas("نرخ (E−N)/S0", FA)
    assert bidi_formulas(once, FA) == once


def test_numbers_in_translated_words_take_the_chosen_digits_formulas_keep_theirs():
    # a translator's Latin "12" in Arabic prose is written in Arabic-Indic digits ...
    assert prose_digits("القيمة التاريخية لكل عميل (آخر 12 شهرًا)", AR) == \
        "القيمة التاريخية لكل عميل (آخر ١٢ شهرًا)"
    assert prose_digits("(الإعدادات، الافتراضي 30)", AR) == "(الإعدادات، الافتراضي ٣٠)"
    # ... a Persian "۱۲" in Latin digits when the reader chose them (Settings)
    latin_fa = dataclasses.replace(FA, digits="latin")
    assert prose_digits("ارزش تاریخی هر مشتری (۱۲ ماه گذشته)", latin_fa) == \
        "ارزش تاریخی هر مشتری (12 ماه گذشته)"
    # the formula's own digits stay: "= 1" is part of (S0 - R) / S0 = 1 - retention rate
    churn = "(S0 - R) / S0 = 1 - نرخ نگهداشت"
    assert prose_digits(churn, FA) == churn
    assert prose_digits("last 12 months", EN) == "last 12 months"


def test_interval_and_page_numbers_keep_one_order_and_one_digit_system():
    low, high = fmt.fmt_percent(-0.021, 1, FA), fmt.fmt_percent(0.03, 1, FA)
    text = fmt.fmt_range(low, high, FA)
    # each bound is its own isolate: the lower bound comes first in reading order
    assert text.startswith(LRI) and text.index(low) < text.index(high)
    assert fmt.to_latin_digits(text) == "-2٫1٪ – 3٫0٪"
    assert fmt.to_latin_digits(fmt.fmt_page(1, 4, FA)) == "1 / 4"
    assert "1" not in fmt.fmt_page(1, 4, FA) and "۱" in fmt.fmt_page(1, 4, FA)
    assert fmt.fmt_page(2, 3, EN) == "2 / 3"


def test_bidi_formulas_leaves_the_sentences_closing_bracket_outside_the_formula():
    """"(… در ماه k)": only k is the formula; the bracket was opened by the words."""
    from retention_desktop.core.bidi import bidi_formulas
    from retention_desktop.core.formatting import LRI, PDI, LocaleSettings

    for lang, text in (("fa", "نگهداشت کوهورت‌ها (سهم خریداران در ماه k)"),
                       ("ar", "الاحتفاظ حسب الفوج (نسبة من طلبوا في الشهر k)")):
        out = bidi_formulas(text, LocaleSettings(language=lang))
        assert out.endswith(f"{LRI}k{PDI})"), repr(out)
        # a formula that opens its own bracket still keeps both
        assert bidi_formulas("میانگین (AOV)", LocaleSettings(language=lang)).endswith(
            f"{LRI}(AOV){PDI}")
        assert bidi_formulas("(p = 0.05) و", LocaleSettings(language=lang)).startswith(
            f"{LRI}(p = 0.05){PDI}")
