"""Issue 16 ("honest numbers"): every changed definition on a tiny shop worked out by hand.

Each test states the shop, then the numbers a careful analyst would compute with pencil
and paper (comments), and checks the engine against them. The oracle is the comment,
not a second run of the engine.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from retention_desktop.core.engine import cohorts as co
from retention_desktop.core.engine import definitions
from retention_desktop.core.engine.crr import crr
from retention_desktop.core.engine.kpis import kpis
from retention_desktop.core.engine.lifecycle import lifecycle
from retention_desktop.core.engine.second_order import km_median, nday, time_to_second
from retention_desktop.core.engine.spec import FilterSpec, Settings


def frame(rows):
    """rows: (customer, 'YYYY-MM-DD', revenue)."""
    return pd.DataFrame([{"order_id": f"o{i:05d}", "customer_id": c, "order_ts": pd.Timestamp(d),
                          "revenue": float(r), "kind": "order"} for i, (c, d, r) in enumerate(rows)])


def test_retention_headline_never_above_100_and_churn_is_its_complement(make_store):
    # W = 30 days, monthly. March 2024: start boundary = end of 29 Feb (active = ordered
    # 31 Jan..29 Feb), end boundary = end of 31 Mar (active = ordered 2..31 Mar).
    # a, b: Feb and Mar            -> active at start and end: retained
    # c:    Feb only               -> active at start, lapsed: churned
    # d, e: Dec and Mar            -> not active at start (lapsed), back in Mar: resurrected
    # f:    first order in Mar     -> new
    # S0 = {a, b, c} = 3, R = {a, b} = 2, N = {f} = 1, E = {a, b, d, e, f} = 5.
    # Retention rate R/S0 = 2/3 = 66.7 %, churn = 1/3; they add to 100 %.
    # CRR (E - N)/S0 = (5 - 1)/3 = 133.3 %: above 100 % because d and e came back.
    rows = [("a", "2024-02-10", 1), ("a", "2024-03-10", 1), ("b", "2024-02-20", 1),
            ("b", "2024-03-20", 1), ("c", "2024-02-15", 1),
            ("d", "2023-12-01", 1), ("d", "2024-03-05", 1),
            ("e", "2023-12-02", 1), ("e", "2024-03-06", 1), ("f", "2024-03-15", 1)]
    # Dec 2023 must be far enough back for March: 1 Mar - 30 days = 31 Jan >= 1 Dec.
    store = make_store(frame(rows))
    mar = next(p for p in crr(store, FilterSpec(), Settings(activity_window_days=30))["periods"]
               if p["period"] == "2024-03-01")
    assert (mar["S0"], mar["retained"], mar["N"], mar["E"]) == (3, 2, 1, 5)
    assert mar["crr_strict"] == pytest.approx(2 / 3)
    assert mar["churn_rate"] == pytest.approx(1 / 3)
    assert mar["crr_strict"] + mar["churn_rate"] == pytest.approx(1.0)
    assert mar["crr"] == pytest.approx(4 / 3)
    assert mar["resurrected"] == 2
    assert mar["enough_history"] is True
    assert mar["too_few"] is True  # S0 = 3 < 30 (minimum customers per figure)
    # The headline card is the retention rate; the CRR card says why it can pass 100 %.
    assert definitions.get("crr_strict").name == "Retention rate"
    assert "exceed 100 %" in definitions.get("crr").description


def test_periods_without_enough_history_are_flagged(make_store):
    # Export starts 1 Dec 2010 (as the UCI export), W = 90 days, monthly.
    # A period needs its start - 90 days >= 1 Dec 2010:
    #   Dec 2010: 1 Dec - 90 = 2 Sep   -> no
    #   Jan 2011: 1 Jan - 90 = 3 Oct   -> no
    #   Feb 2011: 1 Feb - 90 = 3 Nov   -> no
    #   Mar 2011: 1 Mar - 90 = 1 Dec   -> yes (exactly the first day)
    #   Apr 2011                        -> yes
    rows = [("a", "2010-12-01", 1), ("a", "2011-01-05", 1), ("b", "2011-02-03", 1),
            ("a", "2011-04-30", 1)]
    store = make_store(frame(rows))
    periods = crr(store, FilterSpec(), Settings())["periods"]
    assert [(p["period"], p["enough_history"]) for p in periods] == [
        ("2010-12-01", False), ("2011-01-01", False), ("2011-02-01", False),
        ("2011-03-01", True), ("2011-04-01", True)]
    # Jan 2011 is the tell-tale "100 % retention, 0 % churn": a is active at the start
    # (Dec order) and cannot have lapsed by 31 Jan (5 Jan order), whatever the shop did.
    jan = periods[1]
    assert (jan["crr_strict"], jan["churn_rate"]) == (1.0, 0.0)
    life = lifecycle(store, FilterSpec(), Settings())["periods"]
    assert [p["enough_history"] for p in life] == [False, False, False, True, True]
    # A range that starts later still knows where the export starts.
    later = crr(store, FilterSpec(date_from=date(2011, 2, 1)), Settings())["periods"]
    assert [p["enough_history"] for p in later] == [False, True, True]


def test_first_cohort_is_already_active_and_mean_needs_three_cohorts(make_store):
    # Monthly cohorts, data from 2 Jan to 31 May 2024 (May complete).
    #   Jan (first period of the export, "already active"): j1..j4, all back in Feb
    #   Feb: f1, f2; f1 back in Mar               -> k1 = 1/2
    #   Mar: m1, m2, m3, m4; m1 back in Apr       -> k1 = 1/4
    #   Apr: a1, a2; a1, a2 back in May           -> k1 = 2/2
    #   May: y1
    # Mean without Jan, weighted by cohort size, complete cells only:
    #   k = 0: Feb, Mar, Apr, May = 4 cohorts, 9 customers, all 100 % -> 1.0
    #   k = 1: Feb (1 of 2), Mar (1 of 4), Apr (2 of 2) = 3 cohorts -> 4/8 = 0.5
    #          (with Jan it would be (4 + 4)/12 = 0.667: the old value)
    #   k = 2: Feb (Apr: f? none -> 0/2), Mar (May: 0/4) = 2 cohorts  -> curve stops
    rows = [(f"j{i}", "2024-01-02", 1) for i in range(1, 5)]
    rows += [(f"j{i}", "2024-02-10", 1) for i in range(1, 5)]
    rows += [("f1", "2024-02-05", 1), ("f2", "2024-02-06", 1), ("f1", "2024-03-07", 1)]
    rows += [(f"m{i}", "2024-03-03", 1) for i in range(1, 5)] + [("m1", "2024-04-01", 1)]
    rows += [("a1", "2024-04-04", 1), ("a2", "2024-04-05", 1), ("a1", "2024-05-02", 1),
             ("a2", "2024-05-03", 1), ("y1", "2024-05-31", 1)]
    store = make_store(frame(rows))
    m = co.cohorts(store, FilterSpec(), Settings(), measure="return-on")
    assert [(r["cohort"], r["already_active"]) for r in m["cohorts"]] == [
        ("2024-01-01", True), ("2024-02-01", False), ("2024-03-01", False),
        ("2024-04-01", False), ("2024-05-01", False)]
    assert [(r["k"], r["value"], r["n"], r["cohorts"]) for r in m["mean"]] == [
        (0, 1.0, 9, 4), (1, 0.5, 8, 3)]


def test_time_to_second_is_kaplan_meier_followed_to_the_data_end(make_store):
    # Five customers first buy in November 2024; the data end on 31 Dec 2024.
    #   a: 2nd order after 5 days (6 Nov)        event at 5
    #   b: 2nd order after 20 days (21 Nov)      event at 20
    #   c: 2nd order on 15 Dec, 44 days after    event at 44 (after the range end!)
    #   d: first order 1 Nov, never again        censored at 61 (1 Nov .. end of 31 Dec)
    #   e: first order 20 Nov, never again       censored at 41
    # Old answer: median of the gaps seen inside November = median(5, 20) = 12.5 days.
    # Kaplan-Meier: t=5: 5 at risk -> S = 4/5; t=20: 4 at risk -> S = 4/5 * 3/4 = 3/5;
    # e censored at 41; t=44: 2 at risk (c, d) -> S = 3/5 * 1/2 = 3/10 < 1/2 -> median 44.
    rows = [("a", "2024-11-01", 1), ("a", "2024-11-06", 1), ("b", "2024-11-01", 1),
            ("b", "2024-11-21", 1), ("c", "2024-11-01", 1), ("c", "2024-12-15", 1),
            ("d", "2024-11-01", 1), ("e", "2024-11-20", 1), ("z", "2024-12-31", 1)]
    store = make_store(frame(rows))
    nov = FilterSpec(date_from=date(2024, 11, 1), date_to=date(2024, 11, 30))
    assert kpis(store, nov, Settings())["median_days_to_second_order"] == pytest.approx(44.0)
    t = time_to_second(store, nov, Settings())
    assert (t["customers"], t["with_second"], t["median_days"]) == (5, 3, pytest.approx(44.0))
    assert t["q1_days"] == pytest.approx(20.0)  # first time S < 3/4 (S(20) = 3/5)
    assert t["q3_days"] is None  # S never falls below 1/4 by the data end
    assert t["too_few"] is True and t["data_end"] == "2024-12-31"
    # Within 30 days, among customers observed 30 days (first order <= 1 Dec): all 5;
    # a and b came back -> 2/5. Within 60 days (first order <= 1 Nov): a, b, c, d;
    # a, b, c -> 3/4. Within 90: nobody observed that long -> 0 eligible.
    within = {w["days"]: (w["eligible"], w["with_second"]) for w in t["within"]}
    assert within == {30: (5, 2), 60: (4, 3), 90: (0, 0)}
    n = {r["n"]: (r["eligible"], r["repeaters"]) for r in nday(store, nov, Settings(), n=[30])["overall"]}
    assert n == {30: (5, 2)}


def test_km_median_small_cases():
    import numpy as np

    # No censoring: S drops 1/3 at each of 1, 2, 3 -> S(2) = 1/3 < 1/2 -> median 2.
    assert km_median(np.array([1.0, 2.0, 3.0]), np.array([True, True, True])) == 2.0
    # Even count, no censoring: S(2) = 1/2 is not below 1/2; S(3) = 1/4 -> 3
    # (statsmodels' and SAS's strict rule, not the midpoint 2.5).
    assert km_median(np.array([1.0, 2.0, 3.0, 4.0]), np.array([True] * 4)) == 3.0
    # Half never come back: S stays at 1/2 -> no median.
    assert km_median(np.array([1.0, 9.0]), np.array([True, False])) is None
    assert km_median(np.array([]), np.array([], dtype=bool)) is None


def test_clustered_rate_by_hand():
    from retention_desktop.core.engine.inference import clustered_rate_cell, clustered_z

    # Three customers: periods retained / periods in the starting base = 2/2, 0/2, 1/1.
    # p = 3/5 = 0.6. Residuals x - p t: 0.8, -1.2, 0.4; squares sum to 2.24;
    # SE = sqrt(3/2 * 2.24) / 5 = 0.366606 (a binomial over 5 "trials" would say 0.219).
    cell = clustered_rate_cell([2, 0, 1], [2, 2, 1])
    assert (cell["value"], cell["n"], cell["trials"]) == (0.6, 3, 5)
    assert cell["se"] == pytest.approx(0.3666060556)
    other = clustered_rate_cell([1, 1], [1, 1])  # p = 1, residuals 0: SE = 0
    # z = (0.6 - 1) / 0.366606 = -1.0911 -> two-sided p = 0.2752
    assert clustered_z(cell, other) == pytest.approx(0.27523, abs=1e-4)


def test_compare_counts_customers_not_customer_periods(make_store):
    from retention_desktop.core.engine.compare import customer_periods
    from retention_desktop.core.engine.crr import crr_prepared
    from retention_desktop.core.engine.prepared import prepare

    # W = 30, monthly, data 15 Jan .. 30 Apr (April complete).
    # a buys on the 15th of Jan..Apr: active at the start of Feb, Mar, Apr and at the end
    #   of April -> in S0 of 3 periods, retained in all 3.
    # b buys on 20 Jan only: in S0 of February (20 Jan is within 30 days of 1 Feb), gone
    #   by 1 Mar (window 30 Jan .. 28 Feb) -> 1 period, retained in 0.
    rows = [("a", f"2024-0{m}-15", 1) for m in (1, 2, 3, 4)] + [("b", "2024-01-20", 1),
                                                                ("z", "2024-04-30", 1)]
    store = make_store(frame(rows))
    prep = prepare(store, FilterSpec(), Settings(activity_window_days=30))
    periods = [p for p in crr_prepared(prep)["periods"] if p["complete"]]
    trials, kept = customer_periods(prep, periods)
    # (customers are ordered by id hash, so compare the sorted pairs; z is in no S0)
    got = sorted(zip(trials.tolist(), kept.tolist(), strict=True), reverse=True)
    assert got == [(3.0, 3.0), (1.0, 0.0), (0.0, 0.0)]


def test_same_time_orders_count_in_file_order_whatever_the_insert_order(make_store):
    from retention_desktop.core.engine.second_order import time_to_second

    # One file, rows 1 and 2 are two orders of customer c at the same second: 10 then 30.
    # The importer may write them in any order (here: row 2 first). File order decides:
    # c's 1st order is 10, the 2nd 30 -> AOV of 1st orders 10, of 2nd orders 30.
    store = make_store()
    df = pd.DataFrame({"order_id": ["o2", "o1"], "customer_id": ["c", "c"],
                       "order_ts": pd.to_datetime(["2024-01-05 10:00"] * 2),
                       "revenue": [30.0, 10.0], "kind": "order", "source_row": [2, 1],
                       "import_id": [1, 1]})
    with store.write() as cur:
        cur.register("incoming", df)
        cur.execute("INSERT INTO orders (order_id, customer_id, order_ts, revenue, kind, "
                    "source_row, import_id) SELECT * FROM incoming")
    aov = {r["order_number"]: r["aov"]
           for r in time_to_second(store, FilterSpec(), Settings())["aov_by_order_number"]}
    assert aov == {"1st": 10.0, "2nd": 30.0}


def test_stage_filter_is_judged_at_the_range_end(make_store):
    # a buys on 20 Jan 2024 only, b on 2 Jan and 20 Dec 2024. With the range ending
    # 31 Jan, both first bought fewer than 90 days before it: both 'new' then (at the
    # data end, 20 Dec, neither is). Before: 0 customers.
    store = make_store(frame([("a", "2024-01-20", 5), ("b", "2024-01-02", 5),
                              ("b", "2024-12-20", 5)]))
    jan = FilterSpec(date_to=date(2024, 1, 31), lifecycle_stage="new")
    assert kpis(store, jan, Settings())["customers"] == 2
    assert kpis(store, FilterSpec(lifecycle_stage="new"), Settings())["customers"] == 0


def test_guests_never_match_a_customer_filter(make_store):
    # Two guest checkouts (no customer id) of 7 each; customer a has 2 orders.
    rows = frame([("a", "2024-01-02", 5), ("a", "2024-01-09", 5)])
    guests = pd.DataFrame({"order_id": ["g1", "g2"], "customer_id": [None, None],
                           "order_ts": pd.to_datetime(["2024-01-03", "2024-01-04"]),
                           "revenue": [7.0, 7.0], "kind": "order"})
    store = make_store(pd.concat([rows, guests], ignore_index=True))
    everyone = kpis(store, FilterSpec(), Settings())
    assert (everyone["guest_orders"], everyone["guest_revenue"]) == (2, 14.0)
    repeaters = kpis(store, FilterSpec(min_orders=2), Settings())
    assert (repeaters["customers"], repeaters["guest_orders"], repeaters["guest_revenue"]) \
        == (1, 0, 0.0)
