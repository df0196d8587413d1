"""The importer reads Jalali dates with the calendar module's conversion (the only one)
and gets the same dates as its former 33-year-cycle formula."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from retention_desktop.core import calendar as cal
from retention_desktop.core.importer.values import parse_dates


def _old_importer_formula(jy, jm, jd) -> np.ndarray:
    """The importer's former conversion, kept here as the oracle of "unchanged"."""
    jy, jm, jd = (np.asarray(a, dtype=np.int64) for a in (jy, jm, jd))

    def day_number(y, m, d):
        y = y + 1595
        days = -355668 + 365 * y + (y // 33) * 8 + ((y % 33) + 3) // 4 + d
        return days + np.where(m < 7, (m - 1) * 31, (m - 7) * 30 + 186)

    ref = day_number(np.array([1403]), np.array([1]), np.array([1]))[0]
    valid = (jm >= 1) & (jm <= 12) & (jd >= 1) & (jd <= np.where(jm <= 6, 31, 30)) & (jy > 0)
    offset = day_number(jy, jm, jd) - ref
    valid &= offset < day_number(jy + 1, np.ones_like(jm), np.ones_like(jd)) - ref
    out = np.datetime64("2024-03-20", "D") + offset.astype("timedelta64[D]")
    return np.where(valid, out, np.datetime64("NaT"))


@pytest.mark.parametrize("text,expected", [
    ("1403/01/01", "2024-03-20"),            # Nowruz 1403
    ("۱۴۰۳/۰۱/۰۱", "2024-03-20"),            # Persian digits
    ("١٤٠٣-٠١-٠١", "2024-03-20"),            # Arabic-Indic digits, dashes
    ("1399/12/30", "2021-03-20"),            # Esfand 30 of the leap year 1399
    ("۱۴۰۳/۱۲/۳۰", "2025-03-20"),            # 1403 is a leap year too
    ("1404/01/01", "2025-03-21"),
    ("1402/07/30", "2023-10-22"),            # Mehr has 30 days
    ("1403/06/31 14:30", "2024-09-21 14:30"),
    ("1400/12/30", None),                    # 1400 is a common year: no Esfand 30
    ("1402/07/31", None),                    # Mehr 31 does not exist
    ("1403/13/01", None),                    # no month 13
])
def test_known_jalali_dates(text, expected):
    got = parse_dates(pd.Series([text, "1403/02/15"]), order="jalali")
    if expected is None:
        assert got.bad[0] and np.isnat(got.values[0])
    else:
        assert not got.bad[0] and got.values[0] == np.datetime64(pd.Timestamp(expected))
    assert got.values[1] == np.datetime64("2024-05-04")


def test_every_day_of_the_calendar_range_converts_as_before():
    days = np.arange(cal.nowruz_days()[0], cal.nowruz_days()[-1])
    jy, jm, jd = cal.days_to_jalali(days)
    assert (cal.from_jalali_or_nat(jy, jm, jd) == days.astype("datetime64[D]")).all()
    assert (_old_importer_formula(jy, jm, jd) == days.astype("datetime64[D]")).all()
    # and the impossible days of every year (Esfand 30 of common years, day 31 of
    # the second half, month 13) are rejected by both
    years = np.arange(cal.JY_MIN, cal.JY_MAX + 1)
    for m, d in ((12, 30), (7, 31), (13, 1), (1, 0)):
        args = (years, np.full_like(years, m), np.full_like(years, d))
        assert np.array_equal(np.isnat(cal.from_jalali_or_nat(*args)),
                              np.isnat(_old_importer_formula(*args)))


def test_imported_column_is_unchanged_across_a_century():
    # first and last day of every month, 1350..1450, written the way exports write them
    rows = [(y, m, d) for y in range(1350, 1451) for m in range(1, 13)
            for d in (1, 29 if m == 12 else (31 if m <= 6 else 30))]
    text = pd.Series([f"{y}/{m:02d}/{d:02d}" for y, m, d in rows])
    got = parse_dates(text, order="jalali")
    want = _old_importer_formula(*zip(*rows, strict=True)).astype("datetime64[ns]")
    assert (got.values == want).all() and not got.bad.any()


def test_years_outside_the_calendar_are_unreadable_not_guessed():
    # The old formula converted any year 1..1699 (1150 -> 1771); the calendar covers
    # 1206..1580 (Gregorian 1827..2202): outside that a date is reported, not invented.
    got = parse_dates(pd.Series(["1150/01/01", "1650/01/01", "1403/01/01"]), order="jalali")
    assert got.bad.tolist() == [True, True, False]
