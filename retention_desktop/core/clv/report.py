"""Customer-value numbers for the printed KPI report."""

from __future__ import annotations

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
    from retention_desktop.core.clv.headline import headline_from_result

    return headline_from_result(store, spec, settings, result)
