"""Cohort matrices (five measures), weighted mean row, health score, customers of a cell.

A cohort is the period of the customer's first order, or the value of a dimension on
that first order. Age ``k`` counts periods since the first order's period.

Time cohorts: every member is observed up to the last period of the data; ``n`` is the
cohort size and a cell is ``complete`` when period ``first + k`` is fully observed.
Dimension cohorts mix customers acquired at different times, so each cell only counts
the customers whose age-``k`` period is fully observed (``n`` says how many); such cells
are always complete.

Everything is assembled from two small SQL aggregates grouped by
(cohort, observable age A, age i), so the five measures cost one pass over the working
tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from retention_desktop.core.engine.prepared import Prepared, customer_ids, prepare
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.engine.stats import clean, wilson

MEASURES = ("return-on", "on-or-after", "repurchase", "revenue", "ltv")
RATE_MEASURES = ("return-on", "on-or-after", "repurchase")
CARD_OF = {"return-on": "cohort_return_on", "on-or-after": "cohort_on_or_after",
           "repurchase": "cohort_repurchase", "revenue": "cohort_revenue",
           "ltv": "cohort_ltv"}
GRAIN_WORDS = ("day", "week", "month", "quarter", "year")


@dataclass
class _Cohort:
    key: Any
    size: int
    n: np.ndarray  # customers observed at age k
    num: dict[str, np.ndarray]  # numerator per measure (count or money) per age


def _exprs(prep: Prepared, by: str | None) -> tuple[str, int]:
    if by:
        return prep.dim_column(by), prep.j_complete
    return "first_j", prep.j_end


def _aggregate(prep: Prepared, by: str | None) -> list[_Cohort]:
    group, jlim = _exprs(prep, by)
    where = "first_d BETWEEN ? AND ?"
    hist = prep.fetch(
        f"SELECT {group} AS g, ? - first_j AS a, least(last_j, ?) - first_j AS m, "
        f"second_j - first_j AS s, count(*) FROM rd_c WHERE {where} GROUP BY ALL",
        [jlim, jlim, prep.start, prep.end],
    )
    cells = prep.fetch(
        f"SELECT {group} AS g, ? - first_j AS a, x.j - first_j AS i, "
        "count(*) FILTER (WHERE x.o), sum(x.r) FROM (SELECT cid, j, bool_or(is_order) AS o, "
        "sum(rev) AS r FROM rd_o WHERE j <= ? GROUP BY cid, j) x JOIN rd_c USING (cid) "
        f"WHERE {where} AND x.j >= first_j GROUP BY ALL",
        [jlim, jlim, prep.start, prep.end],
    )
    keys: dict[Any, int] = {}
    sizes: dict[Any, int] = {}
    for g, a, _m, _s, c in hist:
        sizes[g] = sizes.get(g, 0) + int(c)
        if a >= 0:
            keys[g] = max(keys.get(g, -1), int(a))
    mats: dict[Any, dict[str, np.ndarray]] = {}
    for g, amax in keys.items():
        k = amax + 1
        mats[g] = {name: np.zeros((k, k)) for name in ("nA", "act", "rev", "M", "S")}
    for g, a, m, s, c in hist:
        if a < 0 or g not in mats:
            continue
        mt = mats[g]
        mt["nA"][a, 0] += c
        mt["M"][a, m] += c
        if s is not None and s <= a:
            mt["S"][a, s] += c
    for g, a, i, c, r in cells:
        if a < 0 or g not in mats or i > a:
            continue
        mats[g]["act"][a, i] += c
        mats[g]["rev"][a, i] += r or 0.0

    def suffix(x: np.ndarray) -> np.ndarray:  # sum over a >= row
        return x[::-1].cumsum(axis=0)[::-1]

    out = []
    for g in sorted(keys, key=lambda v: (v is None, v)):
        mt = mats[g]
        n = suffix(mt["nA"])[:, 0]
        act, rev = suffix(mt["act"]), suffix(mt["rev"])
        m_suf = suffix(mt["M"])[:, ::-1].cumsum(axis=1)[:, ::-1]  # m >= k
        s_cum = suffix(mt["S"]).cumsum(axis=1)  # s <= k
        diag = np.arange(len(n))
        num = {
            "return-on": act[diag, diag],
            "on-or-after": m_suf[diag, diag],
            "repurchase": s_cum[diag, diag],
            "revenue": rev[diag, diag],
            "ltv": rev.cumsum(axis=1)[diag, diag],
        }
        out.append(_Cohort(g, sizes[g], n, num))
    return out


def _label(prep: Prepared, key: Any, by: str | None) -> Any:
    return key if by else prep.periods[key][0].isoformat()


def _matrix(prep: Prepared, cohorts: list[_Cohort], measure: str,
            by: str | None) -> dict[str, Any]:
    """One measure's matrix, weighted mean row and health scores."""
    is_rate = measure in RATE_MEASURES
    min_n = int(prep.settings.min_cell_n)
    rows = []
    mean_num: dict[int, float] = {}
    mean_den: dict[int, float] = {}
    for co in cohorts:
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
            if complete:
                mean_num[k] = mean_num.get(k, 0.0) + x
                mean_den[k] = mean_den.get(k, 0.0) + n
        rows.append({"cohort": _label(prep, co.key, by), "size": co.size, "cells": cells})
    mean = {k: mean_num[k] / mean_den[k] for k in sorted(mean_den) if mean_den[k] > 0}
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
        "mean": [{"k": k, "value": clean(v), "n": int(mean_den[k])} for k, v in mean.items()],
        "health": health,
    }


def cohorts_prepared(prep: Prepared, measures: tuple[str, ...] = MEASURES,
                     by: str | None = None) -> dict[str, dict[str, Any]]:
    """Matrices for several measures from one aggregation pass."""
    from retention_desktop.core.engine.kpis import range_dict

    base = {"range": range_dict(prep), "grain": prep.settings.grain,
            "cohort_by": by or prep.settings.grain}
    if prep.empty or prep.start > prep.end:
        return {m: {**base, "measure": m, "card": CARD_OF[m], "cohorts": [], "mean": [],
                    "health": []} for m in measures}
    agg = _aggregate(prep, by)
    return {m: {**base, **_matrix(prep, agg, m, by)} for m in measures}


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
        ``cohorts`` = [{``cohort``, ``size``, ``cells`` = [{``k``, ``value``, ``n``,
        ``complete``, ``ci_low``, ``ci_high``, ``low_n``}]}], ``mean`` = [{``k``,
        ``value``, ``n``}] over complete cells, ``health`` = per cohort 100 x value /
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
    group, jlim = _exprs(prep, dim)
    if dim:
        key = cohort
    else:
        key = next((j for j, (ps, _) in prep.periods.items() if ps.isoformat() == str(cohort)),
                   None)
        if key is None:
            return {"customers": [], "total": 0, "truncated": False}
    cond = {
        "return-on": "coalesce(p.o, FALSE)",
        "on-or-after": "least(c.last_j, ?) - c.first_j >= ?",
        "repurchase": "c.second_j IS NOT NULL AND c.second_j - c.first_j <= ?",
        "revenue": "p.r IS NOT NULL",
        "ltv": "TRUE",
    }[measure]
    cond_params: list[Any] = {"on-or-after": [jlim, int(k)], "repurchase": [int(k)]}.get(
        measure, [])
    value = "coalesce(p.cum, 0.0)" if measure == "ltv" else "coalesce(p.r, 0.0)"
    rows = prep.fetch(
        "WITH per AS (SELECT o.cid, bool_or(o.is_order AND o.j = c.first_j + ?) AS o, "
        "sum(o.rev) FILTER (WHERE o.j = c.first_j + ?) AS r, sum(o.rev) AS cum "
        "FROM rd_o o JOIN rd_c c USING (cid) WHERE o.j BETWEEN c.first_j AND c.first_j + ? "
        "GROUP BY o.cid) "
        f"SELECT c.cid, c.first_d, c.last_d, c.n_orders, c.revenue, {value} AS v "
        f"FROM rd_c c LEFT JOIN per p USING (cid) WHERE c.{group} IS NOT DISTINCT FROM ? "
        "AND c.first_d BETWEEN ? AND ? AND ? - c.first_j >= ? "
        f"AND {cond} ORDER BY v DESC, c.cid",
        [int(k), int(k), int(k), key, prep.start, prep.end, jlim, int(k), *cond_params],
    )
    ids = customer_ids(prep, [r[0] for r in rows[:limit]])
    return {
        "customers": [
            {"customer_id": ids.get(cid), "first_order": f.isoformat(),
             "last_order": last.isoformat(), "orders": int(n), "revenue": clean(rev, 6),
             "value": clean(v, 6)}
            for cid, f, last, n, rev, v in rows[:limit]
        ],
        "total": len(rows),
        "truncated": len(rows) > limit,
    }


register_metric(
    "cohorts", cohorts,
    cards=("cohort_return_on", "cohort_on_or_after", "cohort_repurchase", "cohort_revenue",
           "cohort_ltv", "cohort_weighted_mean", "cohort_health"),
    summary="Cohort matrix (--measure return-on|on-or-after|repurchase|revenue|ltv, "
    "--by month|week|quarter|DIM) with weighted mean row and health score",
)
