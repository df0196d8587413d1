"""Stage funnel and reactivations against hand counts and pandas on the CDNOW sample."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from growth_fixtures import build_store, cdnow_orders, orders_frame

from retention_desktop.core.engine.funnel import funnel
from retention_desktop.core.engine.kpis import kpis
from retention_desktop.core.engine.spec import FilterSpec, Settings

ORDERS = [
    ("o1", "c1", "2024-01-03", 10.0, "order", "web"),
    ("o2", "c1", "2024-01-13", 10.0, "order", "web"),
    ("o3", "c1", "2024-02-02", 10.0, "order", "web"),
    ("o4", "c2", "2024-01-06", 10.0, "order", "web"),
    ("o5", "c2", "2024-03-06", 10.0, "order", "web"),
    ("o6", "c3", "2024-01-20", 10.0, "order", "store"),
    ("o7", "c5", "2023-12-02", 10.0, "order", "store"),
    ("o8", "c6", "2024-01-15", 10.0, "order", "store"),
    ("r1", "c6", "2024-01-16", -10.0, "return", "store"),
]
SIGNUPS = [("c1", "2024-01-01"), ("c2", "2024-01-05"), ("c3", "2024-01-10"),
           ("c4", "2024-02-01"), ("c5", "2023-12-01")]
RANGE = FilterSpec(date_from=date(2024, 1, 1), date_to=date(2024, 3, 31))
W30 = Settings(activity_window_days=30)


@pytest.fixture
def shop(tmp_path):
    customers = pd.DataFrame({"customer_id": [c for c, _ in SIGNUPS],
                              "signup_ts": pd.to_datetime([d for _, d in SIGNUPS])})
    store = build_store(tmp_path / "f.duckdb", orders_frame(ORDERS), customers=customers)
    yield store
    store.close()


def stage(r, name):
    return next(s for s in r["stages"] if s["stage"] == name)


def test_signup_funnel_by_hand(shop):
    r = funnel(shop, RANGE, W30)
    assert r["entry"] == "signup"
    # Entrants: c1, c2, c3, c4 signed up in 2024 (c5 in Dec 2023).
    assert stage(r, "signup")["customers"] == 4
    first = stage(r, "first_order")
    # c1, c2, c3 ordered; c4 never did. Days from signup: 2, 1, 10 -> median 2.
    assert (first["customers"], first["conversion"]) == (3, pytest.approx(3 / 4))
    assert first["median_days_from_previous"] == pytest.approx(2.0)
    second = stage(r, "second_order")
    # c1 (10 days later) and c2 (60 days later): median 35.
    assert (second["customers"], second["conversion"]) == (2, pytest.approx(2 / 3))
    assert second["median_days_from_previous"] == pytest.approx(35.0)
    third = stage(r, "third_order")
    # c1 only, 20 days after the second order.
    assert (third["customers"], third["conversion"]) == (1, pytest.approx(1 / 2))
    assert third["median_days_from_previous"] == pytest.approx(20.0)
    assert third["share_of_entrants"] == pytest.approx(1 / 4)
    lo, hi = first["conversion_ci_low"], first["conversion_ci_high"]
    assert lo < 0.75 < hi


def test_reactivations_by_hand(shop):
    r = funnel(shop, RANGE, W30)["reactivations"]
    # Gaps: c1 10 and 20 days, c2 60 days (>= 30: a reactivation). Orders in the range:
    # c1 x3, c2 x2, c3, c6 = 7 (the return is not an order).
    assert (r["orders"], r["customers"], r["orders_in_range"]) == (1, 1, 7)
    assert r["share_of_orders"] == pytest.approx(1 / 7)
    march = next(p for p in r["periods"] if p["period"] == "2024-03-01")
    assert (march["orders"], march["orders_in_period"]) == (1, 1)
    # A 60-day window makes c2's 60-day gap still count, a 61-day one does not.
    assert funnel(shop, RANGE, Settings(activity_window_days=60))["reactivations"]["orders"] == 1
    assert funnel(shop, RANGE, Settings(activity_window_days=61))["reactivations"]["orders"] == 0


def test_without_signups_entry_is_first_order(tmp_path):
    store = build_store(tmp_path / "n.duckdb", orders_frame(ORDERS))
    r = funnel(store, RANGE, W30)
    assert r["entry"] == "first_order" and "customers file" in r["signup_note"]
    # First order in 2024: c1, c2, c3, c6 (c5 started in Dec 2023).
    assert [s["customers"] for s in r["stages"]] == [4, 2, 1]
    # The funnel's median is over the customers who reached the stage: c1 after 10 days,
    # c2 after 60 -> 35. The KPI 'time to second purchase' is a Kaplan-Meier median that
    # also counts c3 and c6, who have not come back by the data end (6 Mar): censored at
    # 47 and 52 days. S(10) = 3/4; c3 and c6 leave the risk set; S(60) = 3/4 * 0/1 = 0,
    # so the first time S < 1/2 is day 60.
    assert stage(r, "second_order")["median_days_from_previous"] == pytest.approx(35.0)
    assert kpis(store, RANGE, W30)["median_days_to_second_order"] == pytest.approx(60.0)
    store.close()


def test_filter_drops_signup_stage_and_narrows(shop):
    r = funnel(shop, RANGE.with_include("channel", ["web"]), W30)
    assert r["entry"] == "first_order" and "unfiltered" in r["signup_note"]
    assert [s["customers"] for s in r["stages"]] == [2, 2, 1]  # c1, c2


def test_cdnow_matches_pandas(tmp_path):
    df = cdnow_orders()
    store = build_store(tmp_path / "cd.duckdb", df)
    r = funnel(store, FilterSpec(), Settings())
    o = df.sort_values(["customer_id", "order_ts", "order_id"]).copy()
    o["seq"] = o.groupby("customer_id").cumcount() + 1
    ts = o.pivot_table(index="customer_id", columns="seq", values="order_ts", aggfunc="first")
    assert [s["customers"] for s in r["stages"]] == [
        int(ts[1].notna().sum()), int(ts[2].notna().sum()), int(ts[3].notna().sum())]
    d12 = ((ts[2] - ts[1]).dt.total_seconds() / 86400).dropna()
    d23 = ((ts[3] - ts[2]).dt.total_seconds() / 86400).dropna()
    assert stage(r, "second_order")["median_days_from_previous"] == pytest.approx(d12.median())
    assert stage(r, "third_order")["median_days_from_previous"] == pytest.approx(d23.median())
    o["gap"] = (o["order_ts"] - o.groupby("customer_id")["order_ts"].shift()).dt.days
    re = o[o["gap"] >= 90]
    react = r["reactivations"]
    assert (react["orders"], react["customers"]) == (len(re), re["customer_id"].nunique())
    store.close()


def test_empty_project(tmp_path):
    store = build_store(tmp_path / "e.duckdb")
    r = funnel(store, FilterSpec(), Settings())
    assert r["available"] is False and r["reason"]
    store.close()
