"""Small hand-built shops whose answers are worked out by hand in each test."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from retention_desktop.core.engine import cohorts as co
from retention_desktop.core.engine.base import FilterError, period_start_sql
from retention_desktop.core.engine.crr import crr
from retention_desktop.core.engine.kpis import kpis
from retention_desktop.core.engine.lifecycle import lifecycle
from retention_desktop.core.engine.recompute import full_recompute
from retention_desktop.core.engine.second_order import nday, time_to_second
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.tasks import Cancelled, CancelToken, Progress, run_to_completion


def frame(rows):
    """rows: (customer, 'YYYY-MM-DD', revenue[, kind[, channel]])."""
    out = []
    for i, r in enumerate(rows):
        out.append({"order_id": f"o{i:05d}", "customer_id": r[0], "order_ts": pd.Timestamp(r[1]),
                    "revenue": float(r[2]), "kind": r[3] if len(r) > 3 else "order",
                    "channel": r[4] if len(r) > 4 else None})
    return pd.DataFrame(out)


def test_crr_worked_example(make_store):
    # March 2024, W = 90 days. Start boundary = end of 29 Feb: active = ordered 1 Dec..29 Feb.
    # End boundary = end of 31 Mar: active = ordered 2 Jan..31 Mar.
    rows = []
    for i in range(1200):  # S0: all ordered on 15 Dec (inside the start window only)
        rows.append((f"old{i}", "2023-12-15", 10))
    for i in range(930):  # 930 of them buy again in March -> retained
        rows.append((f"old{i}", "2024-03-10", 10))
    for i in range(150):  # N = 150 new customers in March
        rows.append((f"new{i}", "2024-03-05", 10))
    for i in range(20):  # 20 lapsed customers (last order in Sept) come back in March
        rows.append((f"back{i}", "2023-09-01", 10))
        rows.append((f"back{i}", "2024-03-12", 10))
    rows.append(("later", "2024-04-30", 10))  # the data goes on after March
    store = make_store(frame(rows))
    spec = FilterSpec(date_from=date(2024, 3, 1), date_to=date(2024, 3, 31))
    (march,) = crr(store, spec, Settings())["periods"]
    # E = 930 retained + 150 new + 20 resurrected = 1100
    assert (march["S0"], march["N"], march["E"]) == (1200, 150, 1100)
    assert march["crr"] == pytest.approx(0.7917, abs=5e-5)  # (1100 - 150) / 1200
    assert march["retained"] == 930
    assert march["crr_strict"] == pytest.approx(930 / 1200)
    assert march["churned"] == 270 and march["churn_rate"] == pytest.approx(270 / 1200)
    assert march["resurrected"] == 20 == march["E"] - march["N"] - march["retained"]
    assert march["complete"] is True and march["end"] == "2024-03-31"


def test_empty_project(make_store):
    store = make_store()
    result = run_to_completion(full_recompute(store, FilterSpec(), Settings()))
    assert result["kpis"]["customers"] == 0 and result["kpis"]["orders"] == 0
    assert result["kpis"]["aov"] is None and result["kpis"]["repeat_purchase_rate"] is None
    assert result["crr"]["periods"] == [] and result["lifecycle"]["periods"] == []
    assert result["cohorts"]["return-on"]["cohorts"] == []
    assert result["nday"]["overall"] == []


def test_empty_range(make_store):
    store = make_store(frame([("a", "2024-01-05", 10), ("a", "2024-02-05", 20)]))
    spec = FilterSpec(date_from=date(2025, 1, 1))
    k = kpis(store, spec, Settings())
    assert (k["customers"], k["orders"], k["revenue"]) == (0, 0, 0.0)
    assert crr(store, spec, Settings())["periods"] == []
    assert co.cohorts(store, spec, Settings())["cohorts"] == []


def test_one_customer(make_store):
    # a: 10 Jan (40), 25 Jan (60), 3 Mar (20), return of 10 on 5 Mar. Data ends 5 Mar.
    store = make_store(frame([("a", "2024-01-10", 40), ("a", "2024-01-25", 60),
                              ("a", "2024-03-03", 20), ("a", "2024-03-05", -10, "return")]))
    k = kpis(store, FilterSpec(), Settings())
    assert k["customers"] == 1 and k["orders"] == 3
    assert k["revenue"] == pytest.approx(110.0)  # net of the return
    assert k["aov"] == pytest.approx(110 / 3)
    assert k["repeat_purchase_rate"] == 1.0 and k["returning_customer_rate"] == 1.0
    assert k["median_days_to_second_order"] == pytest.approx(15.0)
    gross = kpis(store, FilterSpec(), Settings(revenue_policy="gross"))
    assert gross["revenue"] == pytest.approx(120.0)
    # Only March: one order in range, but an earlier one exists -> returning, not repeat.
    march = kpis(store, FilterSpec(date_from=date(2024, 3, 1)), Settings())
    assert march["repeat_purchase_rate"] == 0.0 and march["returning_customer_rate"] == 1.0
    life = lifecycle(store, FilterSpec(), Settings())["periods"]
    assert [(p["new"], p["returning"], p["resurrected"], p["dormant"]) for p in life] == [
        (1, 0, 0, 0), (0, 0, 0, 1), (0, 0, 1, 0)]
    assert life[1]["quick_ratio"] == 0.0 and life[2]["quick_ratio"] is None
    tts = time_to_second(store, FilterSpec(), Settings())
    assert tts["median_days"] == pytest.approx(15.0)
    assert [r["aov"] for r in tts["aov_by_order_number"]] == [40.0, 60.0, 20.0]
    ltv = co.cohorts(store, FilterSpec(), Settings(), measure="ltv")["cohorts"][0]["cells"]
    assert [c["value"] for c in ltv] == [100.0, 100.0, 110.0]
    rev = co.cohorts(store, FilterSpec(), Settings(), measure="revenue")["cohorts"][0]["cells"]
    assert [c["value"] for c in rev] == [100.0, 0.0, 10.0]


def test_all_guests(make_store):
    store = make_store(frame([(None, "2024-01-10", 40), (None, "2024-02-10", 60)]))
    k = kpis(store, FilterSpec(), Settings())
    assert k["customers"] == 0 and k["orders"] == 0 and k["revenue"] == 0.0
    assert k["guest_orders"] == 2 and k["guest_revenue"] == pytest.approx(100.0)
    assert all(p["S0"] == 0 and p["E"] == 0 for p in crr(store, FilterSpec(), Settings())["periods"])
    assert co.cohorts(store, FilterSpec(), Settings())["cohorts"] == []


def test_returns_and_cancels_are_not_orders(make_store):
    # 'r' only ever returned something: not a customer; 'a' has an order and a cancel.
    store = make_store(frame([("a", "2024-01-10", 50), ("a", "2024-01-11", -50, "cancel"),
                              ("r", "2024-01-12", -30, "return")]))
    k = kpis(store, FilterSpec(), Settings())
    assert k["customers"] == 1 and k["orders"] == 1 and k["revenue"] == 0.0
    assert k["repeat_purchase_rate"] == 0.0


def test_cohort_with_no_returns_and_incomplete_last_period(make_store):
    # Jan cohort: x, y (y returns in Feb). Feb cohort: z, never returns. Data ends 10 Mar,
    # so March is incomplete.
    store = make_store(frame([("x", "2024-01-03", 10), ("y", "2024-01-20", 10),
                              ("y", "2024-02-02", 10), ("z", "2024-02-14", 10),
                              ("w", "2024-03-10", 10)]))
    m = co.cohorts(store, FilterSpec(), Settings(), measure="return-on")
    jan, feb, mar = m["cohorts"]
    assert (jan["cohort"], jan["size"], feb["size"], mar["size"]) == ("2024-01-01", 2, 1, 1)
    assert [c["value"] for c in jan["cells"]] == [1.0, 0.5, 0.0]
    assert [c["complete"] for c in jan["cells"]] == [True, True, False]
    assert [c["value"] for c in feb["cells"]] == [1.0, 0.0]  # no returns
    assert [c["complete"] for c in feb["cells"]] == [True, False]
    assert all(c["low_n"] for c in jan["cells"])  # n = 2 < 30
    # Jan is the export's first period: its customers were already active when the data
    # starts, so it is labelled and left out of the mean. That leaves Feb (complete at
    # k = 0) and Mar (incomplete): fewer than 3 cohorts at every age, so no mean at all
    # and no health score.
    assert [r["already_active"] for r in m["cohorts"]] == [True, False, False]
    assert m["mean"] == []
    assert all(h["score"] is None for h in m["health"])
    rep = co.cohorts(store, FilterSpec(), Settings(), measure="repurchase")["cohorts"][0]
    assert [c["value"] for c in rep["cells"]] == [0.0, 0.5, 0.5]
    after = co.cohorts(store, FilterSpec(), Settings(), measure="on-or-after")["cohorts"][0]
    assert [c["value"] for c in after["cells"]] == [1.0, 0.5, 0.0]
    crr_periods = crr(store, FilterSpec(), Settings())["periods"]
    assert crr_periods[-1]["complete"] is False and crr_periods[-1]["end"] == "2024-03-10"
    # End of data (10 Mar): x, y, z, w all ordered within 90 days.
    assert crr_periods[-1]["E"] == 4 and crr_periods[-1]["S0"] == 3


def test_nday_hand_worked(make_store):
    # a: 2nd order after 5 days; b: after 20 days; c: none. Data ends 2024-03-01.
    store = make_store(frame([("a", "2024-01-01", 1), ("a", "2024-01-06", 1),
                              ("b", "2024-01-10", 1), ("b", "2024-01-30", 1),
                              ("c", "2024-02-25", 1), ("d", "2024-03-01", 1)]))
    res = nday(store, FilterSpec(), Settings(), n=[7, 30])
    by_n = {r["n"]: r for r in res["overall"]}
    # N=7: eligible first order <= 23 Feb: a, b -> a repeats within 7 days.
    assert (by_n[7]["eligible"], by_n[7]["repeaters"]) == (2, 1)
    # N=30: first order <= 31 Jan: a, b -> both within 30 days.
    assert (by_n[30]["eligible"], by_n[30]["repeaters"]) == (2, 2)


def test_week_grain_and_week_start(make_store):
    # 2024-05-15 is a Wednesday.
    store = make_store(frame([("a", "2024-05-15", 1)]))
    cur = store.cursor()
    for ws, expected in ((0, date(2024, 5, 13)), (6, date(2024, 5, 12)), (2, date(2024, 5, 15)),
                         (3, date(2024, 5, 9))):
        sql = period_start_sql("DATE '2024-05-15'", Settings(grain="week", week_start=ws))
        assert cur.execute("SELECT " + sql).fetchone()[0] == expected
    periods = lifecycle(store, FilterSpec(), Settings(grain="week", week_start=6))["periods"]
    assert periods[0]["start"] == "2024-05-12"


def test_jalali_months_through_the_calendar_hook(make_store):
    # 1 Farvardin 1403 = 2024-03-20; 1 Esfand 1402 = 2024-02-20.
    store = make_store(frame([("a", "2024-03-19", 1), ("b", "2024-03-21", 1),
                              ("a", "2024-03-25", 1)]))
    periods = lifecycle(store, FilterSpec(), Settings(calendar="jalali"))["periods"]
    assert [p["start"] for p in periods] == ["2024-02-20", "2024-03-20"]
    assert [(p["new"], p["returning"]) for p in periods] == [(1, 0), (1, 1)]


def test_unknown_filter_column_is_a_clear_error(make_store):
    store = make_store(frame([("a", "2024-01-10", 40)]))
    with pytest.raises(FilterError, match="nope"):
        kpis(store, FilterSpec.from_where_args(["nope=1"]), Settings())


def test_hostile_values_and_identifiers_are_parameters(make_store):
    store = make_store(frame([("a", "2024-01-10", 40, "order", "x'); DROP TABLE orders; --")]))
    spec = FilterSpec.from_where_args(["channel=x'); DROP TABLE orders; --"])
    assert kpis(store, spec, Settings())["customers"] == 1
    assert store.table_count("orders") == 1


def test_full_recompute_progress_cancel_and_consistency(make_store, synth_df):
    store = make_store(synth_df)
    seen: list[Progress] = []
    result = run_to_completion(full_recompute(store, FilterSpec(), Settings()), seen.append)
    assert seen[0].fraction == 0.0 and seen[-1].fraction == 1.0
    assert result["kpis"] == kpis(store, FilterSpec(), Settings())
    assert result["crr"] == crr(store, FilterSpec(), Settings())
    assert result["cohorts"]["ltv"] == co.cohorts(store, FilterSpec(), Settings(), measure="ltv")
    token = CancelToken()
    job = full_recompute(store, FilterSpec(), Settings(), token)
    next(job)
    token.cancel()
    with pytest.raises(Cancelled):
        next(job)


def test_same_time_orders_count_in_import_order(make_store):
    # Two orders at the same instant: the first imported is the 1st order.
    store = make_store(frame([("a", "2024-01-10", 70), ("a", "2024-01-10", 30),
                              ("a", "2024-02-01", 5)]))
    tts = time_to_second(store, FilterSpec(), Settings())
    assert [r["aov"] for r in tts["aov_by_order_number"]] == [70.0, 30.0, 5.0]
    assert tts["median_days"] == 0.0


def test_hash_collision_and_tie_regrouping():
    import numpy as np

    from retention_desktop.core.engine.prepared import _fix_order

    # h1 collides for two customers (h2 differs), interleaved by time as DuckDB sorted them.
    cols = {"h1": np.array([5, 5, 5, 5], dtype=np.uint64),
            "h2": np.array([1, 2, 1, 2], dtype=np.uint64),
            "ms": np.array([10, 20, 30, 40])}
    _fix_order(cols, np.array([0, 1, 2, 3]), np.arange(4))
    assert cols["h2"].tolist() == [1, 1, 2, 2] and cols["ms"].tolist() == [10, 30, 20, 40]
    # Ties within a customer are put in import order, other rows stay put. The import
    # positions are read through the sort's permutation: the rows now at 0..4 came from
    # fetched rows 4, 2, 0, 3, 1, whose import positions are 7, 3, 1, 6, 2.
    fetched_rid = np.array([1, 2, 3, 6, 7])
    order = np.array([4, 2, 0, 3, 1])
    cols = {"h1": np.array([1, 1, 1, 2, 2], dtype=np.uint64),
            "h2": np.array([9, 9, 9, 8, 8], dtype=np.uint64),
            "ms": np.array([10, 10, 20, 5, 5]), "tag": fetched_rid[order]}
    assert cols["tag"].tolist() == [7, 3, 1, 6, 2]
    _fix_order(cols, fetched_rid, order)
    assert cols["tag"].tolist() == [3, 7, 1, 2, 6]
