"""What-if: revenue and profit of the next periods with the observed retention curve vs
retention raised by x points or x percent.

Cohort-layer projection. The weighted mean cohort (complete cells) gives ``r(k)``, the
share of a cohort ordering at age ``k``, and ``v(k)``, revenue per cohort customer at age
``k``. Every existing cohort and a stream of new cohorts (mean of the last three complete
periods) follow that curve. The scenario multiplies each *future* period-to-period
retention ratio ``q(k) = r(k) / r(k - 1)`` by ``1 + x/100`` (or adds ``x`` points), capped
at 1 unless already above; revenue at age ``k`` scales with retention. The curve stops at
the first age observed for fewer than ``settings.min_cell_n`` customers; later ages
continue with the mean ratio of its last three steps.
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

from retention_desktop.core.engine.base import period_start_sql
from retention_desktop.core.engine.growth_common import iso, not_available, table_rows
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings

CARDS = ("whatif_projection", "cohort_return_on", "cohort_revenue", "cac")
_PERIOD_DAYS = {"day": 1, "week": 7, "month": 31, "quarter": 92, "year": 366}


def _extend(values: list[float], ratios: list[float], upto: int) -> list[float]:
    """Continue a curve past its last observed age with the mean of the last 3 ratios."""
    tail = [q for q in ratios[-3:] if q > 0]
    step = min(1.0, math.exp(sum(math.log(q) for q in tail) / len(tail))) if tail else 0.0
    out = list(values)
    while len(out) <= upto:
        out.append(out[-1] * step)
    return out


def _raise(q: float, x: float, mode: str) -> float:
    """Scenario ratio: q raised by x points / x percent, capped at 1 unless already above."""
    raised = q + x / 100.0 if mode == "points" else q * (1.0 + x / 100.0)
    return max(q, min(raised, max(1.0, q)))


def _future_labels(prep: Any, settings: Settings, horizon: int) -> list[str | None]:
    last_start = prep.periods[prep.j_complete][0] if prep.j_complete in prep.periods else None
    if last_start is None:
        return [None] * horizon
    span = (horizon + 2) * _PERIOD_DAYS[settings.grain]
    ps = period_start_sql("gd", settings)
    rows = prep.fetch(
        f"SELECT DISTINCT {ps} AS p FROM generate_series(CAST(? AS DATE), "
        "CAST(? AS DATE), INTERVAL 1 DAY) t(gd) ORDER BY p",
        [last_start, last_start + timedelta(days=span)])
    starts = [r[0] for r in rows if r[0] > last_start][:horizon]
    return [iso(d) for d in starts] + [None] * (horizon - len(starts))


def whatif(store: Any, spec: FilterSpec, settings: Settings, x: float = 5.0,
           mode: str = "percent", horizon: int = 12, new_customers: float | None = None,
           cac: float | None = None) -> dict[str, Any]:
    """Project the next ``horizon`` periods with and without better retention.

    Parameters
    ----------
    store : ProjectStore
    spec, settings : FilterSpec, Settings
        ``grain`` sets the period; ``gross_margin_pct`` turns revenue into profit.
    x : float
        Retention improvement (default 5).
    mode : {'percent', 'points'}
        Multiply each period-to-period retention ratio by ``1 + x/100``, or add ``x``
        percentage points to it.
    horizon : int
        Number of future periods.
    new_customers : float, optional
        New customers per future period (default: mean of the last 3 complete periods).
    cac : float, optional
        Acquisition cost per new customer (default: overall CAC when spend is known,
        else 0). Subtracted from profit in both scenarios.

    Returns
    -------
    dict
        ``curve`` [{k, retention, scenario_retention, revenue_per_customer,
        scenario_revenue_per_customer}], ``periods`` [{t, period, baseline_revenue,
        scenario_revenue, baseline_profit, scenario_profit}], ``totals``.
    """
    from retention_desktop.core.engine.cohorts import cohorts_prepared
    from retention_desktop.core.engine.prepared import prepare

    if mode not in ("percent", "points"):
        raise ValueError(f"mode must be 'percent' or 'points', not {mode!r}")
    horizon = int(horizon)
    prep = prepare(store, spec, settings)
    if prep.empty or prep.start > prep.end:
        return not_available("whatif", "No orders in the selected range.")
    # The projection keeps its own curve over every cohort (min_cell_n guards it below).
    mats = cohorts_prepared(prep, ("return-on", "revenue"), all_cohorts=True)
    # Ages whose mean rests on fewer than min_cell_n customers are too noisy to project.
    min_n = int(settings.min_cell_n)
    r_mean = {m["k"]: m["value"] for m in mats["return-on"]["mean"] if m["n"] >= min_n}
    v_mean = {m["k"]: m["value"] for m in mats["revenue"]["mean"] if m["n"] >= min_n}
    big_k = 0
    while big_k + 1 in r_mean and big_k + 1 in v_mean:
        big_k += 1
    if big_k < 1 or 0 not in v_mean:
        return not_available("whatif", "Not enough history: the retention curve needs at "
                             "least one complete period after the first order, observed for "
                             f"at least {min_n} customers (minimum cell size setting).")
    r = [r_mean[k] for k in range(big_k + 1)]
    v = [v_mean[k] for k in range(big_k + 1)]
    q = [1.0] + [r[k] / r[k - 1] if r[k - 1] else 0.0 for k in range(1, big_k + 1)]
    last = prep.j_complete
    sizes = dict(prep.fetch(
        "SELECT first_j, count(*) FROM rd_c WHERE first_d BETWEEN ? AND ? AND first_j <= ? "
        "GROUP BY 1", [prep.start, prep.end, last]))
    max_age = max((last + horizon - j for j in sizes), default=horizon) + 1
    r_ext = _extend(r, q[1:], max_age)
    v_ext = _extend(v, q[1:], max_age)
    q_ext = [1.0] + [r_ext[k] / r_ext[k - 1] if r_ext[k - 1] else 0.0
                     for k in range(1, max_age + 1)]
    boost = [1.0] + [(_raise(qk, x, mode) / qk) if qk > 0 else 1.0 for qk in q_ext[1:]]
    cum_boost = [1.0]  # cum_boost[a] = product of boost[1..a]
    for b in boost[1:]:
        cum_boost.append(cum_boost[-1] * b)
    if new_customers is None:
        recent = [sizes.get(j, 0) for j in range(max(last - 2, prep.j_start), last + 1)]
        new_customers = sum(recent) / len(recent) if recent else 0.0
    cac_source = "given"
    if cac is None:
        cac_source = "none"
        cac = 0.0
        if table_rows(prep.cur, "spend"):
            from retention_desktop.core.engine.cac import overall_cac

            value = overall_cac(prep, settings)
            if value is not None:
                cac, cac_source = float(value), "spend table"
    margin = float(settings.gross_margin_pct) / 100.0

    def revenue(j_future: int, cohort_j: int, size: float, scenario: bool) -> float:
        age = j_future - cohort_j
        if age < 0:
            return 0.0
        # Only future transitions improve: ages after the cohort's current age.
        mult = cum_boost[age] / cum_boost[max(last - cohort_j, 0)] if scenario else 1.0
        return size * v_ext[age] * mult

    labels = _future_labels(prep, settings, horizon)
    periods = []
    for t in range(1, horizon + 1):
        j = last + t
        row: dict[str, Any] = {"t": t, "period": labels[t - 1]}
        for name, scenario in (("baseline", False), ("scenario", True)):
            rev = sum(revenue(j, c, n, scenario) for c, n in sizes.items())
            rev += sum(revenue(j, last + s, new_customers, scenario) for s in range(1, t + 1))
            row[f"{name}_revenue"] = rev
            row[f"{name}_profit"] = margin * rev - cac * new_customers
        periods.append(row)
    totals: dict[str, Any] = {}
    for what in ("revenue", "profit"):
        base = sum(p[f"baseline_{what}"] for p in periods)
        scen = sum(p[f"scenario_{what}"] for p in periods)
        totals[f"baseline_{what}"] = base
        totals[f"scenario_{what}"] = scen
        totals[f"{what}_uplift"] = scen - base
        totals[f"{what}_uplift_pct"] = 100.0 * (scen - base) / abs(base) if base else None
    curve = []
    r_s = 1.0
    for k in range(big_k + 1):
        if k:
            r_s *= _raise(q[k], x, mode) if q[k] > 0 else 0.0
        scen_r = r_s if k else 1.0
        factor = scen_r / r[k] if r[k] else 1.0
        curve.append({"k": k, "retention": r[k], "scenario_retention": scen_r if r[k] else r[k],
                      "revenue_per_customer": v[k],
                      "scenario_revenue_per_customer": v[k] * factor})
    return {
        "metric": "whatif",
        "available": True,
        "x": float(x),
        "mode": mode,
        "horizon": horizon,
        "grain": settings.grain,
        "last_complete_period": iso(prep.periods[last][0]) if last in prep.periods else None,
        "margin_pct": float(settings.gross_margin_pct),
        "new_customers_per_period": float(new_customers),
        "cac": cac,
        "cac_source": cac_source,
        "curve": curve,
        "periods": periods,
        "totals": totals,
    }


register_metric("whatif", whatif, CARDS,
                "Project revenue and profit for the next 12 periods with retention raised "
                "by x% (or x points) vs the observed curve")
