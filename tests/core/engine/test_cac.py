"""CAC per channel/period and payback against hand-worked numbers and pandas on CDNOW."""

from __future__ import annotations

import pandas as pd
import pytest
from growth_fixtures import build_store, cdnow_orders, orders_frame

from retention_desktop.core.engine.cac import cac
from retention_desktop.core.engine.spec import FilterSpec, Settings

ORDERS = [
    ("1", "u1", "2024-01-05", 100.0, "order", "web"),
    ("2", "u1", "2024-02-05", 50.0, "order", "store"),  # later orders keep u1 in 'web'
    ("3", "u2", "2024-01-09", 20.0, "order", "web"),
    ("4", "u3", "2024-01-10", 40.0, "order", "store"),
    ("5", "u3", "2024-03-31", 40.0, "order", "store"),  # data end: March is complete
    ("6", "u4", "2024-02-11", 30.0, "order", "web"),
]
SPEND = [("2024-01-01", "web", 60.0), ("2024-01-15", "store", 10.0),
         ("2024-02-01", "web", 30.0), ("2024-01-01", None, 20.0)]
HALF = Settings(gross_margin_pct=50.0)


def spend_frame(rows):
    return pd.DataFrame({"period": pd.to_datetime([r[0] for r in rows]).date,
                         "channel": [r[1] for r in rows], "amount": [r[2] for r in rows]})


@pytest.fixture
def shop(tmp_path):
    store = build_store(tmp_path / "cac.duckdb", orders_frame(ORDERS), spend=spend_frame(SPEND))
    yield store
    store.close()


def test_cac_and_payback_by_hand(shop):
    r = cac(shop, FilterSpec(), HALF)
    assert r["source"] == "table" and r["unallocated_spend"] == 20.0
    cells = {(p["period"], p["channel"]): p for p in r["by_period"]}
    # January web: 60 / 2 new (u1, u2); February web: 30 / 1 (u4); January store 10 / 1.
    assert cells[("2024-01-01", "web")]["cac"] == pytest.approx(30.0)
    assert cells[("2024-02-01", "web")]["cac"] == pytest.approx(30.0)
    assert cells[("2024-01-01", "store")]["cac"] == pytest.approx(10.0)
    web = next(c for c in r["by_channel"] if c["channel"] == "web")
    store = next(c for c in r["by_channel"] if c["channel"] == "store")
    assert (web["spend"], web["new_customers"], web["cac"]) == (90.0, 3, pytest.approx(30.0))
    # Web margin per customer: age 0 (Jan+Feb cohorts) 50% x 150/3 = 25 < 30;
    # age 1: 50% x (120 + 50 + 30)/3 = 33.3 >= 30 -> payback after 1 period.
    assert [round(p["margin_per_customer"], 4) for p in web["curve"][:2]] == [25.0, 33.3333]
    assert web["payback_period"] == 1
    # Store: u3 brings 40 x 50% = 20 >= 10 in the first month.
    assert store["payback_period"] == 0
    # Overall: (90 + 10 + 20) / 4 = 30; age 0: 50% x 190/4 = 23.75; age 1: 50% x 240/4 = 30.
    ov = r["overall"]
    assert ov["cac"] == pytest.approx(30.0)
    assert ov["curve"][0]["margin_per_customer"] == pytest.approx(23.75)
    assert ov["curve"][1]["margin_per_customer"] == pytest.approx(30.0)
    assert ov["payback_period"] == 1
    # Age 2 (March) is only observed for the January cohort: its March revenue (u3 40)
    # over its 3 customers is added to the age-1 value: 60 + 40/3.
    assert ov["curve"][2]["customers"] == 3
    assert ov["curve"][2]["ltv"] == pytest.approx(60 + 40 / 3)


def test_overall_cac_helper_matches(shop):
    from retention_desktop.core.engine.cac import overall_cac
    from retention_desktop.core.engine.prepared import prepare

    prep = prepare(shop, FilterSpec(), HALF)
    assert overall_cac(prep, HALF) == pytest.approx(cac(shop, FilterSpec(), HALF)["overall"]["cac"])


def test_typed_spend_equals_table(shop, tmp_path):
    typed = [{"period": p[:7], "channel": c, "amount": a} for p, c, a in SPEND]
    plain = build_store(tmp_path / "plain.duckdb", orders_frame(ORDERS))
    a = cac(shop, FilterSpec(), HALF)
    b = cac(plain, FilterSpec(), HALF, spend=typed)
    assert b["source"] == "typed"
    assert {k: v for k, v in a.items() if k != "source"} == {
        k: v for k, v in b.items() if k != "source"}
    plain.close()


def test_margin_changes_payback(shop):
    # With 20% margin web never earns back 30 in the observed ages (20% x 66.7 = 13.3).
    r = cac(shop, FilterSpec(), Settings(gross_margin_pct=20.0))
    assert next(c for c in r["by_channel"] if c["channel"] == "web")["payback_period"] is None


def test_not_available_without_spend(tmp_path):
    store = build_store(tmp_path / "n.duckdb", orders_frame(ORDERS))
    r = cac(store, FilterSpec(), HALF)
    assert r["available"] is False and "spend" in r["reason"]
    store.close()


def test_cdnow_new_customers_per_channel_match_pandas(tmp_path):
    df = cdnow_orders()
    spend = spend_frame([("1997-01-01", "web", 5000.0), ("1997-02-01", "web", 4000.0),
                         ("1997-03-01", "ads", 9000.0)])
    store = build_store(tmp_path / "cd.duckdb", df, spend=spend)
    r = cac(store, FilterSpec(), Settings())
    o = df.sort_values(["customer_id", "order_ts", "order_id"])
    first = o.groupby("customer_id").first()
    first["m"] = first["order_ts"].dt.to_period("M").astype(str) + "-01"
    new = first.groupby(["m", "channel"]).size()
    for p in r["by_period"]:
        assert p["new_customers"] == new.get((p["period"], p["channel"]), 0)
    web = next(c for c in r["by_channel"] if c["channel"] == "web")
    n_web = int((first["channel"] == "web").sum())
    assert web["cac"] == pytest.approx(9000.0 / n_web)
    # Cumulative revenue per web customer through age 2 (all cohorts observed).
    o = o.merge(first[["order_ts"]].rename(columns={"order_ts": "f"}), on="customer_id")
    o["age"] = ((o["order_ts"].dt.year - o["f"].dt.year) * 12
                + o["order_ts"].dt.month - o["f"].dt.month)
    web_rev = o[(o["age"] <= 2) & o["customer_id"].isin(first.index[first["channel"] == "web"])]
    assert web["curve"][2]["ltv"] == pytest.approx(web_rev["revenue"].sum() / n_web)
    store.close()
