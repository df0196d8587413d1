"""Period presets resolve against the data's last day and the project's calendar.

Oracles: hand-worked Gregorian cases, and jdatetime (an independent Jalali
implementation) for the Jalali month/quarter/year boundaries.
"""

from __future__ import annotations

from datetime import date, timedelta

import jdatetime
import pytest

from retention_desktop.core.engine.period import PRESETS, last_complete, resolve
from retention_desktop.core.engine.spec import FilterSpec


def test_gregorian_presets_hand_worked():
    end = date(2011, 12, 9)  # the UCI export ends mid-December
    assert resolve("all", end) == (None, None)
    assert resolve(None, end) == (None, None)
    assert resolve("last-30-days", end) == (date(2011, 11, 10), end)
    assert resolve("last-90-days", end) == (date(2011, 9, 11), end)
    assert resolve("last-365-days", end) == (date(2010, 12, 10), end)
    assert resolve("last-month", end) == (date(2011, 11, 1), date(2011, 11, 30))
    assert resolve("last-quarter", end) == (date(2011, 7, 1), date(2011, 9, 30))
    assert resolve("last-year", end) == (date(2010, 1, 1), date(2010, 12, 31))
    assert resolve("year-to-date", end) == (date(2011, 1, 1), end)
    # a period that ends exactly on the data's last day is complete
    assert resolve("last-month", date(2011, 11, 30)) == (date(2011, 11, 1), date(2011, 11, 30))
    assert resolve("last-year", date(2011, 12, 31)) == (date(2011, 1, 1), date(2011, 12, 31))
    assert resolve("last-quarter", date(2012, 3, 31)) == (date(2012, 1, 1), date(2012, 3, 31))
    assert resolve("last-month", date(2012, 3, 1)) == (date(2012, 2, 1), date(2012, 2, 29))
    assert resolve("custom", end, custom=(date(2011, 5, 2), date(2011, 1, 3))) == (
        date(2011, 1, 3), date(2011, 5, 2))
    with pytest.raises(ValueError, match="last-90-days"):
        resolve("last-fortnight", end)


def _jalali_bounds(jy: int, first_month: int, last_month: int) -> tuple[date, date]:
    start = jdatetime.date(jy, first_month, 1).togregorian()
    following = (jdatetime.date(jy + 1, 1, 1) if last_month == 12
                 else jdatetime.date(jy, last_month + 1, 1))
    return start, following.togregorian() - timedelta(days=1)


@pytest.mark.parametrize("end", [date(2011, 12, 9), date(2012, 3, 19), date(2012, 3, 20),
                                 date(2016, 3, 19), date(2024, 9, 21), date(2025, 3, 20)])
def test_jalali_presets_match_jdatetime(end):
    j = jdatetime.date.fromgregorian(date=end)
    # last complete Jalali year: Farvardin..Esfand, never Gregorian January..December
    year_end = _jalali_bounds(j.year, 1, 12)
    expected_year = year_end if year_end[1] == end else _jalali_bounds(j.year - 1, 1, 12)
    assert resolve("last-year", end, "jalali") == expected_year
    month = _jalali_bounds(j.year, j.month, j.month)
    if month[1] != end:
        prev = jdatetime.date.fromgregorian(date=month[0] - timedelta(days=1))
        month = _jalali_bounds(prev.year, prev.month, prev.month)
    assert resolve("last-month", end, "jalali") == month
    q_first = 3 * ((j.month - 1) // 3) + 1
    quarter = _jalali_bounds(j.year, q_first, q_first + 2)
    if quarter[1] != end:
        prev = jdatetime.date.fromgregorian(date=quarter[0] - timedelta(days=1))
        pq = 3 * ((prev.month - 1) // 3) + 1
        quarter = _jalali_bounds(prev.year, pq, pq + 2)
    assert resolve("last-quarter", end, "jalali") == quarter
    assert resolve("year-to-date", end, "jalali") == (_jalali_bounds(j.year, 1, 12)[0], end)


def test_last_complete_is_never_after_the_data_end():
    for offset in range(0, 800, 7):
        end = date(2010, 1, 1) + timedelta(days=offset)
        for calendar in ("gregorian", "jalali"):
            for grain in ("month", "quarter", "year"):
                lo, hi = last_complete(grain, end, calendar)
                assert lo <= hi <= end and (end - hi).days < 366


def test_a_spec_keeps_its_preset_and_moves_with_the_data():
    spec = FilterSpec(period="last-90-days").resolved(date(2011, 11, 30))
    assert (spec.date_from, spec.date_to) == (date(2011, 9, 2), date(2011, 11, 30))
    # saved as JSON (a saved segment), read back, applied to data that grew by a month
    later = FilterSpec.from_json(spec.to_json()).resolved(date(2011, 12, 30))
    assert later.period == "last-90-days"
    assert (later.date_from, later.date_to) == (date(2011, 10, 2), date(2011, 12, 30))
    # explicit dates stay as they are
    fixed = FilterSpec(date_from=date(2011, 1, 1), date_to=date(2011, 1, 31))
    assert fixed.resolved(date(2012, 1, 1)) == fixed
    assert set(PRESETS) >= {"all", "custom", "last-year"}
