"""Customer-value numbers for the printed KPI report."""

from __future__ import annotations

import math

from retention_desktop.core.engine.spec import FilterSpec, Settings


def mean_clv(store, spec: FilterSpec, settings: Settings) -> float | None:
    """Mean 12-month CLV (gross profit) per customer, or None when the model cannot fit."""
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
    if result.bgnbd is None or result.customers.empty:
        return None
    value = float(result.customers["clv"].mean())
    return value if math.isfinite(value) else None
