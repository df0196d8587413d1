"""Jalali calendar: conversion cross-checked with jdatetime, period buckets in numpy and SQL."""

from __future__ import annotations

import datetime as dt

import duckdb
import jdatetime
import numpy as np
import pandas as pd
import pytest

from retention_desktop.core import calendar as cal

# Every day of 1990..2040 (incl. Nowruz shifts and leap years) + a spread over 1900..2100.
DAYS = pd.date_range("1990-01-01", "2040-12-31").append(pd.date_range("1900-01-01", "2100-12-31", freq="97D"))


def _ref(d: pd.Timestamp) -> jdatetime.date:
    return jdatetime.date.fromgregorian(date=d.date())


def _ref_period_start(d: pd.Timestamp, grain: str) -> dt.date:
    """Independent reference: jdatetime arithmetic, written without our code."""
    j = _ref(d)
    if grain == "day":
        return d.date()
    if grain == "week":  # Saturday-based: Python weekday 5
        return d.date() - dt.timedelta(days=(d.weekday() - 5) % 7)
    if grain == "month":
        return jdatetime.date(j.year, j.month, 1).togregorian()
    if grain == "quarter":
        return jdatetime.date(j.year, 3 * ((j.month - 1) // 3) + 1, 1).togregorian()
    return jdatetime.date(j.year, 1, 1).togregorian()


def test_conversion_matches_jdatetime():
    got = cal.to_jalali(DAYS)
    ref = [_ref(d) for d in DAYS]
    assert got["year"].tolist() == [r.year for r in ref]
    assert got["month"].tolist() == [r.month for r in ref]
    assert got["day"].tolist() == [r.day for r in ref]
    back = cal.from_jalali(got["year"], got["month"], got["day"])
    assert (back == DAYS.to_numpy().astype("datetime64[D]")).all()


def test_nowruz_boundary_and_leap_years():
    assert cal.gregorian_to_jalali(dt.date(2024, 3, 19)) == (1402, 12, 29)
    assert cal.gregorian_to_jalali(dt.date(2024, 3, 20)) == (1403, 1, 1)
    # 1399 and 1403 are leap years: Esfand has 30 days.
    assert cal.is_jalali_leap(1399) and cal.is_jalali_leap(1403)
    assert not cal.is_jalali_leap(1400) and not cal.is_jalali_leap(1402)
    assert cal.jalali_to_gregorian(1399, 12, 30) == dt.date(2021, 3, 20)
    assert cal.jalali_to_gregorian(1400, 1, 1) == dt.date(2021, 3, 21)
    assert cal.jalali_to_gregorian(1403, 12, 30) == dt.date(2025, 3, 20)
    assert cal.jalali_to_gregorian(1404, 1, 1) == dt.date(2025, 3, 21)
    assert cal.jalali_month_length(1403, 12) == 30 and cal.jalali_month_length(1402, 12) == 29
    with pytest.raises(ValueError):
        cal.jalali_to_gregorian(1402, 12, 30)
    with pytest.raises(ValueError):
        cal.jalali_to_gregorian(1402, 13, 1)


@pytest.mark.parametrize("grain", cal.GRAINS)
def test_numpy_period_start_matches_reference(grain):
    got = cal.jalali_period_start(pd.Series(DAYS), grain)
    expected = [_ref_period_start(d, grain) for d in DAYS]
    assert [t.date() for t in got] == expected


def test_bucket_boundaries():
    s = pd.Series(pd.to_datetime(["2024-03-19", "2024-03-20", "2021-03-20", "2021-03-21",
                                  "2024-04-19", "2024-04-20", "2024-06-20", "2024-06-21"]))
    month = cal.jalali_period_start(s, "month").dt.date.tolist()
    assert month[0] == dt.date(2024, 2, 20)   # 1 Esfand 1402
    assert month[1] == dt.date(2024, 3, 20)   # 1 Farvardin 1403
    assert month[2] == dt.date(2021, 2, 19)   # Esfand 30 1399 belongs to Esfand 1399
    assert month[3] == dt.date(2021, 3, 21)   # Nowruz 1400
    assert month[4] == dt.date(2024, 3, 20)   # 31 Farvardin
    assert month[5] == dt.date(2024, 4, 20)   # 1 Ordibehesht
    quarter = cal.jalali_period_start(s, "quarter").dt.date.tolist()
    assert quarter[6] == dt.date(2024, 3, 20) and quarter[7] == dt.date(2024, 6, 21)  # 1 Tir
    year = cal.jalali_period_start(s, "year").dt.date.tolist()
    assert year[0] == dt.date(2023, 3, 21) and year[1] == dt.date(2024, 3, 20)
    week = cal.jalali_period_start(s, "week")
    assert (week.dt.day_of_week == 5).all()  # all Saturdays
    assert week.dt.date.tolist()[1] == dt.date(2024, 3, 16)  # Wed 20 Mar 2024 -> Sat 16 Mar


def test_missing_values_stay_missing():
    s = pd.Series([pd.Timestamp("2024-03-20"), pd.NaT])
    out = cal.jalali_period_start(s, "month")
    assert out.iloc[0] == pd.Timestamp("2024-03-20") and pd.isna(out.iloc[1])


@pytest.mark.parametrize("grain", cal.GRAINS)
def test_sql_matches_reference(grain):
    con = duckdb.connect()
    frame = pd.DataFrame({"ts": DAYS + pd.Timedelta(hours=23, minutes=59)})  # timestamps too
    con.register("t", frame)
    got = con.execute(f"SELECT {cal.jalali_period_sql('ts', grain)} AS p FROM t").df()["p"]
    expected = [_ref_period_start(d, grain) for d in DAYS]
    assert [pd.Timestamp(x).date() for x in got] == expected
    # NULLs and out-of-range dates give NULL, never a wrong bucket.
    row = con.execute(f"SELECT {cal.jalali_period_sql('NULL::DATE', grain)}").fetchone()
    assert row[0] is None
    if grain not in ("day", "week"):
        far_sql = cal.jalali_period_sql("DATE '2500-01-01'", grain)
        far = con.execute(f"SELECT {far_sql}").fetchone()
        assert far[0] is None


def test_sql_group_by_counts_match_pandas():
    rng = np.random.default_rng(3)
    ts = pd.to_datetime("2019-01-01") + pd.to_timedelta(rng.integers(0, 2500, 5000), unit="D")
    frame = pd.DataFrame({"ts": ts, "cust": rng.integers(0, 300, 5000)})
    con = duckdb.connect()
    con.register("orders", frame)
    sql = (f"SELECT {cal.jalali_period_sql('ts', 'month')} AS p, count(DISTINCT cust) AS n "
           "FROM orders GROUP BY 1 ORDER BY 1")
    got = con.execute(sql).df()
    frame["jm"] = [(_ref(d).year, _ref(d).month) for d in frame["ts"]]
    ref = frame.groupby("jm")["cust"].nunique().sort_index()
    assert got["n"].tolist() == ref.tolist()
    assert [(_ref(pd.Timestamp(p)).year, _ref(pd.Timestamp(p)).month) for p in got["p"]] == list(ref.index)


def test_unknown_grain_rejected():
    with pytest.raises(ValueError):
        cal.jalali_period_sql("ts", "decade")
    with pytest.raises(ValueError):
        cal.jalali_period_start(pd.Series(pd.to_datetime(["2024-01-01"])), "decade")
