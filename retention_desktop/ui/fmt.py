"""Number, money, date and period formatting for the UI widgets.

A thin layer over :mod:`retention_desktop.core.formatting` (locale digits, separators,
Jalali dates) so widgets call short names and the project's currency setting is applied
in one place.
"""

from __future__ import annotations

from typing import Any

from retention_desktop.core import formatting


def number(value: Any, decimals: int = 0) -> str:
    """``1,234.5`` (or ``۱٬۲۳۴٫۵``); an em dash for missing values."""
    return formatting.fmt_number(value, decimals)


def integer(value: Any) -> str:
    """A whole number with thousands separators."""
    return formatting.fmt_int(value)


def percent(value: Any, decimals: int = 1) -> str:
    """A 0..1 ratio as a percentage."""
    return formatting.fmt_percent(value, decimals)


def money(value: Any, currency: str = "", decimals: int | None = None) -> str:
    """An amount with the project's currency (``Settings.currency``) when it has one."""
    loc = formatting.current_locale()
    if currency:
        loc = loc.with_(currency=currency)
    return formatting.fmt_money(value, decimals, loc)


def signed_percent(value: Any, decimals: int = 1) -> str:
    """A change like ``+4.2%`` / ``-1.0%``."""
    text = formatting.fmt_percent(value, decimals)
    if text != "—" and float(value) > 0:
        return "+" + text
    return text


def day(value: Any) -> str:
    """A date, short style (``2024-03-20`` / ``۱۴۰۳/۰۱/۰۱``)."""
    return formatting.fmt_date(value, "short")


def period(start: Any, grain: str) -> str:
    """Label of the period starting on ``start`` (engine's ISO period start)."""
    try:
        return formatting.fmt_period(start, grain, short=True)
    except (ValueError, TypeError):
        return str(start)


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
