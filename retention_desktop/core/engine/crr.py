"""Customer retention rate table (seed template) per period.

Status is evaluated at period *boundaries*: boundary ``b`` is the end of the day before
period ``b`` starts; the boundary after the last period is the end of the data when that
period is incomplete. A customer is active at a boundary when they ordered on one of the
W days ending there. An order on day ``d`` therefore makes its customer active at every
boundary ``b`` with ``d < start(b) <= d + W``, i.e. ``j(d) < b <= j(d + W)``. Per customer
these intervals are merged into spells of consecutive boundaries; S0/E are counts of spells
covering a boundary, R counts spells covering both ends of a period (difference arrays,
one vectorised pass).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import numpy as np

from retention_desktop.core.engine.prepared import Prepared, prepare, to_day
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.engine.stats import clean, ratio


def activity_spells(prep: Prepared) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per customer, maximal runs of consecutive boundaries at which they are active.

    Returns
    -------
    (cust, lo, hi) : arrays
        Spell ``s`` covers boundaries ``lo[s] .. hi[s]`` (only boundaries >= ``j_start``).
    """
    d = prep.docs
    o = d["is_order"]
    if prep.j_start in prep.periods:
        # An order more than W days before the range's first period start makes its
        # customer active at no boundary >= j_start, and neither does any earlier order
        # of that customer: leave them out (exact; a one-month comparison window then
        # looks at a few weeks of orders instead of the whole history).
        first = to_day(prep.periods[prep.j_start][0]) - prep.window
        if d["day"].size and d["day"].min() < first:
            o = o & (d["day"] >= first)
    cu, dy = d["cust"][o], d["day"][o]
    if cu.size == 0:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    distinct = np.ones(cu.size, dtype=bool)
    distinct[1:] = (cu[1:] != cu[:-1]) | (dy[1:] != dy[:-1])
    cu, dy = cu[distinct], dy[distinct]
    w, end = prep.window, prep.end_day
    lo = prep.j_of_day(dy).astype(np.int64) + 1
    # Active at the end-of-data boundary (after the last, maybe partial, period) when
    # the order is among the last W days; otherwise up to the start of period j(d + W).
    jw = np.where(dy + w > end, prep.j_end + 1,
                  prep.j_of_day(np.minimum(dy + w, end))).astype(np.int64)
    same_next = np.zeros(cu.size, dtype=bool)
    same_next[:-1] = cu[1:] == cu[:-1]
    lo_next = np.empty_like(lo)
    lo_next[:-1] = lo[1:]
    lo_next[-1] = 0
    # The next order day takes over from its own first boundary: intervals stay disjoint.
    hi = np.where(same_next, np.minimum(jw, lo_next - 1), jw)
    lo = np.maximum(lo, prep.j_start)
    ok = lo <= hi
    cu, lo, hi = cu[ok], lo[ok], hi[ok]
    if cu.size == 0:
        return cu, lo, hi
    start = np.ones(cu.size, dtype=bool)
    start[1:] = (cu[1:] != cu[:-1]) | (lo[1:] != hi[:-1] + 1)
    end_flag = np.ones(cu.size, dtype=bool)
    end_flag[:-1] = start[1:]
    return cu[start], lo[start], hi[end_flag]


def crr_prepared(prep: Prepared) -> dict[str, Any]:
    """CRR table from prepared working data (see :func:`crr`)."""
    from retention_desktop.core.engine.breakdown import range_dict

    out: dict[str, Any] = {"range": range_dict(prep), "grain": prep.settings.grain,
                           "window_days": prep.window, "periods": []}
    if prep.empty or prep.start > prep.end:
        return out
    size = prep.j_end + 3
    cu, lo, hi = activity_spells(prep)
    active = np.cumsum(np.bincount(lo, minlength=size)[:size]
                       - np.bincount(hi + 1, minlength=size + 1)[:size])
    long = hi > lo  # spells covering both b and b + 1 for b in lo .. hi - 1
    both = np.cumsum(np.bincount(lo[long], minlength=size)[:size]
                     - np.bincount(hi[long], minlength=size)[:size])
    first_j = prep.cust["first_j"] if prep.n_customers else np.zeros(0, np.int32)
    res_mask = (lo >= 1) & (first_j[cu] != lo - 1)
    resurrected = np.bincount(lo[res_mask] - 1, minlength=size)
    new = np.bincount(first_j, minlength=size) if first_j.size else np.zeros(size, np.int64)
    min_n = int(prep.settings.min_cell_n)
    for j in range(prep.j_start, prep.j_end + 1):
        ps, pe = prep.periods[j]
        end = min(pe - timedelta(days=1), prep.end)
        s0, e, r = int(active[j]), int(active[j + 1]), int(both[j])
        n = int(new[j])
        out["periods"].append({
            "period": ps.isoformat(),
            "start": ps.isoformat(),
            "end": end.isoformat(),
            "complete": prep.period_complete(j),
            "enough_history": prep.enough_history(j),
            "too_few": s0 < min_n,
            "S0": s0, "N": n, "E": e,
            "crr": clean(ratio(e - n, s0)),
            "retained": r,
            "crr_strict": clean(ratio(r, s0)),
            "churned": s0 - r,
            "churn_rate": clean(ratio(s0 - r, s0)),
            "resurrected": int(resurrected[j]),
        })
    return out


def crr(store: Any, spec: FilterSpec, settings: Settings,
        by: str | None = None) -> dict[str, Any]:
    """Customer retention rate per period (``by``: also per value of a dimension, under
    ``segments``, each exactly what filtering on that value gives).

    Returns
    -------
    dict
        ``periods``: one dict per period of the range with ``period``, ``start``, ``end``
        (last observed day), ``complete``, ``enough_history`` (the activity window
        before the period start lies inside the export), ``too_few`` (S0 below
        ``settings.min_cell_n``), ``S0``, ``N``, ``E``, ``crr`` = (E - N) / S0 (can exceed
        100 %), ``retained`` R, ``crr_strict`` = R / S0 (the headline "retention rate", never
        above 100 %),
        ``churned`` = S0 - R, ``churn_rate`` = 1 - retention rate,
        ``resurrected`` (active at end, not new, not active at start; equals E - N - R
        whenever the window is at least one period long). Rates are ``None`` when S0 = 0.
    """
    from retention_desktop.core.engine.breakdown import breakdown

    out = crr_prepared(prepare(store, spec, settings))
    if by:
        out.update(breakdown(store, spec, settings, by, crr_prepared, ("periods",)))
    return out


register_metric(
    "crr", crr,
    cards=("crr_strict", "churn_rate", "active_customer", "crr", "retained", "churned",
           "resurrected", "enough_history"),
    summary="Retention rate (R / S0) and churn per period, with the CRR table: S0, N, E, "
    "CRR (E - N) / S0, resurrected",
)
