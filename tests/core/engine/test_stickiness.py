"""Stickiness (DAU/MAU, active days per month, sessions per user per week) against hand
counts and an independent pandas computation on the CDNOW sample."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from growth_fixtures import build_store, cdnow_orders, orders_frame

from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.engine.stickiness import stickiness


def activity_frame(rows):
    return pd.DataFrame({"customer_id": [r[0] for r in rows],
                         "ts": pd.to_datetime([r[1] for r in rows], format="ISO8601"), "event": "session"})


# Jan 1 2024 is a Monday; February 2024 has 29 days.
ACTIVITY = [
    ("u1", "2024-01-01 09:00"), ("u1", "2024-01-01 18:00"), ("u1", "2024-01-02"),
    ("u1", "2024-02-10"),
    ("u2", "2024-01-01"), ("u2", "2024-01-31"),
    ("u3", "2024-02-29"),
]


@pytest.fixture
def activity_store(tmp_path):
    orders = orders_frame([("o1", "u1", "2024-01-05", 10.0, "order", "web"),
                           ("o2", "u2", "2024-01-06", 10.0, "order", "store")])
    store = build_store(tmp_path / "act.duckdb", orders, activity=activity_frame(ACTIVITY))
    yield store
    store.close()


def test_activity_by_hand(activity_store):
    r = stickiness(activity_store, FilterSpec(), Settings())
    assert r["available"] and r["basis"] == "activity"
    jan, feb = r["months"]
    # January: user-days u1{1,2} + u2{1,31} = 4 over 31 days, MAU 2 -> 4/31/2 = 2/31.
    assert (jan["days"], jan["user_days"], jan["mau"]) == (31, 4, 2)
    assert jan["dau_mau"] == pytest.approx(2 / 31)
    # February: u1{10} + u3{29} = 2 user-days over 29 days, MAU 2 -> 1/29.
    assert (feb["days"], feb["user_days"], feb["mau"]) == (29, 2, 2)
    assert feb["dau_mau"] == pytest.approx(1 / 29)
    # Overall, weighted by observed days: (31 * 2/31 + 29 * 1/29) / 60 = 3/60.
    assert r["dau_mau"] == pytest.approx(0.05)
    # User-months: (u1,Jan)=2 days, (u2,Jan)=2, (u1,Feb)=1, (u3,Feb)=1.
    assert [(d["days"], d["user_months"]) for d in r["active_days"]] == [(1, 2), (2, 2)]
    assert r["mean_active_days"] == pytest.approx(1.5)
    # Weeks from Monday Jan 1 to Monday Feb 26: 9 weeks; 7 sessions in 5 user-weeks.
    assert len(r["weeks"]) == 9
    first = r["weeks"][0]
    assert (first["period"], first["sessions"], first["users"]) == ("2024-01-01", 4, 2)
    assert r["sessions_per_user_week"] == pytest.approx(7 / 5)


def test_week_start_setting_moves_weeks(activity_store):
    # Sunday-start weeks: Jan 1 (Mon) belongs to the week starting Sun Dec 31.
    r = stickiness(activity_store, FilterSpec(), Settings(week_start=6))
    assert r["weeks"][0]["period"] == "2023-12-31"


def test_activity_respects_customer_filter(activity_store):
    # channel=web keeps customers with web orders: only u1.
    r = stickiness(activity_store, FilterSpec.from_where_args(["channel=web"]), Settings())
    jan = r["months"][0]
    assert (jan["user_days"], jan["mau"]) == (2, 1)
    assert jan["dau_mau"] == pytest.approx(2 / 31)


def test_activity_date_range(activity_store):
    spec = FilterSpec(date_from=date(2024, 2, 1), date_to=date(2024, 2, 29))
    r = stickiness(activity_store, spec, Settings())
    assert [m["period"] for m in r["months"]] == ["2024-02-01"]
    assert r["dau_mau"] == pytest.approx(1 / 29)


def _pandas_order_stickiness(df: pd.DataFrame, start: date, end: date):
    """Independent: DAU/MAU per month, active-day histogram and weekly sessions on order
    days of identified customers (orders only)."""
    o = df[(df["kind"] == "order") & df["customer_id"].notna()].copy()
    o["d"] = o["order_ts"].dt.normalize()
    o = o[(o["d"] >= pd.Timestamp(start)) & (o["d"] <= pd.Timestamp(end))]
    ud = o.drop_duplicates(["customer_id", "d"]).copy()
    ud["m"] = ud["d"].dt.to_period("M")
    days = pd.Series(pd.date_range(start, end, freq="D"))
    ndays = days.dt.to_period("M").value_counts()
    monthly = ud.groupby("m").agg(user_days=("customer_id", "size"),
                                  mau=("customer_id", "nunique"))
    monthly["days"] = ndays.reindex(monthly.index)
    monthly["ratio"] = monthly["user_days"] / monthly["days"] / monthly["mau"]
    hist = ud.groupby(["customer_id", "m"]).size().value_counts().sort_index()
    o["w"] = o["d"] - pd.to_timedelta(o["d"].dt.day_of_week, unit="D")
    weekly = o.groupby("w").agg(s=("order_id", "size"), u=("customer_id", "nunique"))
    return monthly, hist, weekly


def test_orders_basis_matches_pandas_on_cdnow(tmp_path):
    df = cdnow_orders()
    store = build_store(tmp_path / "cd.duckdb", df)
    r = stickiness(store, FilterSpec(), Settings())
    assert r["basis"] == "orders" and "order days" in r["basis_label"]
    monthly, hist, weekly = _pandas_order_stickiness(df, date(1997, 1, 1), date(1998, 6, 30))
    assert len(r["months"]) == 18
    for row in r["months"]:
        ref = monthly.loc[pd.Period(row["period"], "M")]
        assert (row["user_days"], row["mau"], row["days"]) == (
            ref["user_days"], ref["mau"], ref["days"])
        assert row["dau_mau"] == pytest.approx(ref["ratio"])
    assert {d["days"]: d["user_months"] for d in r["active_days"]} == hist.to_dict()
    active_weeks = [w for w in r["weeks"] if w["users"]]
    assert [w["sessions"] for w in active_weeks] == weekly["s"].tolist()
    assert r["sessions_per_user_week"] == pytest.approx(weekly["s"].sum() / weekly["u"].sum())
    # The breakdown rule: a filter gives what the subset alone gives.
    web = stickiness(store, FilterSpec.from_where_args(["channel=web"]), Settings())
    m_web, _, _ = _pandas_order_stickiness(df[df["channel"] == "web"], date(1997, 1, 1),
                                           date(1998, 6, 30))
    assert [m["mau"] for m in web["months"]] == m_web["mau"].tolist()
    store.close()


def test_empty_and_one_customer(tmp_path):
    empty = build_store(tmp_path / "e.duckdb")
    r = stickiness(empty, FilterSpec(), Settings())
    assert r["available"] is False and r["reason"]
    r = stickiness(empty, FilterSpec(), Settings(), basis="activity")
    assert r["available"] is False and "activity" in r["reason"]
    empty.close()
    one = build_store(tmp_path / "o.duckdb", orders_frame([("o1", "c1", "2024-03-05", 5.0)]))
    r = stickiness(one, FilterSpec(), Settings())
    # One customer on one day: March has 1 observed day -> DAU 1, MAU 1.
    assert r["months"] == [{"period": "2024-03-01", "days": 1, "user_days": 1, "dau": 1.0,
                            "mau": 1, "dau_mau": 1.0}]
    one.close()
