"""Number and date formatting for the UI (one small place, easy to swap).

The i18n work adds ``retention_desktop.core.formatting`` (locale digits, Jalali dates);
until then these plain functions are the only way widgets format values, so switching
is a change in this module alone.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return isinstance(value, float) and math.isnan(value)
    except TypeError:
        return False


def number(value: Any, decimals: int = 0) -> str:
    """``1,234.5`` style; an em dash for missing values."""
    if _missing(value):
        return "—"
    return f"{float(value):,.{decimals}f}"


def integer(value: Any) -> str:
    """A whole number with thousands separators."""
    if _missing(value):
        return "—"
    return f"{int(round(float(value))):,d}"


def percent(value: Any, decimals: int = 1) -> str:
    """A 0..1 ratio as a percentage."""
    if _missing(value):
        return "—"
    return f"{100.0 * float(value):,.{decimals}f}%"


def money(value: Any, currency: str = "", decimals: int = 2) -> str:
    """An amount with the project's currency symbol (if any)."""
    if _missing(value):
        return "—"
    text = f"{float(value):,.{decimals}f}"
    return f"{currency} {text}".strip() if currency else text


def signed_percent(value: Any, decimals: int = 1) -> str:
    """A change like ``+4.2%`` / ``-1.0%``."""
    if _missing(value):
        return "—"
    return f"{100.0 * float(value):+,.{decimals}f}%"


def day(value: Any) -> str:
    """A date as ISO ``YYYY-MM-DD``."""
    if _missing(value):
        return "—"
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
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
