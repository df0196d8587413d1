"""Cohort matrices (five measures), weighted mean row, health score, customers of a cell.

A cohort is the period of the customer's first order, or the value of a dimension on
that first order. Age ``k`` counts periods since the first order's period.

Time cohorts: every member is observed up to the last period of the data; ``n`` is the
cohort size and a cell is ``complete`` when period ``first + k`` is fully observed.
Dimension cohorts mix customers acquired at different times, so each cell only counts
the customers whose age-``k`` period is fully observed (``n`` says how many); such cells
are always complete.

All five measures come from one pass over the prepared arrays: ``bincount`` histograms
indexed by (cohort, age) — for dimension cohorts by (cohort, observable age A, age) — whose
cumulative sums give "on or after", "repurchase by" and cumulative LTV.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from retention_desktop.core.engine.prepared import Prepared, customer_ids, prepare
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.engine.stats import clean, small_int_unique, wilson

MEASURES = ("return-on", "on-or-after", "repurchase", "revenue", "ltv")
RATE_MEASURES = ("return-on", "on-or-after", "repurchase")
CARD_OF = {"return-on": "cohort_return_on", "on-or-after": "cohort_on_or_after",
           "repurchase": "cohort_repurchase", "revenue": "cohort_revenue",
           "ltv": "cohort_ltv"}
GRAIN_WORDS = ("day", "week", "month", "quarter", "year")
#: The mean curve stops at the first age with fewer complete cohorts than this
#: (definition card ``cohort_weighted_mean``).
MIN_MEAN_COHORTS = 3


@dataclass
class _Cohort:
    key: Any
    size: int
    n: np.ndarray  # customers observed at age k
    num: dict[str, np.ndarray]  # numerator per measure (count or money) per age


MAX_CELLS_3D = 30_000_000


def _jlim(prep: Prepared, by: str | None) -> int:
    """Last period counted: the data end for time cohorts, the last complete period for
    dimension cohorts (whose members are counted only where fully observed)."""
    return prep.j_complete if by else prep.j_end


def _aggregate(prep: Prepared, by: str | None) -> list[_Cohort]:
    from retention_desktop.core.engine.lifecycle import order_periods

    c, d = prep.cust, prep.docs
    if prep.n_customers == 0:
        return []
    jlim = _jlim(prep, by)
    acq = (c["first_day"] >= prep.start_day) & (c["first_day"] <= prep.end_day)
    if not acq.any():
        return []
    first_j = c["first_j"].astype(np.int64)
    key = c[prep.dim_column(by)].astype(np.int64) if by else first_j
    codes, gi_acq = small_int_unique(key[acq])
    gi = np.full(prep.n_customers, -1, dtype=np.int64)
    gi[acq] = gi_acq
    n_c = codes.size
    sizes = np.bincount(gi_acq, minlength=n_c)
    amax = jlim - first_j  # observable age per customer
    k_len = int(max(amax[acq].max(), 0)) + 1
    counted = acq & (amax >= 0)
    # Activity and revenue cells: (cohort, age) from (customer, period) data.
    pc, pj, _ = order_periods(prep)
    pm = counted[pc] & (pj <= jlim)
    act = np.bincount(gi[pc[pm]] * k_len + (pj[pm] - first_j[pc[pm]]),
                      minlength=n_c * k_len).reshape(n_c, k_len)
    dc, dj = d["cust"], d["j"].astype(np.int64)
    age = dj - first_j[dc]
    dm = counted[dc] & (dj <= jlim) & (age >= 0)
    m = np.minimum(c["last_j"].astype(np.int64), jlim) - first_j
    has2 = counted & (c["second_j"] >= 0) & (c["second_j"] - first_j <= amax)
    s = c["second_j"].astype(np.int64) - first_j

    def hist2(idx: np.ndarray, col: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
        return np.bincount(gi[idx] * k_len + col, weights=weights,
                           minlength=n_c * k_len).reshape(n_c, k_len)

    cidx = np.flatnonzero(counted)
    if by is None:
        # Every member of a time cohort is observed up to the same age.
        n = np.where(np.arange(k_len)[None, :] <= (jlim - codes)[:, None], sizes[:, None], 0)
        rev = hist2(dc[dm], age[dm], d["rev"][dm])
        ltv = rev.cumsum(axis=1)
        m_hist = hist2(cidx, m[cidx])
        s_idx = np.flatnonzero(has2)
        rep = hist2(s_idx, s[s_idx]).cumsum(axis=1)
    else:
        if n_c * k_len * k_len > MAX_CELLS_3D:
            raise ValueError("Too many cohorts x ages for this grain; choose a coarser grain "
                             "or a dimension with fewer values.")
        n = hist2(cidx, amax[cidx])[:, ::-1].cumsum(axis=1)[:, ::-1]
        rev = hist2(dc[dm], age[dm], d["rev"][dm])

        def cube(idx: np.ndarray, col: np.ndarray, weights: np.ndarray | None = None):
            flat = (gi[idx] * k_len + amax[idx]) * k_len + col
            return np.bincount(flat, weights=weights,
                               minlength=n_c * k_len * k_len).reshape(n_c, k_len, k_len)

        diag = np.arange(k_len)
        # sum over customers with A >= k of their values at ages <= k
        rev3 = cube(dc[dm], age[dm], d["rev"][dm]).cumsum(axis=2)
        ltv = rev3[:, ::-1, :].cumsum(axis=1)[:, ::-1, :][:, diag, diag]
        m_hist = hist2(cidx, m[cidx])
        s_idx = np.flatnonzero(has2)
        rep3 = cube(s_idx, s[s_idx]).cumsum(axis=2)
        rep = rep3[:, ::-1, :].cumsum(axis=1)[:, ::-1, :][:, diag, diag]
    after = m_hist[:, ::-1].cumsum(axis=1)[:, ::-1]
    out = []
    for ci, code in enumerate(codes):
        num = {"return-on": act[ci], "on-or-after": after[ci], "repurchase": rep[ci],
               "revenue": rev[ci], "ltv": ltv[ci]}
        out.append(_Cohort(int(code), int(sizes[ci]), n[ci], num))
    if by:  # customers without a value last
        out.sort(key=lambda co: (co.key < 0, prep.dim_label(by, co.key) or ""))
    return out


def _label(prep: Prepared, key: int, by: str | None) -> Any:
    return prep.dim_label(by, key) if by else prep.periods[key][0].isoformat()


def _matrix(prep: Prepared, cohorts: list[_Cohort], measure: str,
            by: str | None, all_cohorts: bool = False) -> dict[str, Any]:
    """One measure's matrix, weighted mean row and health scores."""
    is_rate = measure in RATE_MEASURES
    min_n = int(prep.settings.min_cell_n)
    rows = []
    mean_num: dict[int, float] = {}
    mean_den: dict[int, float] = {}
    mean_cohorts: dict[int, int] = {}
    first_j = None if by or all_cohorts else prep.j_data_start
    for co in cohorts:
        # The export's first period holds everyone already buying when the data starts:
        # not new customers, so it is labelled and kept out of the mean.
        already = first_j is not None and co.key == first_j
        cells = []
        for k, n in enumerate(co.n):
            n = int(n)
            if n <= 0:
                continue
            x = float(co.num[measure][k])
            value = x / n
            complete = True if by else (co.key + k) <= prep.j_complete
            low, high = wilson(x, n) if is_rate else (None, None)
            cells.append({"k": k, "value": clean(value), "n": n, "complete": complete,
                          "ci_low": clean(low), "ci_high": clean(high),
                          "low_n": n < min_n})
            if complete and not already:
                mean_num[k] = mean_num.get(k, 0.0) + x
                mean_den[k] = mean_den.get(k, 0.0) + n
                mean_cohorts[k] = mean_cohorts.get(k, 0) + 1
        rows.append({"cohort": _label(prep, co.key, by), "size": co.size,
                     "already_active": already, "cells": cells})
    mean = {}
    for k in sorted(mean_den):
        if by is None and not all_cohorts and mean_cohorts[k] < MIN_MEAN_COHORTS:
            break  # one or two cohorts are not an average: the curve stops here
        if mean_den[k] > 0:
            mean[k] = mean_num[k] / mean_den[k]
    health = []
    for row in rows:
        scores = []
        for cell in row["cells"]:
            ref = mean.get(cell["k"])
            score = 100.0 * cell["value"] / ref if ref else None
            scores.append({"k": cell["k"], "score": clean(score, 4),
                           "complete": cell["complete"]})
        used = [s["score"] for s in scores
                if s["score"] is not None and s["complete"] and s["k"] >= 1]
        health.append({"cohort": row["cohort"],
                       "score": clean(sum(used) / len(used), 4) if used else None,
                       "cells": scores})
    return {
        "measure": measure,
        "card": CARD_OF[measure],
        "unit": "rate" if is_rate else "money",
        "cohorts": rows,
        "mean": [{"k": k, "value": clean(v), "n": int(mean_den[k]), "cohorts": mean_cohorts[k]}
                 for k, v in mean.items()],
        "health": health,
    }


def cohorts_prepared(prep: Prepared, measures: tuple[str, ...] = MEASURES,
                     by: str | None = None, all_cohorts: bool = False
                     ) -> dict[str, dict[str, Any]]:
    """Matrices for several measures from one aggregation pass.

    ``all_cohorts=True`` keeps the export's first cohort in the mean and does not cut the
    mean where fewer than 3 cohorts remain (the what-if projection's own curve).
    """
    from retention_desktop.core.engine.breakdown import range_dict

    base = {"range": range_dict(prep), "grain": prep.settings.grain,
            "cohort_by": by or prep.settings.grain}
    if prep.empty or prep.start > prep.end:
        return {m: {**base, "measure": m, "card": CARD_OF[m], "cohorts": [], "mean": [],
                    "health": []} for m in measures}
    agg = _aggregate(prep, by)
    return {m: {**base, **_matrix(prep, agg, m, by, all_cohorts)} for m in measures}


def _split_by(settings: Settings, by: str | None) -> tuple[Settings, str | None]:
    if by in GRAIN_WORDS:
        return settings.with_(grain=by), None
    return settings, by


def cohorts(
    store: Any, spec: FilterSpec, settings: Settings, measure: str = "return-on",
    by: str | None = None,
) -> dict[str, Any]:
    """A cohort matrix.

    Parameters
    ----------
    measure : {'return-on', 'on-or-after', 'repurchase', 'revenue', 'ltv'}
    by : str, optional
        A grain word (``month``, ``week``...) for time cohorts of that grain, or a
        dimension column for cohorts by its value on the first order.

    Returns
    -------
    dict
        ``cohorts`` = [{``cohort``, ``size``, ``already_active`` (the export's first
        period: customers already active when the data starts), ``cells`` = [{``k``,
        ``value``, ``n``, ``complete``, ``ci_low``, ``ci_high``, ``low_n``}]}], ``mean`` =
        [{``k``, ``value``, ``n``, ``cohorts``}] over complete cells of the other cohorts,
        up to the last age with at least 3 of them, ``health`` = per cohort 100 x value /
        mean at each age (``score`` averages complete ages >= 1).
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; use one of {', '.join(MEASURES)}")
    settings, dim = _split_by(settings, by)
    prep = prepare(store, spec, settings, dims=(dim,) if dim else ())
    return cohorts_prepared(prep, (measure,), dim)[measure]


def customers_in_cell(
    store: Any, spec: FilterSpec, settings: Settings, cohort: Any, k: int,
    measure: str = "return-on", by: str | None = None, limit: int = 10000,
) -> dict[str, Any]:
    """The customers behind one cohort cell (the numerator of a rate; everyone observed
    for money measures, with the money they brought in ``value``).

    Parameters
    ----------
    cohort : str
        The cohort label as returned by :func:`cohorts` (ISO date of the period start, or
        the dimension value; ``None`` for customers without a value).
    k : int
        Age in periods.
    measure, by : as in :func:`cohorts`.
    limit : int
        At most this many rows (largest ``value`` first).

    Returns
    -------
    dict
        ``customers`` = [{``customer_id``, ``first_order``, ``last_order``, ``orders``,
        ``revenue``, ``value``}], ``total`` (before the limit), ``truncated``.
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; use one of {', '.join(MEASURES)}")
    settings, dim = _split_by(settings, by)
    prep = prepare(store, spec, settings, dims=(dim,) if dim else ())
    if prep.empty:
        return {"customers": [], "total": 0, "truncated": False}
    from retention_desktop.core.engine.lifecycle import order_periods
    from retention_desktop.core.engine.prepared import from_day

    none: dict[str, Any] = {"customers": [], "total": 0, "truncated": False}
    if prep.n_customers == 0:
        return none
    c, d = prep.cust, prep.docs
    jlim, k = _jlim(prep, dim), int(k)
    first_j = c["first_j"].astype(np.int64)
    if dim:
        values = prep.dim_values[prep.dims.index(dim)]
        code = -1 if cohort is None else (values.index(cohort) if cohort in values else None)
        if code is None:
            return none
        members = c[prep.dim_column(dim)] == code
    else:
        key = next((j for j, (ps, _) in prep.periods.items() if ps.isoformat() == str(cohort)),
                   None)
        if key is None:
            return none
        members = first_j == key
    members &= (c["first_day"] >= prep.start_day) & (c["first_day"] <= prep.end_day)
    members &= jlim - first_j >= k
    dj = d["j"].astype(np.int64) - first_j[d["cust"]]
    in_k = dj == k
    n = prep.n_customers
    rev_k = np.bincount(d["cust"][in_k], weights=d["rev"][in_k], minlength=n)
    if measure == "return-on":
        pc, pj, _ = order_periods(prep)
        hit = np.zeros(n, dtype=bool)
        hit[pc[pj - first_j[pc] == k]] = True
    elif measure == "on-or-after":
        hit = np.minimum(c["last_j"], jlim) - first_j >= k
    elif measure == "repurchase":
        hit = (c["second_j"] >= 0) & (c["second_j"] - first_j <= k)
    elif measure == "revenue":
        hit = np.bincount(d["cust"][in_k], minlength=n) > 0
    else:  # ltv: everyone observed, valued by revenue through age k
        hit = np.ones(n, dtype=bool)
        upto = (dj >= 0) & (dj <= k)
        rev_k = np.bincount(d["cust"][upto], weights=d["rev"][upto], minlength=n)
    chosen = np.flatnonzero(members & hit)
    order = np.lexsort((chosen, -rev_k[chosen]))
    chosen = chosen[order]
    shown = chosen[:limit]
    ids = customer_ids(prep, shown)
    return {
        "customers": [
            {"customer_id": ids.get(int(i)), "first_order": from_day(c["first_day"][i]).isoformat(),
             "last_order": from_day(c["last_day"][i]).isoformat(),
             "orders": int(c["n_orders"][i]), "revenue": clean(c["revenue"][i], 6),
             "value": clean(rev_k[i], 6)}
            for i in shown
        ],
        "total": int(chosen.size),
        "truncated": chosen.size > limit,
    }


register_metric(
    "cohorts", cohorts,
    cards=("cohort_return_on", "cohort_on_or_after", "cohort_repurchase", "cohort_revenue",
           "cohort_ltv", "cohort_weighted_mean", "cohort_already_active", "cohort_health"),
    summary="Cohort matrix (--measure return-on|on-or-after|repurchase|revenue|ltv, "
    "--by month|week|quarter|DIM) with weighted mean row and health score",
)
