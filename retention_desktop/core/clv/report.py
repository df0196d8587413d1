"""Customer-value numbers for the printed KPI report."""

from __future__ import annotations

import math

from retention_desktop.core.engine.spec import FilterSpec, Settings


def mean_clv(store, spec: FilterSpec, settings: Settings) -> float | None:
    """Mean 12-month CLV (gross profit) per customer, or None when the model cannot fit
    or does not fit well (see :func:`clv_headline`)."""
    head = clv_headline(store, spec, settings)
    return head["value"] if head and head["model_ok"] else None


def clv_headline(store, spec: FilterSpec, settings: Settings) -> dict | None:
    """The report's CLV card: the model's mean 12-month CLV per customer under the
    project's revenue policy, and whether the model can be trusted.

    Computed once per (data version, filter, settings) of an open project
    (:func:`.headline.cached_headline`); without a stage/segment filter from one grouped
    query and the fits on distinct rows (:func:`.headline.fast_headline`), otherwise by
    the Customers tab's full analysis.

    Returns
    -------
    dict or None
        ``value`` (mean CLV, None without a fit), ``model_ok``, ``problems`` (English
        sentences); None for a project without orders.
    """
    from retention_desktop.core.clv.headline import NeedFull, cached_headline, fast_headline

    def compute():
        if not (spec.lifecycle_stage or spec.rfm_segment):
            try:
                return fast_headline(store, spec, settings)
            except NeedFull:
                pass
        return full_headline(store, spec, settings)

    return cached_headline(store, spec, settings, compute)


def full_headline(store, spec: FilterSpec, settings: Settings) -> dict | None:
    """:func:`clv_headline` through the whole customer-value analysis (every customer
    scored, RFM, stages, the holdout tables): the reference of the fast path."""
    from retention_desktop.core.clv.analysis import (
        CLVOptions,
        analyse_transactions,
        apply_customer_filters,
    )
    from retention_desktop.core.clv.loader import load_transactions

    tx = load_transactions(store, spec, settings)
    if tx.empty:
        return None
    result = analyse_transactions(tx, CLVOptions(), settings)
    apply_customer_filters(result, spec)
    return headline_from_result(store, spec, settings, result)


def headline_from_result(store, spec: FilterSpec, settings: Settings, result) -> dict:
    """The card's figures from a finished analysis with the card's options (after
    :func:`~retention_desktop.core.clv.analysis.apply_customer_filters`)."""
    if result.bgnbd is None or result.customers.empty:
        return {"value": None, "model_ok": False, "problems": list(result.warnings)}
    clv = result.customers["clv"]
    if settings.revenue_policy == "net":
        clv = clv * _kept_share(store, spec, settings).reindex(clv.index).fillna(1.0)
    value = float(clv.mean())
    return {"value": value if math.isfinite(value) else None, "model_ok": result.model_ok,
            "problems": list(result.model_problems)}


def _kept_share(store, spec: FilterSpec, settings: Settings):
    """Per customer, net / gross revenue (returns and cancellations taken off), in
    [0, 1]: the CLV model predicts gross order spend."""
    import pandas as pd

    from retention_desktop.core.engine.base import base_sql

    sql, params = base_sql(spec.with_(lifecycle_stage=None, rfm_segment=None),
                           settings.with_(revenue_policy="net"))
    rows = store.cursor().execute(
        sql + " SELECT CAST(customer_id AS VARCHAR), sum(rev), "
        "sum(revenue) FILTER (WHERE kind = 'order') FROM base_docs GROUP BY 1", params,
    ).fetchall()
    share = {cid: min(max(net / gross, 0.0), 1.0) for cid, net, gross in rows
             if gross and gross > 0}
    return pd.Series(share, dtype=float)
