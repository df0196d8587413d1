"""The one place that turns numbers, money, percentages, dates and periods into text (Qt-free).

Every screen, chart axis, export and printed report formats through this module so that
digits (Latin, Persian ``۰-۹`` or Arabic-Indic ``٠-٩``), separators (``٬`` ``٫`` in
Persian and Arabic), the percent sign (``٪``), the currency (with the Rial <-> Toman
display toggle) and the calendar (Gregorian or Jalali) are the same everywhere.

Usage
-----
>>> from retention_desktop.core import formatting as fmt
>>> fmt.set_locale(fmt.LocaleSettings.for_language("fa", currency="IRR", money_unit="toman"))
>>> fmt.fmt_money(1_234_560)          # '۱۲۳٬۴۵۶ تومان'
>>> fmt.fmt_period("2024-03-20", "month")  # 'فروردین ۱۴۰۳'

All functions accept an explicit ``loc=`` to format for another locale (e.g. the report
language) without touching the current one. The UI calls :func:`set_locale` when the
user changes language, digits, currency or calendar.
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass, replace
from typing import Any, Literal

from retention_desktop.core.calendar import gregorian_to_jalali

Language = Literal["en", "fa", "ar"]
Digits = Literal["latin", "persian", "arabic"]
CalendarName = Literal["gregorian", "jalali"]
MoneyUnit = Literal["as_is", "rial", "toman"]

LANGUAGES: tuple[str, ...] = ("en", "fa", "ar")
RTL_LANGUAGES = frozenset({"fa", "ar"})

_DIGITS = {
    "latin": "0123456789",
    "persian": "۰۱۲۳۴۵۶۷۸۹",
    "arabic": "٠١٢٣٤٥٦٧٨٩",
}
# Everything that may come back from a user or a file: Persian, Arabic-Indic, Latin digits,
# local separators and invisible bidi marks.
_TO_LATIN = str.maketrans({**{c: str(i) for i, c in enumerate(_DIGITS["persian"])},
                           **{c: str(i) for i, c in enumerate(_DIGITS["arabic"])}})
_BIDI_MARKS = "\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"
# Left-to-right marks around the minus keep "-12" reading as one number inside RTL text.
_LRM = "\u200e"
# Left-to-right isolate ... pop directional isolate: a formula or a number inside RTL text.
LRI, PDI = "\u2066", "\u2069"
# Arabic letter marks around a "٪" percentage. Without them the sign moves: Arabic-Indic
# digits (and Persian digits after Persian words) do not pull "٪" into their run, so it
# lands left of the number in a right-to-left line and right of it when the number stands
# alone or in a left-to-right cell. With a strong right-to-left mark on both sides (as
# CLDR writes Arabic percentages) it sits at the reading end, left of the digits, everywhere.
_ALM = "\u061c"

_GREG_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fa": ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر",
           "اکتبر", "نوامبر", "دسامبر"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"),
}
_JALALI_MONTHS = {
    "en": ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr",
           "Aban", "Azar", "Dey", "Bahman", "Esfand"),
    "fa": ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
           "دی", "بهمن", "اسفند"),
    "ar": ("فروردين", "أرديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "آبان", "آذر",
           "دي", "بهمن", "إسفند"),
}
# Jalali quarters from Farvardin are exactly the four seasons; Persian readers name them so.
_SEASONS_FA = ("بهار", "تابستان", "پاییز", "زمستان")
_QUARTER_WORD = {"en": "Q{q} {y}", "fa": "سه‌ماهه {q} {y}", "ar": "الربع {q} {y}"}
_WEEK_WORD = {"en": "Week of {d}", "fa": "هفتهٔ {d}", "ar": "أسبوع {d}"}

# Currency aliases -> canonical code; display names per language.
_RIAL_ALIASES = {"irr", "rial", "rials", "ریال", "ريال"}
_TOMAN_ALIASES = {"irt", "toman", "tomans", "تومان", "تومن"}
_CURRENCY_NAMES = {
    "IRR": {"en": "Rial", "fa": "ریال", "ar": "ريال"},
    "IRT": {"en": "Toman", "fa": "تومان", "ar": "تومان"},
    "USD": {"en": "$", "fa": "دلار", "ar": "دولار"},
    "EUR": {"en": "€", "fa": "یورو", "ar": "يورو"},
    "GBP": {"en": "£", "fa": "پوند", "ar": "جنيه"},
    "AED": {"en": "AED", "fa": "درهم", "ar": "د.إ"},
    "SAR": {"en": "SAR", "fa": "ریال سعودی", "ar": "ر.س"},
    "IQD": {"en": "IQD", "fa": "دینار", "ar": "د.ع"},
    "AFN": {"en": "AFN", "fa": "افغانی", "ar": "أفغاني"},
}
_SYMBOL_TO_CODE = {"$": "USD", "€": "EUR", "£": "GBP"}


@dataclass(frozen=True)
class LocaleSettings:
    """How numbers, money and dates are written. Immutable; build with :meth:`for_language`.

    Parameters
    ----------
    language : {'en', 'fa', 'ar'}
        Interface language (month names, words like "Week of").
    digits : {'latin', 'persian', 'arabic'}
        Digit shapes.
    thousands_sep, decimal_sep : str
        Group and decimal separators (Persian/Arabic: ``٬`` and ``٫``).
    percent_sign : str
        ``%`` or ``٪``.
    currency : str
        The data's currency: an ISO code (``IRR``, ``IRT``, ``USD``...), a symbol (``$``)
        or any text. Empty = plain numbers.
    currency_position : {'auto', 'before', 'after'}
        ``auto`` puts one-character symbols before the amount in English, else after.
    money_unit : {'as_is', 'rial', 'toman'}
        Display toggle for Iranian money: 1 Toman = 10 Rial. Only applies when
        ``currency`` is Rial or Toman.
    calendar : {'gregorian', 'jalali'}
        Calendar of displayed dates and periods.
    """

    language: Language = "en"
    digits: Digits = "latin"
    thousands_sep: str = ","
    decimal_sep: str = "."
    percent_sign: str = "%"
    currency: str = ""
    currency_position: Literal["auto", "before", "after"] = "auto"
    money_unit: MoneyUnit = "as_is"
    calendar: CalendarName = "gregorian"

    @classmethod
    def for_language(cls, language: str, **overrides: Any) -> LocaleSettings:
        """Sensible defaults for a language (fa: Persian digits and Jalali; ar: Arabic-Indic).

        Parameters
        ----------
        language : {'en', 'fa', 'ar'}
            Unknown languages fall back to English.
        **overrides
            Any field to change (e.g. ``digits='latin'``, ``currency='IRR'``).
        """
        lang = language if language in LANGUAGES else "en"
        if lang == "fa":
            base = cls("fa", "persian", "٬", "٫", "٪", calendar="jalali")
        elif lang == "ar":
            base = cls("ar", "arabic", "٬", "٫", "٪")
        else:
            base = cls()
        return replace(base, **overrides)

    @property
    def rtl(self) -> bool:
        """True for right-to-left languages."""
        return self.language in RTL_LANGUAGES

    def with_(self, **changes: Any) -> LocaleSettings:
        """A copy with some fields changed."""
        return replace(self, **changes)


class _Current:
    """The locale the UI shows right now (one tiny explicit state object)."""

    locale: LocaleSettings = LocaleSettings()


def current_locale() -> LocaleSettings:
    """The locale used when a function gets no ``loc``."""
    return _Current.locale


def set_locale(loc: LocaleSettings) -> LocaleSettings:
    """Make ``loc`` the current locale; returns the previous one (handy in tests)."""
    previous = _Current.locale
    _Current.locale = loc
    return previous


# ------------------------------------------------------------------ digits
def to_local_digits(text: Any, loc: LocaleSettings | None = None) -> str:
    """Replace Latin digits in ``text`` by the locale's digits."""
    loc = loc or _Current.locale
    text = str(text)
    if loc.digits == "latin":
        return text
    return text.translate(str.maketrans("0123456789", _DIGITS[loc.digits]))


def to_latin_digits(text: Any) -> str:
    """Replace Persian and Arabic-Indic digits by Latin ones and drop bidi marks."""
    out = str(text).translate(_TO_LATIN)
    return "".join(ch for ch in out if ch not in _BIDI_MARKS)


def parse_number(text: str, loc: LocaleSettings | None = None) -> float:
    """Inverse of :func:`fmt_number` (any digits; local or Latin separators).

    Raises
    ------
    ValueError
        If ``text`` is not a number.
    """
    loc = loc or _Current.locale
    s = to_latin_digits(text).strip().replace("\u2212", "-")
    for sep in (loc.thousands_sep, "٬", ",", " ", "\u00a0"):
        if sep and sep != loc.decimal_sep:
            s = s.replace(sep, "")
    s = s.replace(loc.decimal_sep, ".").replace("٫", ".")
    for sign in ("%", "٪"):
        s = s.replace(sign, "")
    return float(s)


# ------------------------------------------------------------------ numbers
def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, NaT, pd.NA-safe enough
    except (TypeError, ValueError):
        return False


def fmt_number(value: Any, decimals: int = 0, loc: LocaleSettings | None = None,
               grouping: bool = True, missing: str = "—", signed: bool = False) -> str:
    """A number with the locale's digits and separators, e.g. ``1,234.5`` / ``۱٬۲۳۴٫۵``.

    Parameters
    ----------
    value : float or int
        ``None``/NaN give ``missing``; infinities give ``∞``.
    decimals : int
        Fixed number of decimals.
    grouping : bool
        Insert thousands separators.
    missing : str
        Text for missing values.
    signed : bool
        Prefix positive values with ``+`` (changes such as ``+4.2``).
    """
    loc = loc or _Current.locale
    if _is_missing(value):
        return missing
    x = float(value)
    if math.isinf(x):
        return ("-" if x < 0 else "") + "∞"
    text = f"{abs(x):,.{decimals}f}" if grouping else f"{abs(x):.{decimals}f}"
    text_latin = text.replace(",", "")
    negative = x < 0 and float(text_latin) != 0.0  # no "-0"
    text = text.translate(str.maketrans({",": "\x00", ".": "\x01"}))
    text = text.replace("\x00", loc.thousands_sep).replace("\x01", loc.decimal_sep)
    text = to_local_digits(text, loc)
    if negative or (signed and x > 0 and float(text_latin) != 0.0):
        sign = "-" if negative else "+"
        text = (_LRM + sign + _LRM if loc.rtl else sign) + text
    return text


def fmt_int(value: Any, loc: LocaleSettings | None = None, missing: str = "—") -> str:
    """A whole number (rounded) with separators, e.g. ``12,345`` / ``۱۲٬۳۴۵``."""
    return fmt_number(value, 0, loc, missing=missing)


def fmt_percent(value: Any, decimals: int = 1, loc: LocaleSettings | None = None,
                ratio: bool = True, missing: str = "—", signed: bool = False) -> str:
    """A percentage with the local sign, e.g. ``42.5%`` / ``۴۲٫۵٪``.

    Parameters
    ----------
    value : float
        A ratio (0.425) when ``ratio`` is true, else already in percent (42.5).
    signed : bool
        Show ``+`` on increases (``+4.2%``).
    """
    loc = loc or _Current.locale
    if _is_missing(value):
        return missing
    pct = float(value) * 100.0 if ratio else float(value)
    number = fmt_number(pct, decimals, loc, signed=signed)
    if loc.percent_sign == "٪" and loc.rtl:
        if _LRM in number:  # a signed number is its own left-to-right unit
            number = LRI + number + PDI
        return _ALM + number + loc.percent_sign + _ALM
    return number + loc.percent_sign


def currency_code(currency: str) -> str:
    """Canonical code for a currency given as code, symbol or name (``'ریال'`` -> ``'IRR'``)."""
    key = currency.strip()
    low = key.lower()
    if low in _RIAL_ALIASES:
        return "IRR"
    if low in _TOMAN_ALIASES:
        return "IRT"
    if key in _SYMBOL_TO_CODE:
        return _SYMBOL_TO_CODE[key]
    return key.upper() if key.isascii() else key


def money_scale(loc: LocaleSettings | None = None) -> tuple[float, str]:
    """Factor applied to stored amounts and the display currency code (Rial <-> Toman)."""
    loc = loc or _Current.locale
    code = currency_code(loc.currency)
    if code == "IRR" and loc.money_unit == "toman":
        return 0.1, "IRT"
    if code == "IRT" and loc.money_unit == "rial":
        return 10.0, "IRR"
    return 1.0, code


def currency_label(loc: LocaleSettings | None = None) -> str:
    """The currency as displayed (after the Rial/Toman toggle), e.g. ``تومان`` or ``$``."""
    loc = loc or _Current.locale
    _, code = money_scale(loc)
    names = _CURRENCY_NAMES.get(code)
    if names:
        return names.get(loc.language, names["en"])
    return loc.currency.strip()


def fmt_money(value: Any, decimals: int | None = None, loc: LocaleSettings | None = None,
              with_currency: bool = True, missing: str = "—") -> str:
    """An amount of money in the display currency, e.g. ``$1,234.50`` / ``۱۲۳٬۴۵۶ تومان``.

    Parameters
    ----------
    value : float
        Amount in the data's currency (``loc.currency``); converted for display by the
        Rial/Toman toggle.
    decimals : int, optional
        Default: 0 for Rial/Toman and amounts of 1000 or more, else 2.
    with_currency : bool
        Add the currency symbol/name.
    """
    loc = loc or _Current.locale
    if _is_missing(value):
        return missing
    factor, code = money_scale(loc)
    amount = float(value) * factor
    if decimals is None:
        decimals = 0 if code in ("IRR", "IRT") or abs(amount) >= 1000 else 2
    text = fmt_number(amount, decimals, loc)
    label = currency_label(loc) if with_currency else ""
    if not label:
        return text
    position = loc.currency_position
    if position == "auto":
        position = "before" if (loc.language == "en" and len(label) == 1) else "after"
    if position == "before":
        sep = "" if len(label) == 1 else " "
        if text.startswith("-"):
            return "-" + label + sep + text[1:]
        return label + sep + text
    return text + "\u00a0" + label



def excel_money_format(currency: str, loc: LocaleSettings | None = None) -> str:
    """An Excel number format that writes the data's currency with every amount.

    Workbook cells hold the stored amounts, so the unit is the data's own currency (the
    Rial/Toman display toggle does not apply): ``'"$"#,##0.00'``, ``'#,##0 "ریال"'``.
    Returns ``'#,##0.00'`` when the currency is unknown.
    """
    loc = loc or _Current.locale
    code = currency_code(currency) if currency.strip() else ""
    if not code:
        return "#,##0.00"
    names = _CURRENCY_NAMES.get(code)
    label = names.get(loc.language, names["en"]) if names else currency.strip()
    digits = "#,##0" if code in ("IRR", "IRT") else "#,##0.00"
    label = label.replace('"', "")
    if len(label) == 1:  # a symbol: before the amount, as in "$12.50"
        return f'"{label}"{digits}'
    return f'{digits} "{label}"'


# ------------------------------------------------------------------ dates and periods
def _as_date(value: Any) -> _dt.date | None:
    if _is_missing(value):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        return _dt.date.fromisoformat(value[:10])
    # numpy.datetime64 / pandas.Timestamp without importing pandas here
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().date()
    if type(value).__name__ == "datetime64":
        return _dt.date.fromisoformat(str(value.astype("datetime64[D]")))
    raise TypeError(f"not a date: {value!r}")


def _ymd(d: _dt.date, loc: LocaleSettings) -> tuple[int, int, int, tuple[str, ...]]:
    """(year, month, day, month names) in the locale's calendar."""
    lang = loc.language if loc.language in LANGUAGES else "en"
    if loc.calendar == "jalali":
        jy, jm, jd = gregorian_to_jalali(d)
        return jy, jm, jd, _JALALI_MONTHS[lang]
    return d.year, d.month, d.day, _GREG_MONTHS[lang]


def fmt_date(value: Any, style: Literal["short", "medium", "long"] = "medium",
             loc: LocaleSettings | None = None, missing: str = "—") -> str:
    """A date in the locale's calendar and digits.

    Parameters
    ----------
    value : date-like
        ``date``, ``datetime``, ``pandas.Timestamp``, ``numpy.datetime64`` or ISO text.
    style : {'short', 'medium', 'long'}
        ``short``: ``2024-03-20`` / ``۱۴۰۳/۰۱/۰۱``; ``medium``: ``20 Mar 2024`` /
        ``۱ فروردین ۱۴۰۳``; ``long``: ``20 March 2024``.
    """
    loc = loc or _Current.locale
    d = _as_date(value)
    if d is None:
        return missing
    y, m, day, names = _ymd(d, loc)
    if style == "short":
        if loc.calendar == "gregorian" and loc.language == "en":
            text = f"{y:04d}-{m:02d}-{day:02d}"
        else:
            text = f"{y:04d}/{m:02d}/{day:02d}"
        return to_local_digits(text, loc)
    name = names[m - 1]
    if style == "medium" and loc.language == "en" and loc.calendar == "gregorian":
        name = name[:3]
    return to_local_digits(f"{day} {name} {y}", loc)


def fmt_month(value: Any, loc: LocaleSettings | None = None, short: bool = False) -> str:
    """The month containing a date, e.g. ``March 2024`` / ``فروردین ۱۴۰۳``."""
    loc = loc or _Current.locale
    d = _as_date(value)
    if d is None:
        return "—"
    y, m, _, names = _ymd(d, loc)
    name = names[m - 1]
    if short and loc.language == "en" and loc.calendar == "gregorian":
        name = name[:3]
    return to_local_digits(f"{name} {y}", loc)


def fmt_period(period_start: Any, grain: str, loc: LocaleSettings | None = None,
               short: bool = False) -> str:
    """Label of the period starting on ``period_start`` (a Gregorian date).

    Parameters
    ----------
    period_start : date-like
        First day of the period, as returned by the engine (for Jalali periods the
        Gregorian date on which the Jalali period starts).
    grain : {'day', 'week', 'month', 'quarter', 'year'}
    short : bool
        Compact form for chart axes and table headers (no "Week of", abbreviated months
        in English).

    Returns
    -------
    str
        e.g. ``March 2024``, ``Q1 2024``, ``Farvardin 1403``, ``بهار ۱۴۰۳`` (a Jalali
        quarter in Persian), ``Week of 18 Mar 2024``.
    """
    loc = loc or _Current.locale
    d = _as_date(period_start)
    if d is None:
        return "—"
    lang = loc.language if loc.language in LANGUAGES else "en"
    if grain == "day":
        return fmt_date(d, "medium", loc)
    if grain == "week":
        text = fmt_date(d, "medium", loc)
        return text if short else _WEEK_WORD[lang].format(d=text)
    if grain == "month":
        return fmt_month(d, loc, short=short)
    y, m, _, _ = _ymd(d, loc)
    if grain == "quarter":
        q = (m - 1) // 3 + 1
        if lang == "fa" and loc.calendar == "jalali":
            return to_local_digits(f"{_SEASONS_FA[q - 1]} {y}", loc)
        return to_local_digits(_QUARTER_WORD[lang].format(q=q, y=y), loc)
    if grain == "year":
        return to_local_digits(str(y), loc)
    raise ValueError(f"unknown grain {grain!r}")


def month_names(loc: LocaleSettings | None = None) -> tuple[str, ...]:
    """The twelve month names of the locale's calendar and language (date pickers)."""
    loc = loc or _Current.locale
    lang = loc.language if loc.language in LANGUAGES else "en"
    return (_JALALI_MONTHS if loc.calendar == "jalali" else _GREG_MONTHS)[lang]


# ------------------------------------------------------------------ reading direction
def fmt_range(low: str, high: str, loc: LocaleSettings | None = None,
              template: str = "{0} – {1}") -> str:
    """An interval of already formatted bounds, read lower bound first in every language.

    In right-to-left text each bound is isolated, so a negative bound (left-to-right marks
    around its minus) cannot pull the dash and the other bound into one left-to-right run
    that would show the upper bound first.

    Parameters
    ----------
    low, high : str
        Formatted bounds.
    template : str
        ``"{0} – {1}"`` or e.g. ``"[{0}, {1}]"``.
    """
    loc = loc or _Current.locale
    if loc.rtl:
        low, high = f"{LRI}{low}{PDI}", f"{LRI}{high}{PDI}"
    return template.format(low, high)


def fmt_page(number: int, total: int, loc: LocaleSettings | None = None) -> str:
    """``3 / 7`` page numbers in the locale's digits (one digit system for both)."""
    loc = loc or _Current.locale
    return fmt_range(fmt_int(number, loc), fmt_int(total, loc), loc, "{0} / {1}")
