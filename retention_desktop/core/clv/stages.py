"""Lifecycle stages (new, active, at risk, churned, reactivated) and stage movement.

A stage depends on the activity window ``W`` and on each customer's own rhythm — the
median gap between their purchase days (customers with a single purchase get the
shop's typical gap). The rules are data (:class:`StageRules`), shown and editable in
the app; :func:`rule_table` describes them in words.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# The stage rules are the engine's (the filter bar selects by them); re-exported here.
from retention_desktop.core.engine.customer_labels import STAGES, StageRules  # noqa: F401

NOT_YET = "not yet a customer"


def rule_table(rules: StageRules) -> list[dict[str, str]]:
    """The stage rules in words, in the order they are applied (first match wins)."""
    w, f = rules.window_days, rules.overdue_factor
    return [
        {"stage": "new", "rule": f"First purchase within the last {rules.new_window} days."},
        {"stage": "churned", "rule": f"No purchase for {w} days or more and overdue: more "
                                     f"than {f:g}× their usual gap since the last purchase."},
        {"stage": "reactivated", "rule": f"Bought within the last {w} days after a break of "
                                         f"{w} days or more."},
        {"stage": "at risk", "rule": f"Overdue: more than {f:g}× their usual gap since the last "
                                     "purchase" + (f", or P(alive) below {rules.p_alive_threshold:g}."
                                                   if rules.p_alive_threshold is not None else ".")},
        {"stage": "active", "rule": "Everyone else: buying on their usual rhythm."},
    ]


def rhythm_table(daily: pd.DataFrame, as_of) -> pd.DataFrame:
    """Per-customer first/last purchase, purchase days, median and previous gap (days)."""
    as_of = pd.Timestamp(as_of).normalize()
    d = daily.loc[daily["day"] <= as_of, ["customer_id", "day"]].sort_values(["customer_id", "day"])
    gaps = d.groupby("customer_id")["day"].diff().dt.days
    d = d.assign(gap=gaps)
    g = d.groupby("customer_id", sort=True)
    out = pd.DataFrame({
        "first_purchase": g["day"].min(),
        "last_purchase": g["day"].max(),
        "purchase_days": g["day"].size().astype(int),
        "median_gap_days": g["gap"].median(),
        "previous_gap_days": g["gap"].last(),
    })
    out["days_since_last"] = (as_of - out["last_purchase"]).dt.days.astype(int)
    return out


def lifecycle_stages(daily: pd.DataFrame, as_of, rules: StageRules | None = None,
                     p_alive: pd.Series | None = None) -> pd.DataFrame:
    """Stage of every customer with a purchase on or before ``as_of``.

    Parameters
    ----------
    daily : pandas.DataFrame
        ``customer_id``, ``day`` (one row per purchase day).
    as_of : date-like
    rules : StageRules, optional
    p_alive : pandas.Series, optional
        P(alive) by customer id (BG/NBD); missing customers ignore that rule.

    Returns
    -------
    pandas.DataFrame
        :func:`rhythm_table` plus ``rhythm_days`` (the gap used), ``overdue_days``,
        ``next_due`` (expected next purchase date) and ``stage``.
    """
    rules = rules or StageRules()
    as_of = pd.Timestamp(as_of).normalize()
    t = rhythm_table(daily, as_of)
    shop_gap = float(t["median_gap_days"].median()) if t["median_gap_days"].notna().any() \
        else float(rules.window_days)
    rhythm = t["median_gap_days"].fillna(shop_gap).clip(lower=1.0)
    t["rhythm_days"] = rhythm
    t["next_due"] = t["last_purchase"] + pd.to_timedelta(np.round(rhythm), unit="D")
    t["overdue_days"] = (t["days_since_last"] - rhythm).clip(lower=0)
    since = t["days_since_last"]
    overdue = since > rules.overdue_factor * rhythm
    low_alive = pd.Series(False, index=t.index)
    if p_alive is not None and rules.p_alive_threshold is not None:
        low_alive = p_alive.reindex(t.index) < rules.p_alive_threshold
    conditions = [
        (as_of - t["first_purchase"]).dt.days < rules.new_window,
        (since >= rules.window_days) & overdue,
        (since < rules.window_days) & (t["previous_gap_days"] >= rules.window_days),
        overdue | low_alive.fillna(False).astype(bool),
    ]
    t["stage"] = np.select(conditions, ["new", "churned", "reactivated", "at risk"],
                           default="active")
    return t


def transition_matrix(before: pd.Series, after: pd.Series, order: tuple[str, ...] | None = None,
                      ) -> pd.DataFrame:
    """Customers moving from one label to another between two dates.

    Parameters
    ----------
    before, after : pandas.Series
        Label per customer id at the first and second date. Customers only in
        ``after`` appear in the row :data:`NOT_YET`.
    order : tuple of str, optional
        Label order of rows and columns.

    Returns
    -------
    pandas.DataFrame
        Counts; rows = label before, columns = label after.
    """
    b = before.reindex(after.index).fillna(NOT_YET)
    table = pd.crosstab(b.rename("from"), after.rename("to"))
    if order is not None:
        rows = [*order, NOT_YET]
        table = table.reindex(index=rows, columns=list(order), fill_value=0)
        table = table.loc[(table.sum(axis=1) > 0) | (table.index != NOT_YET)]
    return table.astype(int)


def stage_transitions(daily: pd.DataFrame, date_a, date_b, rules: StageRules | None = None,
                      ) -> pd.DataFrame:
    """Lifecycle-stage transition matrix between ``date_a`` and ``date_b``."""
    a = lifecycle_stages(daily, date_a, rules)["stage"]
    b = lifecycle_stages(daily, date_b, rules)["stage"]
    return transition_matrix(a, b, STAGES)
