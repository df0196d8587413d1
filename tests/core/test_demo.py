"""The demo shop: deterministic, realistic, and complete enough to fill every screen."""

import pandas as pd

from retention_desktop.core.demo import EXPERIMENT, build_demo_project, generate_shop
from retention_desktop.core.store import ProjectStore


def test_same_arguments_give_identical_shop():
    a, b = generate_shop(n_customers=300, seed=3), generate_shop(n_customers=300, seed=3)
    pd.testing.assert_frame_equal(a.orders, b.orders)
    pd.testing.assert_frame_equal(a.survey, b.survey)
    assert not generate_shop(n_customers=300, seed=4).orders.equals(a.orders)


def test_shop_is_realistic():
    shop = generate_shop(n_customers=2000, seed=11)
    o = shop.orders
    real = o[(o["kind"] == "order") & o["customer_id"].notna()]
    per_customer = real.groupby("customer_id").size()
    assert per_customer.size == 2000  # every registered customer bought at least once
    assert 0.25 < (per_customer >= 2).mean() < 0.6  # a plausible repeat share
    assert (o.loc[o["kind"] == "return", "revenue"] < 0).all()
    assert (o.loc[o["kind"] == "order", "revenue"] > 0).all()
    assert 0.02 < o["customer_id"].isna().mean() < 0.08  # some guest checkouts
    assert o["order_id"].is_unique
    assert set(shop.assignments["variant"]) == {"control", "B"}
    assert shop.survey["score"].between(0, 10).all()
    assert set(shop.spend["channel"]) <= {"instagram", "google_ads", "email", "referral"}


def test_variant_b_really_lifts_repeat_buying():
    shop = generate_shop(n_customers=20000, seed=5, with_activity=False)
    o = shop.orders[shop.orders["kind"] == "order"]
    counts = o.groupby("customer_id").size().rename("orders")
    a = shop.assignments.join(counts, on="customer_id")
    rate = a.assign(repeat=a["orders"] >= 2).groupby("variant")["repeat"].mean()
    assert rate["B"] > rate["control"]


def test_demo_project_file(tmp_path):
    path = build_demo_project(tmp_path / "demo.rdproj.duckdb", n_customers=400)
    with ProjectStore(path, read_only=True) as store:
        assert store.get_meta("demo") is True
        cur = store.cursor()
        n_orders = cur.execute("SELECT count(*) FROM orders WHERE kind = 'order'").fetchall()[0][0]
        shop = generate_shop(n_customers=400)
        assert n_orders == int((shop.orders["kind"] == "order").sum())
        exps = cur.execute("SELECT DISTINCT experiment FROM assignments").fetchall()
        assert exps == [(EXPERIMENT,)]
    assert not (tmp_path / "demo.rdproj.duckdb.building").exists()
