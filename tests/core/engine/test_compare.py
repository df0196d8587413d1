"""Segment and campaign comparison: hand-worked CRR/churn/repeat/N-day/revenue per value,
intervals and tests against statsmodels/scipy, breakdown == filter, pandas on CDNOW."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest
from growth_fixtures import build_store, cdnow_orders, orders_frame
from scipy import stats
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

from retention_desktop.core.engine.compare import compare
from retention_desktop.core.engine.crr import crr
from retention_desktop.core.engine.kpis import kpis
from retention_desktop.core.engine.second_order import nday
from retention_desktop.core.engine.spec import FilterSpec, Settings

# W = 30 days; range = February 2024. Active at the start = ordered Jan 2..Jan 31;
# active at the end = ordered Jan 31..Feb 29.
ORDERS = [
    ("a1-1", "a1", "2024-01-20", 50.0, "order", "a"),  # S0, E -> retained
    ("a1-2", "a1", "2024-02-20", 30.0, "order", "a"),
    ("a2-1", "a2", "2024-01-10", 40.0, "order", "a"),  # S0 only -> churned
    ("a3-1", "a3", "2024-02-05", 10.0, "order", "a"),  # new, repeats next day
    ("a3-2", "a3", "2024-02-06", 20.0, "order", "a"),
    ("a4-1", "a4", "2024-02-29", 60.0, "order", "a"),  # new on the last day
    ("b1-1", "b1", "2024-01-25", 20.0, "order", "b"),  # S0, E -> retained
    ("b1-2", "b1", "2024-02-28", 20.0, "order", "b"),
    ("b2-1", "b2", "2023-12-01", 20.0, "order", "b"),  # resurrected
    ("b2-2", "b2", "2024-02-15", 40.0, "order", "b"),
]
FEB = FilterSpec(date_from=date(2024, 2, 1), date_to=date(2024, 2, 29))
W30 = Settings(activity_window_days=30)


@pytest.fixture
def shop(tmp_path):
    store = build_store(tmp_path / "c.duckdb", orders_frame(ORDERS))
    yield store
    store.close()


def test_hand_worked_values(shop):
    r = compare(shop, FEB, W30, by="channel", n=7)
    a = next(v for v in r["values"] if v["value"] == "a")
    b = next(v for v in r["values"] if v["value"] == "b")
    # a: S0 = {a1, a2}, E = {a1, a3, a4}, N = {a3, a4}, R = {a1}.
    assert {k: a["crr"][k] for k in ("S0", "N", "E", "retained")} == {
        "S0": 2, "N": 2, "E": 3, "retained": 1}
    assert a["crr"]["value"] == pytest.approx((3 - 2) / 2)
    assert a["crr"]["periods"] == 1  # February, complete: the data end on Feb 29
    assert a["crr_strict"]["value"] == pytest.approx(0.5)
    assert a["churn_rate"]["value"] == pytest.approx(0.5)
    # Customers ordering in February: a1, a3, a4; only a3 twice.
    assert a["repeat_purchase_rate"]["value"] == pytest.approx(1 / 3)
    # 7-day repeat: eligible first order by Feb 22 -> a3 only, who came back next day.
    assert (a["nday_repeat"]["n"], a["nday_repeat"]["successes"]) == (1, 1)
    # Revenue in February: a1 30, a3 30, a4 60 -> mean 40, sd sqrt(300).
    rpc = a["revenue_per_customer"]
    assert rpc["value"] == pytest.approx(40.0)
    assert rpc["sd"] == pytest.approx(300 ** 0.5)
    t = stats.t.ppf(0.975, 2) * 300 ** 0.5 / 3 ** 0.5
    assert (rpc["ci_low"], rpc["ci_high"]) == (pytest.approx(40 - t), pytest.approx(40 + t))
    # b: S0 = {b1}, E = {b1, b2}, N = {} -> CRR 2.0 (b2 came back), strict 1.0.
    assert {k: b["crr"][k] for k in ("S0", "N", "E", "retained")} == {
        "S0": 1, "N": 0, "E": 2, "retained": 1}
    assert b["crr"]["value"] == pytest.approx(2.0)
    assert b["churn_rate"]["value"] == 0.0
    # Overall: S0 = {a1, a2, b1}, E = 5, N = 2, R = {a1, b1}.
    ov = r["overall"]["crr"]
    assert (ov["S0"], ov["E"], ov["N"], ov["retained"]) == (3, 5, 2, 2)
    assert r["range"] == {"from": "2024-02-01", "to": "2024-02-29"}


def test_intervals_and_tests_match_references(shop):
    r = compare(shop, FEB, W30, by="channel", baseline="b", n=7)
    assert r["baseline"] == "b"
    a = next(v for v in r["values"] if v["value"] == "a")
    b = next(v for v in r["values"] if v["value"] == "b")
    cell = a["repeat_purchase_rate"]
    lo, hi = proportion_confint(1, 3, alpha=0.05, method="wilson")
    assert (cell["ci_low"], cell["ci_high"]) == (pytest.approx(lo), pytest.approx(hi))
    _, p = proportions_ztest([1, 0], [3, 2])
    assert cell["p_value"] == pytest.approx(p)
    assert cell["significant"] is False
    ra, rb = a["revenue_per_customer"], b["revenue_per_customer"]
    ref = stats.ttest_ind_from_stats(ra["value"], ra["sd"], 3, rb["value"], rb["sd"], 2,
                                     equal_var=False)
    assert ra["p_value"] == pytest.approx(ref.pvalue)
    assert "p_value" not in b["revenue_per_customer"]  # the baseline is not tested


def test_breakdown_equals_filter_on_cdnow(tmp_path):
    """compare(by=channel) for value v == the engine's own metrics with channel=v."""
    store = build_store(tmp_path / "cd.duckdb", cdnow_orders())
    year = FilterSpec(date_from=date(1997, 1, 1), date_to=date(1997, 12, 31))
    settings = Settings()
    r = compare(store, year, settings, by="channel", n=30)
    assert {v["value"] for v in r["values"]} == {"web", "store", "ads"}
    for row in r["values"]:
        spec = year.with_include("channel", [row["value"]])
        k = kpis(store, spec, settings)
        assert row["customers"] == k["customers"]
        assert row["repeat_purchase_rate"]["value"] == pytest.approx(k["repeat_purchase_rate"])
        assert row["revenue_per_customer"]["value"] == pytest.approx(k["revenue_per_customer"])
        nd = nday(store, spec, settings, n=[30])["overall"][0]
        assert row["nday_repeat"]["value"] == pytest.approx(nd["rate"])
        # CRR pools the twelve complete months of the CRR table with the same filter.
        periods = crr(store, spec, settings)["periods"]
        assert len(periods) == row["crr"]["periods"] == 12
        sums = {key: sum(p[key] for p in periods) for key in ("S0", "N", "E", "retained")}
        assert {key: row["crr"][key] for key in sums} == sums
        assert row["crr"]["value"] == pytest.approx((sums["E"] - sums["N"]) / sums["S0"])
    store.close()


def _pandas_window(df: pd.DataFrame, start: date, end: date, w: int) -> dict:
    """Independent S0/E/N/R and repeat counts of one period [start, end] (orders only)."""
    o = df[df["kind"] == "order"].copy()
    o["d"] = o["order_ts"].dt.date
    o = o[o["d"] <= end]
    first = o.groupby("customer_id")["d"].min()
    act_s = set(o.loc[(o["d"] >= start - timedelta(days=w)) & (o["d"] < start), "customer_id"])
    act_e = set(o.loc[(o["d"] > end - timedelta(days=w)) & (o["d"] <= end), "customer_id"])
    new = set(first[(first >= start) & (first <= end)].index)
    inr = o[(o["d"] >= start) & (o["d"] <= end)].groupby("customer_id").size()
    return {"S0": len(act_s), "E": len(act_e), "N": len(new), "R": len(act_s & act_e),
            "customers": len(inr), "repeaters": int((inr >= 2).sum())}


def test_default_window_is_last_365_days_and_matches_pandas(tmp_path):
    df = cdnow_orders()
    store = build_store(tmp_path / "cd.duckdb", df)
    r = compare(store, FilterSpec(), Settings(), by="channel")
    # Data end Jun 30 1998; 365 days back is Jul 1 1997, already a month start.
    assert r["range"] == {"from": "1997-07-01", "to": "1998-06-30"}
    months = pd.date_range("1997-07-01", "1998-06-01", freq="MS")
    for row in r["values"]:
        sub = df[df["channel"] == row["value"]]
        per_month = [_pandas_window(sub, m.date(), (m + pd.offsets.MonthEnd(0)).date(), 90)
                     for m in months]
        c = row["crr"]
        assert (c["S0"], c["E"], c["N"], c["retained"]) == tuple(
            sum(p[k] for p in per_month) for k in ("S0", "E", "N", "R"))
        year = _pandas_window(sub, date(1997, 7, 1), date(1998, 6, 30), 90)
        assert (row["repeat_purchase_rate"]["successes"], row["repeat_purchase_rate"]["n"]) \
            == (year["repeaters"], year["customers"])
    store.close()


CAMPAIGN = [
    ("s1", "c1", "2024-03-01", 10.0, "order", "web", "spring"),
    ("s2", "c2", "2024-03-10", 10.0, "order", "web", "spring"),  # spring ends Mar 10
    ("x1", "c1", "2024-03-20", 15.0, "order", "web", None),      # within 30 days after
    ("x2", "c2", "2024-04-15", 25.0, "order", "web", None),      # 36 days after
    ("u1", "c3", "2024-06-01", 10.0, "order", "web", "summer"),  # summer ends Jun 1
    ("x3", "c3", "2024-06-05", 5.0, "order", "web", None),
    ("x4", "c4", "2024-07-31", 5.0, "order", "web", None),       # data end
]


def test_campaign_after_end(tmp_path):
    store = build_store(tmp_path / "camp.duckdb", orders_frame(CAMPAIGN))
    r = compare(store, FilterSpec(), Settings(), by="campaign", n=30, baseline="spring")
    after = {a["value"]: a for a in r["after_campaign"]}
    spring, summer = after["spring"], after["summer"]
    assert (spring["end"], spring["end_source"], spring["complete"]) == (
        "2024-03-10", "last_order", True)
    # c1 came back on Mar 20 (within 30 days of Mar 10), c2 only on Apr 15.
    assert (spring["repeat_after"]["successes"], spring["repeat_after"]["n"]) == (1, 2)
    assert spring["orders_after"] == 1
    # Revenue after the end per campaign customer: c1 15, c2 0 -> 7.5.
    assert spring["revenue_after_per_customer"]["value"] == pytest.approx(7.5)
    assert (summer["repeat_after"]["successes"], summer["repeat_after"]["n"]) == (1, 1)
    _, p = proportions_ztest([1, 1], [1, 2])
    assert summer["repeat_after"]["p_value"] == pytest.approx(p)
    # A given end date moves the window: spring ends Mar 31 -> window Apr 1..Apr 30.
    r2 = compare(store, FilterSpec(), Settings(), by="campaign", n=30,
                 campaign_ends={"spring": "2024-03-31"})
    s2 = next(a for a in r2["after_campaign"] if a["value"] == "spring")
    assert s2["end_source"] == "given"
    assert (s2["repeat_after"]["successes"], s2["repeat_after"]["n"]) == (1, 2)  # c2 only
    assert s2["orders_after"] == 1
    # A campaign dates table (when a project has one) sets the end too.
    with store.write() as cur:
        cur.execute("CREATE TABLE campaigns (campaign VARCHAR, start_date DATE, end_date DATE)")
        cur.execute("INSERT INTO campaigns VALUES ('spring', '2024-03-01', '2024-03-31')")
    r4 = compare(store, FilterSpec(), Settings(), by="campaign", n=30)
    s4 = next(a for a in r4["after_campaign"] if a["value"] == "spring")
    assert (s4["end"], s4["end_source"], s4["repeat_after"]["successes"]) == (
        "2024-03-31", "given", 1)
    # A 90-day window after Jun 1 is not fully observed (data ends Jul 31).
    r3 = compare(store, FilterSpec(), Settings(), by="campaign", n=90)
    assert next(a for a in r3["after_campaign"] if a["value"] == "summer")["complete"] is False
    store.close()


def test_jalali_calendar_window(tmp_path):
    store = build_store(tmp_path / "j.duckdb", cdnow_orders())
    r = compare(store, FilterSpec(), Settings(calendar="jalali"), by="channel")
    # 365 days before 1998-06-30 is 1997-07-01 = 10 Tir 1376; Tir 1376 began on 1997-06-22.
    assert r["range"]["from"] == "1997-06-22"
    assert r["values"][0]["crr"]["periods"] >= 11
    store.close()


def test_edge_cases(tmp_path, shop):
    empty = build_store(tmp_path / "e.duckdb")
    assert compare(empty, FilterSpec(), Settings(), by="channel")["available"] is False
    empty.close()
    assert compare(shop, FEB, W30)["available"] is False  # no dimension chosen
    with pytest.raises(ValueError, match="baseline"):
        compare(shop, FEB, W30, by="channel", baseline="nope")
    one = build_store(tmp_path / "one.duckdb",
                      orders_frame([("o1", "c1", "2024-01-01", 5.0, "order", "web")]))
    r = compare(one, FilterSpec(), Settings(), by="channel")
    row = r["values"][0]
    assert row["customers"] == 1 and row["crr"]["value"] is None  # nobody active before
    assert row["revenue_per_customer"]["ci_low"] is None  # one customer: no interval
    one.close()


@pytest.mark.parametrize("calendar", ["gregorian", "jalali"])
def test_week_grain_with_country_filter(tmp_path, calendar):
    """Regression: the Segments tab failed with "Values were not provided for the following
    parameters: 2" when comparing channels with a country filter and weekly periods. The
    default window's start was computed with the ``?`` placeholder inside the period SQL,
    which the week (and Jalali) expression repeats: two placeholders, one value."""
    orders = cdnow_orders()
    orders["country"] = [("UK", "DE")[int(c) % 2] for c in orders["customer_id"]]
    store = build_store(tmp_path / "w.duckdb", orders)
    settings = Settings(grain="week", week_start=5 if calendar == "jalali" else 0,
                        calendar=calendar)
    spec = FilterSpec(include=(("country", ("UK",)),))
    r = compare(store, spec, settings, by="channel")
    assert r["available"] is True
    # 1998-06-30 - 364 days = 1997-07-01 (a Tuesday): its week began on the Monday
    # (1997-06-30) or, for Saturday weeks, on Saturday 1997-06-28.
    assert r["range"]["from"] == ("1997-06-30" if calendar == "gregorian" else "1997-06-28")
    # Independent count: UK customers who ordered in the window, per channel (pandas).
    start = pd.Timestamp(r["range"]["from"])
    uk = orders[(orders["country"] == "UK") & (orders["order_ts"] >= start)]
    expected = uk.groupby("channel")["customer_id"].nunique().to_dict()
    assert {v["value"]: v["customers"] for v in r["values"]} == expected
    store.close()


def test_period_sql_refuses_placeholders():
    """The period SQL may repeat its argument, so a ``?`` in it would need its value
    twice; callers must bind the value once in a subquery (see ``compare_window``)."""
    from retention_desktop.core.engine.base import period_start_sql

    with pytest.raises(ValueError, match="placeholder"):
        period_start_sql("CAST(? AS DATE)", Settings(grain="week"))
