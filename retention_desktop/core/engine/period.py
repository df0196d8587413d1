"""The reporting period as a value: a preset ("last 90 days") or a custom range.

A preset is kept as what the user chose, not as the dates it meant on the day it was
chosen: after an import adds a month of orders, "last 90 days" must move with the data,
and a saved segment called "last quarter" must mean the last quarter of the data it is
applied to. :func:`resolve` is the one place that turns a preset into dates, against the
data's last day and the project's calendar (a Jalali project's "last year" is the last
Jalali year, Farvardin to Esfand). The filter bar, saved segments and the CLI's
``--period`` all call it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from retention_desktop.core.i18n import tr_noop

# The presets in the order the filter bar lists them; "custom" keeps explicit dates.
PRESETS: tuple[str, ...] = (
    "all", "last-30-days", "last-90-days", "last-365-days", "last-month", "last-quarter",
    "last-year", "year-to-date", "custom",
)
# What the filter bar, the active-filters line and the report call each preset.
LABELS: dict[str, str] = {
    "all": tr_noop("All time", "FilterBar"),
    "last-30-days": tr_noop("Last 30 days", "FilterBar"),
    "last-90-days": tr_noop("Last 90 days", "FilterBar"),
    "last-365-days": tr_noop("Last 365 days", "FilterBar"),
    "last-month": tr_noop("Last complete month", "FilterBar"),
    "last-quarter": tr_noop("Last complete quarter", "FilterBar"),
    "last-year": tr_noop("Last complete year", "FilterBar"),
    # counted to the last day of the data, not to today: "to date" read as "until today"
    "year-to-date": tr_noop("This year so far", "FilterBar"),
    "custom": tr_noop("Custom range", "FilterBar"),
}
_LAST_DAYS = re.compile(r"^last-(\d{1,5})-days$")
_GRAINS = {"last-month": "month", "last-quarter": "quarter", "last-year": "year"}


def is_preset(token: str | None) -> bool:
    """Whether ``token`` names a preset :func:`resolve` understands (``last-N-days`` too)."""
    return bool(token) and (token in PRESETS or bool(_LAST_DAYS.match(token)))


def period_bounds(day: date, grain: str, calendar: str = "gregorian") -> tuple[date, date]:
    """First and last day of the month, quarter or year that contains ``day``.

    Jalali quarters are the seasons (three months from Farvardin), as in
    ``core.calendar``'s bucketing.
    """
    if calendar == "jalali":
        # imported here: the CLI's --help lists the presets and must not load numpy
        from retention_desktop.core import calendar as cal

        jy, jm, _jd = cal.gregorian_to_jalali(day)
        first_month = {"month": jm, "quarter": 3 * ((jm - 1) // 3) + 1, "year": 1}[grain]
        last_month = {"month": jm, "quarter": first_month + 2, "year": 12}[grain]
        start = cal.jalali_to_gregorian(jy, first_month, 1)
        end = cal.jalali_to_gregorian(jy, last_month, cal.jalali_month_length(jy, last_month))
        return start, end
    first_month = {"month": day.month, "quarter": 3 * ((day.month - 1) // 3) + 1,
                   "year": 1}[grain]
    last_month = {"month": day.month, "quarter": first_month + 2, "year": 12}[grain]
    start = date(day.year, first_month, 1)
    next_first = date(day.year + (last_month == 12), last_month % 12 + 1, 1)
    return start, next_first - timedelta(days=1)


def last_complete(grain: str, data_end: date, calendar: str = "gregorian") -> tuple[date, date]:
    """The latest whole month/quarter/year that ends on or before ``data_end``.

    Data that ends on 9 December gives November (December is not finished); data that
    ends on 30 November gives November itself.
    """
    start, end = period_bounds(data_end, grain, calendar)
    if end == data_end:
        return start, end
    return period_bounds(start - timedelta(days=1), grain, calendar)


def resolve(token: str | None, data_end: date | None, calendar: str = "gregorian",
            custom: tuple[date | None, date | None] = (None, None)
            ) -> tuple[date | None, date | None]:
    """The inclusive ``(date_from, date_to)`` a period means for data ending on ``data_end``.

    Parameters
    ----------
    token : str or None
        A preset of :data:`PRESETS`, ``last-N-days``, ``"custom"`` or None (all time).
    data_end : date or None
        The last day with orders (presets count back from it); None uses today.
    calendar : {'gregorian', 'jalali'}
        The project's calendar: months, quarters and years are cut in it.
    custom : tuple of date or None
        The explicit range of a ``"custom"`` period (swapped if given backwards).

    Raises
    ------
    ValueError
        For a token that is not a period; the message lists the valid ones.
    """
    end = data_end or date.today()
    if token in (None, "", "all"):
        return None, None
    if token == "custom":
        lo, hi = custom
        return (hi, lo) if lo and hi and lo > hi else (lo, hi)
    match = _LAST_DAYS.match(token)
    if match:
        days = int(match.group(1))
        if days < 1:
            raise ValueError("a period of last-N-days needs N of at least 1")
        return end - timedelta(days=days - 1), end
    if token in _GRAINS:
        return last_complete(_GRAINS[token], end, calendar)
    if token == "year-to-date":
        return period_bounds(end, "year", calendar)[0], end
    raise ValueError(f"unknown period {token!r}; use one of: "
                     + ", ".join(p for p in PRESETS if p != "custom") + ", last-N-days")


def previous_window(token: str | None, start: date, end: date,
                    calendar: str = "gregorian") -> tuple[date, date] | None:
    """The window a preset's own range ``start`` … ``end`` is compared with.

    ``last-N-days``: the N days before; ``last-month``/``-quarter``/``-year``: the whole
    month, quarter or year before (in the project's calendar); ``year-to-date``: the same
    number of days from the first day of the year before (cut at that year's end). None
    for all time, a custom range or no preset: those compare whole periods of the grain
    (:func:`~retention_desktop.core.engine.overview.headline_windows`).
    """
    if not is_preset(token) or token in ("all", "custom"):
        return None
    if token in _GRAINS:
        return period_bounds(start - timedelta(days=1), _GRAINS[token], calendar)
    if token == "year-to-date":
        first, last = period_bounds(start - timedelta(days=1), "year", calendar)
        return first, min(first + (end - start), last)
    days = (end - start).days + 1
    return start - timedelta(days=days), start - timedelta(days=1)
