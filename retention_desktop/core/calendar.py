"""Jalali (Solar Hijri) calendar: vectorised conversion and period bucketing (Qt-free).

How it works
------------
The Jalali year starts at Nowruz. For each Jalali year we compute, once, the Gregorian
date of 1 Farvardin with the arithmetic 2820/33-year-cycle "breaks" algorithm (the
well-known one used by most Jalali libraries, valid for Jalali years -61..3177). Every
date conversion is then a ``numpy.searchsorted`` into that small table of Nowruz day
numbers plus the fixed month layout of the Jalali year (months 1-6 have 31 days,
7-11 have 30, Esfand 29 or 30 in a leap year). That is exact and vectorised.

The engine buckets in SQL: :func:`jalali_period_sql` returns a DuckDB expression that
maps a date to the Gregorian DATE on which its Jalali period starts, using a list
literal of Nowruz days indexed by Gregorian year (an O(1) lookup, no join, no
connection state), so ``GROUP BY`` keeps working unchanged.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

#: Jalali years covered by the lookup table (Gregorian 1827 .. 2202).
JY_MIN, JY_MAX = 1206, 1580
#: Gregorian years covered by :func:`jalali_period_sql` (dates outside give NULL).
GY_SQL_MIN, GY_SQL_MAX = 1830, 2200

_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097,
           2192, 2262, 2324, 2394, 2456, 3178)
_EPOCH = _dt.date(1970, 1, 1)
# Day offset of the first day of each Jalali month from 1 Farvardin.
MONTH_OFFSETS = np.array([0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336], dtype=np.int64)
#: Jalali weeks start on Saturday (Python weekday 5).
SATURDAY = 5
GRAINS = ("day", "week", "month", "quarter", "year")


def _tdiv(a: int, b: int) -> int:
    """Integer division truncating toward zero (as the published algorithm assumes)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def _tmod(a: int, b: int) -> int:
    return a - _tdiv(a, b) * b


def _jal_cal(jy: int) -> tuple[bool, int, int]:
    """Leap flag, Gregorian year and March day of Nowruz for Jalali year ``jy``."""
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += _tdiv(jump, 33) * 8 + _tdiv(_tmod(jump, 33), 4)
        jp = jm
    n = jy - jp
    leap_j += _tdiv(n, 33) * 8 + _tdiv(_tmod(n, 33) + 3, 4)
    if _tmod(jump, 33) == 4 and jump - n == 4:
        leap_j += 1
    leap_g = _tdiv(gy, 4) - _tdiv((_tdiv(gy, 100) + 1) * 3, 4) - 150
    march = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + _tdiv(jump + 4, 33) * 33
    leap = _tmod(_tmod(n + 1, 33) - 1, 4)
    if leap == -1:
        leap = 4
    return leap == 0, gy, march


@lru_cache(maxsize=1)
def nowruz_days() -> np.ndarray:
    """Day numbers (days since 1970-01-01) of 1 Farvardin for ``JY_MIN .. JY_MAX + 1``."""
    out = np.empty(JY_MAX - JY_MIN + 2, dtype=np.int64)
    for i, jy in enumerate(range(JY_MIN, JY_MAX + 2)):
        _, gy, march = _jal_cal(jy)
        out[i] = (_dt.date(gy, 3, march) - _EPOCH).days
    out.setflags(write=False)
    return out


def is_jalali_leap(jy: int) -> bool:
    """True when Jalali year ``jy`` has 366 days (Esfand 30)."""
    return _jal_cal(jy)[0]


# ------------------------------------------------------------------ vectorised core
def _to_days(dates: Any) -> np.ndarray:
    """Days since 1970-01-01 as int64 for any date-like array or scalar (no missing values)."""
    ts = pd.to_datetime(pd.Series(np.atleast_1d(dates)) if not isinstance(dates, pd.Series)
                        else dates)
    if ts.isna().any():
        raise ValueError("missing dates cannot be converted")
    return ts.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]").astype(np.int64)


def days_to_jalali(days: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Jalali (year, month, day) arrays from day numbers since 1970-01-01.

    Raises
    ------
    ValueError
        If a date lies outside the supported range.
    """
    days = np.asarray(days, dtype=np.int64)
    table = nowruz_days()
    idx = np.searchsorted(table, days, side="right") - 1
    if days.size and (idx.min() < 0 or idx.max() >= len(table) - 1):
        raise ValueError(f"date outside the supported Jalali range {JY_MIN}..{JY_MAX}")
    doy = days - table[idx]
    first_half = doy < 186
    month = np.where(first_half, doy // 31 + 1, (doy - 186) // 30 + 7)
    day = np.where(first_half, doy % 31 + 1, (doy - 186) % 30 + 1)
    return idx + JY_MIN, month, day


def jalali_to_days(jy: Any, jm: Any, jd: Any) -> np.ndarray:
    """Day numbers since 1970-01-01 of Jalali dates (arrays or scalars)."""
    jy = np.asarray(jy, dtype=np.int64)
    jm = np.asarray(jm, dtype=np.int64)
    jd = np.asarray(jd, dtype=np.int64)
    if np.any((jy < JY_MIN) | (jy > JY_MAX)):
        raise ValueError(f"Jalali year outside the supported range {JY_MIN}..{JY_MAX}")
    if np.any((jm < 1) | (jm > 12) | (jd < 1) | (jd > np.where(jm <= 6, 31, 30))):
        raise ValueError("invalid Jalali month or day")
    table = nowruz_days()
    start = table[jy - JY_MIN]
    days = start + MONTH_OFFSETS[jm - 1] + jd - 1
    if np.any((jm == 12) & (jd == 30) & (days >= table[jy - JY_MIN + 1])):
        raise ValueError("Esfand 30 exists only in Jalali leap years")
    return days


def to_jalali(dates: Any) -> pd.DataFrame:
    """Vectorised Gregorian -> Jalali.

    Parameters
    ----------
    dates : array-like of date-like
        Dates, datetimes, ``datetime64`` values or ISO strings.

    Returns
    -------
    pandas.DataFrame
        Integer columns ``year``, ``month``, ``day``.
    """
    jy, jm, jd = days_to_jalali(_to_days(dates))
    return pd.DataFrame({"year": jy, "month": jm, "day": jd})


def from_jalali(jy: Any, jm: Any, jd: Any) -> np.ndarray:
    """Vectorised Jalali -> Gregorian as ``datetime64[D]``."""
    return jalali_to_days(jy, jm, jd).astype("datetime64[D]")


def from_jalali_or_nat(jy: Any, jm: Any, jd: Any) -> np.ndarray:
    """Vectorised Jalali -> Gregorian ``datetime64[D]``, NaT where a date does not exist.

    For reading a whole column (the importer): a day past the month's end, month 13,
    Esfand 30 of a common year or a year outside ``JY_MIN .. JY_MAX`` gives NaT instead
    of raising, so the rest of the column still converts.
    """
    jy, jm, jd = (np.asarray(a, dtype=np.int64) for a in (jy, jm, jd))
    ok = ((jy >= JY_MIN) & (jy <= JY_MAX) & (jm >= 1) & (jm <= 12) & (jd >= 1)
          & (jd <= np.where(jm <= 6, 31, 30)))
    table = nowruz_days()
    year = np.clip(jy, JY_MIN, JY_MAX) - JY_MIN
    leap = table[year + 1] - table[year] == 366
    ok &= ~((jm == 12) & (jd == 30)) | leap
    out = np.full(jy.shape, np.datetime64("NaT"), dtype="datetime64[D]")
    if ok.any():
        out[ok] = jalali_to_days(jy[ok], jm[ok], jd[ok]).astype("datetime64[D]")
    return out


def gregorian_to_jalali(d: _dt.date) -> tuple[int, int, int]:
    """Scalar Gregorian -> Jalali ``(year, month, day)``."""
    days = np.array([(_dt.date(d.year, d.month, d.day) - _EPOCH).days], dtype=np.int64)
    jy, jm, jd = days_to_jalali(days)
    return int(jy[0]), int(jm[0]), int(jd[0])


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> _dt.date:
    """Scalar Jalali -> Gregorian ``date``."""
    return _EPOCH + _dt.timedelta(days=int(jalali_to_days([jy], [jm], [jd])[0]))


def jalali_month_length(jy: int, jm: int) -> int:
    """Days in Jalali month ``jm`` of year ``jy``."""
    if jm <= 6:
        return 31
    if jm <= 11:
        return 30
    return 30 if is_jalali_leap(jy) else 29


# ------------------------------------------------------------------ bucketing
def jalali_period_start_days(days: np.ndarray, grain: str) -> np.ndarray:
    """Start day (days since epoch) of the Jalali period containing each day."""
    days = np.asarray(days, dtype=np.int64)
    if grain == "day":
        return days.copy()
    if grain == "week":
        weekday = (days + 3) % 7  # 1970-01-01 was a Thursday (weekday 3)
        return days - (weekday - SATURDAY) % 7
    table = nowruz_days()
    idx = np.searchsorted(table, days, side="right") - 1
    if days.size and (idx.min() < 0 or idx.max() >= len(table) - 1):
        raise ValueError(f"date outside the supported Jalali range {JY_MIN}..{JY_MAX}")
    doy = days - table[idx]
    month0 = np.where(doy < 186, doy // 31, (doy - 186) // 30 + 6)
    if grain == "month":
        return table[idx] + MONTH_OFFSETS[month0]
    if grain == "quarter":
        return table[idx] + MONTH_OFFSETS[(month0 // 3) * 3]
    if grain == "year":
        return table[idx].copy()
    raise ValueError(f"unknown grain {grain!r}; expected one of {GRAINS}")


def jalali_period_start(dates: Any, grain: str) -> pd.Series:
    """Gregorian date on which the Jalali period containing each date starts.

    Parameters
    ----------
    dates : array-like or Series of date-like
        Missing values stay missing.
    grain : {'day', 'week', 'month', 'quarter', 'year'}
        Weeks start on Saturday; quarters are 3 months from Farvardin (the seasons).

    Returns
    -------
    pandas.Series of datetime64[ns]
    """
    ts = pd.to_datetime(pd.Series(dates) if not isinstance(dates, pd.Series) else dates)
    mask = ts.isna().to_numpy()
    days = ts.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]").astype(np.int64)
    out = np.full(len(days), np.datetime64("NaT"), dtype="datetime64[ns]")
    if (~mask).any():
        starts = jalali_period_start_days(days[~mask], grain)
        out[~mask] = starts.astype("datetime64[D]").astype("datetime64[ns]")
    return pd.Series(out, index=ts.index, name=getattr(dates, "name", None))


# ------------------------------------------------------------------ DuckDB SQL
@lru_cache(maxsize=1)
def _nowruz_sql_list() -> str:
    """DuckDB list literal: day-of-March of Nowruz for Gregorian years GY_SQL_MIN..MAX."""
    march = []
    for gy in range(GY_SQL_MIN, GY_SQL_MAX + 1):
        march.append(str(_jal_cal(gy - 621)[2]))
    return "[" + ",".join(march) + "]::UTINYINT[]"


def jalali_period_sql(expr_sql: str, grain: str, week_start: int | None = None) -> str:
    """DuckDB expression: the Gregorian DATE on which the Jalali period of ``expr_sql`` starts.

    Parameters
    ----------
    expr_sql : str
        SQL expression of type DATE or TIMESTAMP (trusted SQL written by the engine,
        never user text).
    grain : {'day', 'week', 'month', 'quarter', 'year'}
    week_start : int, optional
        Accepted for the engine hook's signature and ignored: Jalali weeks always start
        on Saturday (the Iranian week), whatever the Gregorian week setting says.

    Returns
    -------
    str
        A parenthesised SQL expression of type DATE; NULL for NULL input or dates
        outside Gregorian years ``GY_SQL_MIN .. GY_SQL_MAX``.

    Notes
    -----
    Pure arithmetic: Nowruz of the date's Gregorian year comes from a constant list
    (indexed by year), the Jalali year starts at the latest Nowruz on or before the
    date, and the month/quarter start follows from the day of the Jalali year.
    """
    if grain not in GRAINS:
        raise ValueError(f"unknown grain {grain!r}; expected one of {GRAINS}")
    d = f"CAST({expr_sql} AS DATE)"
    if grain == "day":
        return f"({d})"
    if grain == "week":
        # dayofweek: Sunday = 0 ... Saturday = 6 -> days since the last Saturday.
        return f"({d} - CAST((dayofweek({d}) + 1) % 7 AS INTEGER))"
    lst = _nowruz_sql_list()

    def nowruz(year_sql: str) -> str:
        return (f"make_date({year_sql}, 3, "
                f"list_extract({lst}, {year_sql} - {GY_SQL_MIN - 1}))")

    # Nowruz of this Gregorian year, or of the previous one for dates before it.
    this_year = nowruz(f"year({d})")
    prev_year = nowruz(f"year({d}) - 1")
    start = f"CASE WHEN {d} >= {this_year} THEN {this_year} ELSE {prev_year} END"
    if grain == "year":
        return f"({start})"
    # The year-start CASE appears several times; DuckDB's common subexpression
    # elimination evaluates it once per row.
    doy = f"({d} - ({start}))"
    if grain == "month":
        offset = f"CASE WHEN {doy} < 186 THEN ({doy} // 31) * 31 ELSE 186 + (({doy} - 186) // 30) * 30 END"
    else:  # quarter: 0, 93, 186, 276
        offset = (f"CASE WHEN {doy} < 93 THEN 0 WHEN {doy} < 186 THEN 93 "
                  f"WHEN {doy} < 276 THEN 186 ELSE 276 END")
    return f"(CAST(({start}) + CAST({offset} AS INTEGER) AS DATE))"


# ------------------------------------------------------------------ period sequences
def gregorian_period_start_days(days: np.ndarray, grain: str, week_start: int = 0) -> np.ndarray:
    """Start day (days since epoch) of the Gregorian period containing each day.

    ``week_start`` is the first weekday (0 = Monday ... 6 = Sunday).
    """
    days = np.asarray(days, dtype=np.int64)
    if grain == "day":
        return days.copy()
    if grain == "week":
        return days - ((days + 3) % 7 - week_start) % 7
    d64 = days.astype("datetime64[D]")
    if grain == "month":
        return d64.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    if grain == "quarter":
        months = d64.astype("datetime64[M]").astype(np.int64)  # months since 1970-01
        return (months - months % 3).astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    if grain == "year":
        return d64.astype("datetime64[Y]").astype("datetime64[D]").astype(np.int64)
    raise ValueError(f"unknown grain {grain!r}; expected one of {GRAINS}")


def period_starts_between(first_day: int, last_day: int, grain: str, calendar: str = "gregorian",
                          week_start: int = 0) -> np.ndarray:
    """Start days of every period overlapping ``[first_day, last_day]`` (days since epoch).

    Used for chart ticks and to fill empty periods in tables. Jalali weeks start on
    Saturday whatever ``week_start`` says.
    """
    if last_day < first_day:
        return np.empty(0, dtype=np.int64)
    days = np.arange(first_day, last_day + 1, dtype=np.int64)
    if calendar == "jalali":
        starts = jalali_period_start_days(days, grain)
    else:
        starts = gregorian_period_start_days(days, grain, week_start)
    return np.unique(starts)
