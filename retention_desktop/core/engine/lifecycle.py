"""Lifecycle per period (new / returning / resurrected / dormant) and quick ratio."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import numpy as np

from retention_desktop.core.engine.prepared import Prepared, prepare
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.engine.stats import clean, ratio


def order_periods(prep: Prepared) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct (customer, period) pairs with an order, sorted by customer and period.

    Returns
    -------
    (cust, j, first) : arrays; ``first`` marks each customer's first period.
    """
    cached = prep.memo.get("order_periods")
    if cached is not None:
        return cached
    d = prep.docs
    o = d["is_order"]
    cu, jj = d["cust"][o], d["j"][o]
    keep = np.ones(cu.size, dtype=bool)
    keep[1:] = (cu[1:] != cu[:-1]) | (jj[1:] != jj[:-1])
    cu, jj = cu[keep], jj[keep]
    first = np.ones(cu.size, dtype=bool)
    first[1:] = cu[1:] != cu[:-1]
    prep.memo["order_periods"] = (cu, jj, first)
    return cu, jj, first


def lifecycle_prepared(prep: Prepared) -> dict[str, Any]:
    """Lifecycle table from prepared working tables (see :func:`lifecycle`)."""
    from retention_desktop.core.engine.breakdown import range_dict

    out: dict[str, Any] = {"range": range_dict(prep), "grain": prep.settings.grain,
                           "periods": []}
    if prep.empty or prep.start > prep.end:
        return out
    size = prep.j_end + 2
    cu, jj, first = order_periods(prep)
    prev_same = np.zeros(cu.size, dtype=bool)
    prev_same[1:] = (cu[1:] == cu[:-1]) & (jj[1:] == jj[:-1] + 1)
    n_active = np.bincount(jj, minlength=size)
    n_returning = np.bincount(jj[prev_same], minlength=size)
    n_new = np.bincount(jj[first], minlength=size)
    stats = {j: (int(n_active[j]), int(n_returning[j]), int(n_new[j])) for j in range(size)}
    for j in range(prep.j_start, prep.j_end + 1):
        ps, pe = prep.periods[j]
        active, returning, new = stats.get(j, (0, 0, 0))
        prev_active = stats.get(j - 1, (0, 0, 0))[0]
        resurrected = active - returning - new
        dormant = prev_active - returning
        out["periods"].append({
            "period": ps.isoformat(),
            "start": ps.isoformat(),
            "end": min(pe - timedelta(days=1), prep.end).isoformat(),
            "complete": prep.period_complete(j),
            "enough_history": prep.enough_history(j),
            "active": active,
            "new": new,
            "returning": returning,
            "resurrected": resurrected,
            "dormant": dormant,
            "quick_ratio": clean(ratio(new + resurrected, dormant)),
        })
    return out


def lifecycle(store: Any, spec: FilterSpec, settings: Settings,
              by: str | None = None) -> dict[str, Any]:
    """Lifecycle per period (``by``: also per value of a dimension, under ``segments``).

    Returns
    -------
    dict
        ``periods``: ``active`` (ordered in the period), ``new`` (first-ever order in the
        period), ``returning`` (ordered in this and the previous period), ``resurrected``
        (ordered in this, not the previous, not new), ``dormant`` (ordered in the
        previous period, not this one), ``quick_ratio`` = (new + resurrected) / dormant.
    """
    from retention_desktop.core.engine.breakdown import breakdown

    out = lifecycle_prepared(prepare(store, spec, settings))
    if by:
        out.update(breakdown(store, spec, settings, by, lifecycle_prepared, ("periods",)))
    return out


register_metric(
    "lifecycle", lifecycle,
    cards=("lifecycle_new", "lifecycle_returning", "lifecycle_resurrected",
           "lifecycle_dormant", "quick_ratio"),
    summary="New, returning, resurrected and dormant customers per period, quick ratio",
)
