"""The Overview dashboard in one job: KPIs with their change, per-period trend, CRR table
and lifecycle, all from one set of prepared working tables (Qt-free).

The per-period trend uses exactly the KPI definitions of :mod:`.kpis` (orders, customers,
revenue, AOV, repeat and returning-customer rates), grouped by period, so a trend point
equals the KPI of that period.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from retention_desktop.core.engine.crr import crr_prepared
from retention_desktop.core.engine.kpis import kpis_prepared
from retention_desktop.core.engine.lifecycle import lifecycle_prepared
from retention_desktop.core.engine.prepared import Prepared, prepare
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.engine.stats import clean, ratio
from retention_desktop.core.tasks import CancelToken, Job, Progress

#: KPIs that have a per-period series in :func:`trend_prepared`.
TREND_KEYS = ("customers", "orders", "revenue", "aov", "purchase_frequency",
              "revenue_per_customer", "repeat_purchase_rate", "returning_customer_rate",
              "new_customers")


def trend_prepared(prep: Prepared) -> dict[str, Any]:
    """KPIs per period of the reporting range.

    Returns
    -------
    dict
        ``periods`` = [{``period``, ``start``, ``end``, ``complete``, and every key of
        :data:`TREND_KEYS`}], oldest first; every period of the range is present.
    """
    out: dict[str, Any] = {"grain": prep.settings.grain, "periods": []}
    if prep.empty or prep.start > prep.end:
        return out
    rows = prep.fetch(
        "SELECT j, count(*) FILTER (WHERE n >= 1), coalesce(sum(n), 0), coalesce(sum(rev), 0.0), "
        "count(*) FILTER (WHERE n >= 2), count(*) FILTER (WHERE n >= 1 AND maxseq >= 2), "
        "count(*) FILTER (WHERE minseq = 1) FROM ("
        "SELECT j, cid, count(*) FILTER (WHERE is_order) AS n, sum(rev) AS rev, "
        "max(seq) AS maxseq, min(seq) AS minseq FROM rd_o WHERE d BETWEEN ? AND ? "
        "GROUP BY j, cid) GROUP BY j",
        [prep.start, prep.end],
    )
    by_j = {int(r[0]): r[1:] for r in rows}
    for j in range(prep.j_start, prep.j_end + 1):
        ps, pe = prep.periods[j]
        customers, orders, revenue, repeaters, returning, new = by_j.get(j, (0, 0, 0.0, 0, 0, 0))
        out["periods"].append({
            "period": ps.isoformat(),
            "start": max(ps, prep.start).isoformat(),
            "end": min(pe - timedelta(days=1), prep.end).isoformat(),
            "complete": j <= prep.j_complete,
            "customers": int(customers),
            "orders": int(orders),
            "revenue": clean(revenue, 6),
            "aov": clean(ratio(revenue, orders)),
            "purchase_frequency": clean(ratio(orders, customers)),
            "revenue_per_customer": clean(ratio(revenue, customers)),
            "repeat_purchase_rate": clean(ratio(repeaters, customers)),
            "returning_customer_rate": clean(ratio(returning, customers)),
            "new_customers": int(new),
        })
    return out


def comparison_windows(prep: Prepared) -> tuple[tuple, tuple] | None:
    """(current, previous) date windows for the KPI change.

    With a date range in the filter: the range and the same number of days just before
    it. Without one: the last complete period and the period before it.
    """
    if prep.empty or prep.start > prep.end:
        return None
    spec = prep.spec
    if spec.date_from is not None or spec.date_to is not None:
        days = (prep.end - prep.start).days + 1
        prev_end = prep.start - timedelta(days=1)
        return (prep.start, prep.end), (prev_end - timedelta(days=days - 1), prev_end)
    j = prep.j_complete
    if j - 1 not in prep.periods or j not in prep.periods:
        return None
    cur = (prep.periods[j][0], prep.periods[j][1] - timedelta(days=1))
    prev = (prep.periods[j - 1][0], prep.periods[j - 1][1] - timedelta(days=1))
    return cur, prev


def overview(store: Any, spec: FilterSpec, settings: Settings,
             token: CancelToken | None = None) -> Job[dict[str, Any]]:
    """Everything the Overview tab shows for one filter.

    Returns
    -------
    dict
        ``kpis`` (as the ``kpis`` metric), ``compare`` = {``current``, ``previous``:
        {``from``, ``to``, ``kpis``}} or None, ``trend`` (:func:`trend_prepared`),
        ``crr`` (as the ``crr`` metric), ``lifecycle`` (as the ``lifecycle`` metric).
    """
    token = token or CancelToken()
    yield Progress(0.0, "Preparing data")
    prep = prepare(store, spec, settings)
    steps = (("kpis", "Key figures", kpis_prepared), ("trend", "Trend", trend_prepared),
             ("crr", "Retention rate", crr_prepared), ("lifecycle", "Lifecycle", lifecycle_prepared))
    out: dict[str, Any] = {"compare": None}
    for i, (key, label, func) in enumerate(steps):
        token.raise_if_cancelled()
        yield Progress(0.2 + 0.6 * i / len(steps), label)
        out[key] = func(prep)
    token.raise_if_cancelled()
    windows = comparison_windows(prep)
    if windows is not None:
        yield Progress(0.85, "Previous period")
        compare = {}
        for name, (a, b) in zip(("current", "previous"), windows, strict=True):
            if (a, b) == (prep.start, prep.end):
                k = out["kpis"]
            else:
                sub = prepare(store, replace(spec, date_from=a, date_to=b), settings)
                k = kpis_prepared(sub)
            compare[name] = {"from": a.isoformat(), "to": b.isoformat(), "kpis": k}
            token.raise_if_cancelled()
        out["compare"] = compare
    yield Progress(1.0, "Done")
    return out


def cohort_view(store: Any, spec: FilterSpec, settings: Settings, measure: str = "return-on",
                by: str | None = None, ndays: tuple[int, ...] = (7, 14, 30, 60, 90),
                token: CancelToken | None = None) -> Job[dict[str, Any]]:
    """Everything the Cohorts tab shows: one matrix (with mean row and health) and the
    N-day repeat table, from one set of working tables.

    Parameters
    ----------
    measure : str
        One of :data:`~retention_desktop.core.engine.cohorts.MEASURES`.
    by : str, optional
        ``None`` for cohorts by first-order period (``settings.grain``), or a dimension.

    Returns
    -------
    dict
        ``cohorts`` (as the ``cohorts`` metric), ``nday`` (as the ``nday`` metric).
    """
    from retention_desktop.core.engine.cohorts import MEASURES, cohorts_prepared
    from retention_desktop.core.engine.second_order import nday_prepared

    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; use one of {', '.join(MEASURES)}")
    token = token or CancelToken()
    yield Progress(0.0, "Preparing data")
    prep = prepare(store, spec, settings, dims=(by,) if by else ())
    token.raise_if_cancelled()
    yield Progress(0.4, "Cohorts")
    matrix = cohorts_prepared(prep, (measure,), by)[measure]
    token.raise_if_cancelled()
    yield Progress(0.8, "N-day repeat")
    nday = nday_prepared(prep, ndays, by)
    yield Progress(1.0, "Done")
    return {"cohorts": matrix, "nday": nday}
