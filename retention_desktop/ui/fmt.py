"""Number and date formatting for widgets: thin wrappers over ``core/formatting.py``.

Widgets call these short names; digits, separators, percent sign, currency (with the
Rial/Toman toggle) and calendar come from the current locale that ``ui/i18n.setup_i18n``
sets, so a Persian user sees ``۱۲٬۳۴۵`` and ``۱۴۰۳/۰۱/۰۱`` everywhere.
"""

from __future__ import annotations

import math
from typing import Any

from retention_desktop.core import formatting as f


def number(value: Any, decimals: int = 0) -> str:
    """``1,234.5`` / ``۱٬۲۳۴٫۵``; an em dash for missing values."""
    return f.fmt_number(value, decimals)


def integer(value: Any) -> str:
    """A whole number with thousands separators."""
    return f.fmt_int(value)


def percent(value: Any, decimals: int = 1) -> str:
    """A 0..1 ratio as a percentage (``42.5%`` / ``۴۲٫۵٪``)."""
    return f.fmt_percent(value, decimals)


def money(value: Any, currency: str = "", decimals: int | None = None) -> str:
    """An amount in the display currency; ``currency`` overrides the locale's (project's)."""
    loc = f.current_locale()
    if currency and not loc.currency:
        loc = loc.with_(currency=currency)
    return f.fmt_money(value, decimals, loc=loc)


def signed_percent(value: Any, decimals: int = 1) -> str:
    """A change like ``+4.2%`` / ``-1.0%``."""
    return f.fmt_percent(value, decimals, signed=True)


def signed_points(value: Any, decimals: int = 1) -> str:
    """A change of a rate in percentage points: 0.012 -> ``+1.2`` (the caller adds "pts").

    In fa/ar a signed number is isolated (LRI…PDI): it stays one unit with its sign, and
    the words around it ("واحد درصد") keep reading right to left. Without the isolate the
    left-to-right marks around the sign detach the minus (Arabic) or turn the whole line
    left to right (Persian).
    """
    text = f.fmt_number(None if value is None else value * 100, decimals, signed=True)
    if f.current_locale().rtl and text[:1] in ("\u200e", "+", "-"):
        return f.LRI + text + f.PDI
    return text


def point_decimals(value: Any, digits: int = 2) -> int:
    """Decimals that show a rate difference (a ratio) in points with ``digits`` significant
    digits when it is small, at least one: 0.03 -> 1 (``3.0``), 0.000014 -> 4 (``0.0014``).

    A bound that is not zero must not print as ``0.0``.
    """
    try:
        pts = abs(float(value)) * 100
    except (TypeError, ValueError):
        return 1
    if not pts or pts != pts or pts == float("inf"):
        return 1
    return min(8, max(1, digits - 1 - math.floor(math.log10(pts))))


def day(value: Any) -> str:
    """A date in the user's calendar, compact (``2024-03-20`` / ``۱۴۰۳/۰۱/۰۱``)."""
    try:
        return f.fmt_date(value, "short")
    except (TypeError, ValueError):  # not a date after all: show it as it is
        return str(value)


def join(items) -> str:
    """A list joined with the language's comma (``a, b`` / ``a، b``)."""
    return ("، " if f.current_locale().rtl else ", ").join(str(i) for i in items)


def timestamp(value: Any) -> str:
    """A date and time of day (``2024-03-20 14:05`` / ``۱۴۰۳/۰۱/۰۱ ۱۴:۰۵``)."""
    text = str(value) if value is not None else ""
    if len(text) < 16 or text[10] not in " T":
        return day(value)
    return f"{day(text[:10])} {f.to_local_digits(text[11:16])}"


def period(value: Any, grain: str, short: bool = True) -> str:
    """A period label (``Mar 2024`` / ``فروردین ۱۴۰۳``) from its first day.

    Cohorts by a dimension carry a value (``instagram``) instead of a date: shown as is.
    """
    try:
        return f.fmt_period(value, grain, short=short)
    except (TypeError, ValueError):
        return str(value)


def by_unit(value: Any, unit: str, currency: str = "") -> str:
    """Format by a definition card's unit (rate, money, count, days, ratio, score)."""
    if unit == "rate":
        return percent(value)
    if unit == "money":
        return money(value, currency)
    if unit == "count":
        return integer(value)
    if unit == "days":
        return number(value, 1)
    if unit == "score":
        return number(value, 0)
    return number(value, 2)
