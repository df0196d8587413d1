"""What-if projection: a hand-worked two-period shop and an independent pandas
re-implementation of the cohort-layer model on the CDNOW sample."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from growth_fixtures import build_store, cdnow_orders, orders_frame

from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.engine.whatif import whatif

SMALL = Settings(min_cell_n=1)  # the hand-built cohort has only 10 customers


@pytest.fixture
def tiny(tmp_path):
    # January cohort of 10 customers spending 10 each; 5 of them spend 10 again in
    # February; the data ends Feb 29, so both months are complete.
    rows = [(f"j{i}", f"c{i}", "2024-01-10", 10.0) for i in range(10)]
    rows += [(f"f{i}", f"c{i}", "2024-02-29", 10.0) for i in range(5)]
    store = build_store(tmp_path / "w.duckdb", orders_frame(rows))
    yield store
    store.close()


def test_hand_worked_projection(tiny):
    r = whatif(tiny, FilterSpec(), SMALL, x=10, mode="percent", horizon=2)
    # Curve: r = [1, 0.5], revenue per cohort customer v = [10, 5].
    assert [(c["retention"], c["revenue_per_customer"]) for c in r["curve"]] == [
        (1.0, 10.0), (0.5, 5.0)]
    # New customers per period = mean(Jan 10, Feb 0) = 5.
    assert r["new_customers_per_period"] == 5.0
    t1, t2 = r["periods"]
    assert (t1["period"], t2["period"]) == ("2024-03-01", "2024-04-01")
    # Beyond age 1 the curve keeps halving: v(2) = 2.5, v(3) = 1.25.
    # March: Jan cohort at age 2: 10 x 2.5 = 25; March cohort at age 0: 5 x 10 = 50.
    assert t1["baseline_revenue"] == pytest.approx(75.0)
    # April: 10 x 1.25 + 5 x 5 (March cohort, age 1) + 5 x 10 = 87.5.
    assert t2["baseline_revenue"] == pytest.approx(87.5)
    # +10%: every future step is 1.1x as likely. Jan cohort already is at age 1:
    # March 25 x 1.1 + 50 = 77.5; April 12.5 x 1.21 + 25 x 1.1 + 50 = 92.625.
    assert t1["scenario_revenue"] == pytest.approx(77.5)
    assert t2["scenario_revenue"] == pytest.approx(92.625)
    assert t1["baseline_profit"] == pytest.approx(0.4 * 75.0)
    assert r["totals"]["revenue_uplift"] == pytest.approx(77.5 + 92.625 - 75 - 87.5)
    assert r["curve"][1]["scenario_retention"] == pytest.approx(0.55)


def test_points_mode_and_zero_is_neutral(tiny):
    r = whatif(tiny, FilterSpec(), SMALL, x=10, mode="points", horizon=1)
    # q(1) = 0.5 -> 0.6: factor 1.2 on the Jan cohort's future step: 25 x 1.2 + 50 = 80.
    assert r["periods"][0]["scenario_revenue"] == pytest.approx(80.0)
    zero = whatif(tiny, FilterSpec(), SMALL, x=0)
    assert all(p["scenario_revenue"] == pytest.approx(p["baseline_revenue"])
               for p in zero["periods"])
    assert zero["totals"]["revenue_uplift"] == pytest.approx(0.0)


def test_cac_lowers_profit_in_both_scenarios(tiny):
    r = whatif(tiny, FilterSpec(), SMALL, x=10, horizon=1, cac=4.0)
    # 40% x 75 - 5 new x 4 = 10.
    assert r["periods"][0]["baseline_profit"] == pytest.approx(10.0)
    assert r["totals"]["profit_uplift_pct"] > r["totals"]["revenue_uplift_pct"]


def test_cac_from_spend_table(tmp_path):
    rows = [(f"j{i}", f"c{i}", "2024-01-10", 10.0) for i in range(10)]
    rows += [(f"f{i}", f"c{i}", "2024-02-29", 10.0) for i in range(5)]
    spend = pd.DataFrame({"period": [pd.Timestamp("2024-01-01").date()], "channel": ["ads"],
                          "amount": [50.0]})
    store = build_store(tmp_path / "s.duckdb", orders_frame(rows), spend=spend)
    r = whatif(store, FilterSpec(), SMALL, x=10, horizon=1)
    # CAC = 50 spend / 10 new customers = 5; profit = 40% x 75 - 5 new x 5 = 5.
    assert (r["cac"], r["cac_source"]) == (pytest.approx(5.0), "spend table")
    assert r["periods"][0]["baseline_profit"] == pytest.approx(5.0)
    store.close()


def _pandas_projection(df: pd.DataFrame, x: float, horizon: int) -> tuple[list, list]:
    """Independent cohort-layer projection (monthly), written from the definition card."""
    o = df[df["kind"] == "order"].copy()
    o["m"] = o["order_ts"].dt.to_period("M")
    first = o.groupby("customer_id")["m"].min().rename("c")
    o = o.join(first, on="customer_id")
    o["age"] = (o["m"] - o["c"]).apply(lambda d: d.n)
    last = o["m"].max()  # CDNOW ends on Jun 30: the last month is complete
    sizes = first.value_counts()
    act = o.groupby(["c", "age"])["customer_id"].nunique()
    rev = o.groupby(["c", "age"])["revenue"].sum()
    r, v = [], []
    k = 0
    while True:
        cohorts = [c for c in sizes.index if c + k <= last]
        if not cohorts:
            break
        n = sum(sizes[c] for c in cohorts)
        r.append(sum(act.get((c, k), 0) for c in cohorts) / n)
        v.append(sum(rev.get((c, k), 0.0) for c in cohorts) / n)
        k += 1
    q = [1.0] + [r[i] / r[i - 1] for i in range(1, len(r))]
    tail = q[-3:]
    step = min(1.0, math.exp(sum(math.log(t) for t in tail) / 3))
    while len(v) < 60:
        r.append(r[-1] * step)
        v.append(v[-1] * step)
        q.append(step)
    recent = [sizes.get(last - i, 0) for i in range(3)]
    new = sum(recent) / 3
    base, scen = [], []
    for t in range(1, horizon + 1):
        b = s = 0.0
        for c, n in sizes.items():
            age = (last - c).n + t
            mult = 1.0
            for a in range((last - c).n + 1, age + 1):
                mult *= max(q[a], min(q[a] * (1 + x / 100), max(1.0, q[a]))) / q[a]
            b += n * v[age]
            s += n * v[age] * mult
        for j in range(1, t + 1):
            age = t - j
            mult = 1.0
            for a in range(1, age + 1):
                mult *= max(q[a], min(q[a] * (1 + x / 100), max(1.0, q[a]))) / q[a]
            b += new * v[age]
            s += new * v[age] * mult
        base.append(b)
        scen.append(s)
    return base, scen


def test_cdnow_matches_pandas_projection(tmp_path):
    df = cdnow_orders()
    store = build_store(tmp_path / "cd.duckdb", df)
    r = whatif(store, FilterSpec(), Settings(), x=5, horizon=6)
    base, scen = _pandas_projection(df, 5, 6)
    # The engine's mean cohort curve is rounded to 10 digits, hence rel=1e-7.
    assert [p["baseline_revenue"] for p in r["periods"]] == pytest.approx(base, rel=1e-7)
    assert [p["scenario_revenue"] for p in r["periods"]] == pytest.approx(scen, rel=1e-7)
    assert r["totals"]["revenue_uplift_pct"] > 0
    store.close()


def test_small_cohorts_are_not_projected(tiny):
    # With the default minimum cell size (30) the 10-customer cohort is too small.
    r = whatif(tiny, FilterSpec(), Settings())
    assert r["available"] is False and "30 customers" in r["reason"]


def test_not_enough_history(tmp_path):
    store = build_store(tmp_path / "one.duckdb",
                        orders_frame([("o1", "c1", "2024-01-10", 10.0)]))
    r = whatif(store, FilterSpec(), Settings())
    assert r["available"] is False and "history" in r["reason"]
    store.close()
    empty = build_store(tmp_path / "e.duckdb")
    assert whatif(empty, FilterSpec(), Settings())["available"] is False
    empty.close()
    with pytest.raises(ValueError, match="mode"):
        whatif(empty, FilterSpec(), Settings(), mode="double")
