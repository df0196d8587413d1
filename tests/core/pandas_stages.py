"""Lifecycle stages restated in plain pandas from the written rules (test reference)."""

from __future__ import annotations

import numpy as np
import pandas as pd


def stages_by_pandas(store, window: int, factor: float = 1.5) -> pd.Series:
    """Lifecycle stage per customer, restated from the written rules (first match wins):
    new (first purchase < W days ago), churned (>= W days quiet and overdue), reactivated
    (bought within W after a break >= W), at risk (overdue: > 1.5x the usual gap),
    active. The usual gap is the median gap between purchase days; one-time buyers get
    the shop's median."""
    df = store.cursor().execute(
        "SELECT customer_id, order_ts FROM orders WHERE kind = 'order' "
        "AND customer_id IS NOT NULL").fetchdf()
    days = (df.assign(day=df["order_ts"].dt.normalize())[["customer_id", "day"]]
            .drop_duplicates().sort_values(["customer_id", "day"]))
    as_of = days["day"].max()
    days["gap"] = days.groupby("customer_id")["day"].diff().dt.days
    g = days.groupby("customer_id")
    c = pd.DataFrame({"first": g["day"].min(), "last": g["day"].max(),
                      "med_gap": g["gap"].median(), "prev_gap": g["gap"].last()})
    # gap of the last purchase day (NaN for one-time buyers; .last() skips NaN)
    c.loc[g.size() == 1, "prev_gap"] = np.nan
    shop_gap = c["med_gap"].median()
    rhythm = np.maximum(c["med_gap"].fillna(shop_gap), 1.0)
    since = (as_of - c["last"]).dt.days
    age = (as_of - c["first"]).dt.days
    overdue = since > factor * rhythm
    stage = np.select(
        [age < window, (since >= window) & overdue, (since < window) & (c["prev_gap"] >= window),
         overdue],
        ["new", "churned", "reactivated", "at risk"], default="active")
    return pd.Series(stage, index=c.index)
