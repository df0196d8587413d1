"""The Overview job's per-period trend: plain pandas per month, and each point equals the
``kpis`` metric over that period."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from retention_desktop.core.engine.kpis import kpis
from retention_desktop.core.engine.overview import overview
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.tasks import run_to_completion


@pytest.mark.parametrize("spec", [FilterSpec(), FilterSpec(include=(("country", ("UK",)),))])
def test_trend_matches_pandas_and_kpis(small_store, spec):
    result = run_to_completion(overview(small_store, spec, Settings())).to_json()
    trend = pd.DataFrame(result["trend"]["periods"])

    df = small_store.cursor().execute(
        "SELECT customer_id, order_ts, revenue, kind, country FROM orders "
        "WHERE customer_id IS NOT NULL").fetchdf()
    if spec.include:
        # rows of the chosen country, of customers with at least one such order
        df = df[df.country == "UK"]
        df = df[df.customer_id.isin(df.loc[df.kind == "order", "customer_id"])]
    df["month"] = df.order_ts.dt.to_period("M").dt.start_time.dt.date.astype(str)
    orders = df[df.kind == "order"]
    by_month = pd.DataFrame({
        "orders": orders.groupby("month").size(),
        "customers": orders.groupby("month").customer_id.nunique(),
        "revenue": df.groupby("month").revenue.sum(),  # net: returns subtract
    }).fillna(0)
    shown = trend.set_index("period")
    for month, row in by_month.iterrows():
        assert shown.loc[month, "orders"] == row["orders"]
        assert shown.loc[month, "customers"] == row["customers"]
        assert shown.loc[month, "revenue"] == pytest.approx(row["revenue"])
    assert shown["orders"].sum() == len(orders)

    for p in result["trend"]["periods"][::5]:
        direct = kpis(small_store, spec.with_(date_from=date.fromisoformat(p["start"]),
                                              date_to=date.fromisoformat(p["end"])), Settings())
        for key in ("customers", "orders", "new_customers", "repeat_purchase_rate",
                    "returning_customer_rate", "aov"):
            assert p[key] == pytest.approx(direct[key]), (p["period"], key)


def test_change_compares_the_headline_period_with_the_one_before(small_store):
    # One rule for the Overview and the report (issue 16, point 3): the cards show the
    # last complete period of the range (the range ends 30 May, so May is unfinished and
    # April is the headline) and compare it with the period before (March).
    spec = FilterSpec(date_from=date(2024, 3, 1), date_to=date(2024, 5, 30))
    result = run_to_completion(overview(small_store, spec, Settings())).to_json()
    cmp = result["compare"]
    assert (cmp["current"]["from"], cmp["current"]["to"]) == ("2024-04-01", "2024-04-30")
    assert (cmp["previous"]["from"], cmp["previous"]["to"]) == ("2024-03-01", "2024-03-31")
    for name, (a, b) in (("current", (date(2024, 4, 1), date(2024, 4, 30))),
                         ("previous", (date(2024, 3, 1), date(2024, 3, 31)))):
        direct = kpis(small_store, spec.with_(date_from=a, date_to=b), Settings())
        assert cmp[name]["kpis"]["orders"] == direct["orders"]
        assert cmp[name]["kpis"]["customers"] == direct["customers"]
    # A one-month range still compares with the month before it (outside the range).
    one = run_to_completion(overview(small_store, FilterSpec(
        date_from=date(2024, 4, 1), date_to=date(2024, 4, 30)), Settings())).to_json()["compare"]
    assert one["previous"]["from"] == "2024-03-01"
