"""The Overview dashboard in one job: KPIs with their change, per-period trend, CRR table
and lifecycle, all from one set of prepared working tables (Qt-free).

The per-period trend uses exactly the KPI definitions of :mod:`.kpis` (orders, customers,
revenue, AOV, repeat and returning-customer rates), grouped by period, so a trend point
equals the KPI of that period.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import timedelta
from types import MappingProxyType
from typing import Any

import numpy as np

from retention_desktop.core.engine.cohort_results import CohortTable, CohortViewResult, NdayRepeat
from retention_desktop.core.engine.crr import crr_prepared
from retention_desktop.core.engine.kpis import kpis_prepared
from retention_desktop.core.engine.lifecycle import lifecycle_prepared
from retention_desktop.core.engine.period import previous_window
from retention_desktop.core.engine.prepared import Prepared, prepare, prepare_window, to_day
from retention_desktop.core.engine.results import (  # noqa: F401 - BASE_OF, too_few re-exported
    BASE_OF,
    CrrTable,
    Headline,
    HeadlinePeriod,
    Lifecycle,
    OverviewResult,
    Trend,
    too_few,
)
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.engine.stats import clean, ratio
from retention_desktop.core.tasks import CancelToken, Job, Progress

#: KPIs that have a per-period series in :func:`trend_prepared`.
TREND_KEYS = ("customers", "orders", "revenue", "aov", "purchase_frequency",
              "revenue_per_customer", "repeat_purchase_rate", "returning_customer_rate",
              "new_customers")


def trend_prepared(prep: Prepared) -> dict[str, Any]:
    """KPIs per period of the reporting range.

    Computed from the prepared arrays in one vectorised pass with the definitions of
    :func:`~retention_desktop.core.engine.kpis.kpis_prepared`, each period treated as its
    own reporting range (a point equals the ``kpis`` metric over that period).

    Returns
    -------
    dict
        ``periods`` = [{``period``, ``start``, ``end``, ``complete``, and every key of
        :data:`TREND_KEYS`}], oldest first; every period of the range is present.
    """
    out: dict[str, Any] = {"grain": prep.settings.grain, "periods": []}
    if prep.empty or prep.start > prep.end:
        return out
    n_j = prep.j_end - prep.j_start + 1
    zeros = np.zeros(n_j)
    revenue, orders, customers, repeaters, returning, new = (zeros.copy() for _ in range(6))
    if prep.n_customers:
        d, c = prep.docs, prep.cust
        inr = (d["day"] >= prep.start_day) & (d["day"] <= prep.end_day)
        jj = d["j"][inr].astype(np.int64) - prep.j_start
        revenue = np.bincount(jj, weights=d["rev"][inr], minlength=n_j)
        is_o = d["is_order"][inr]
        oj, ocust, oseq = jj[is_o], d["cust"][inr][is_o], d["seq"][inr][is_o]
        orders = np.bincount(oj, minlength=n_j).astype(float)
        # Documents are sorted by customer, then time, and a period index never falls as
        # time goes on: the (customer, period) pairs are already grouped, so runs of
        # equal pairs replace a hash/sort-based np.unique (0.8 s at 1M orders).
        start = _run_starts(ocust, oj)
        counts = np.diff(np.append(np.flatnonzero(start), oj.size))
        kj = oj[start]
        customers = np.bincount(kj, minlength=n_j).astype(float)
        repeaters = np.bincount(kj[counts >= 2], minlength=n_j).astype(float)
        # returning = bought in the period and has an earlier order (order number >= 2)
        ret = oseq >= 2
        returning = np.bincount(oj[ret][_run_starts(ocust[ret], oj[ret])],
                                minlength=n_j).astype(float)
        first = c["first_day"]
        newbies = first[(first >= prep.start_day) & (first <= prep.end_day)]
        new = np.bincount(np.asarray(prep.j_of_day(newbies), dtype=np.int64) - prep.j_start,
                          minlength=n_j).astype(float)
    for i, j in enumerate(range(prep.j_start, prep.j_end + 1)):
        ps, pe = prep.periods[j]
        out["periods"].append({
            "period": ps.isoformat(),
            "start": max(ps, prep.start).isoformat(),
            "end": min(pe - timedelta(days=1), prep.end).isoformat(),
            "complete": prep.period_complete(j),
            "customers": int(customers[i]),
            "orders": int(orders[i]),
            "revenue": clean(float(revenue[i]), 6),
            "aov": clean(ratio(revenue[i], orders[i])),
            "purchase_frequency": clean(ratio(orders[i], customers[i])),
            "revenue_per_customer": clean(ratio(revenue[i], customers[i])),
            "repeat_purchase_rate": clean(ratio(repeaters[i], customers[i])),
            "returning_customer_rate": clean(ratio(returning[i], customers[i])),
            "new_customers": int(new[i]),
        })
    return out


def _run_starts(cust: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Mask of the first element of each run of equal (customer, period) pairs."""
    start = np.ones(cust.size, dtype=bool)
    if cust.size > 1:
        start[1:] = (cust[1:] != cust[:-1]) | (j[1:] != j[:-1])
    return start


def headline_windows(prep: Prepared) -> tuple[tuple, tuple | None, bool] | None:
    """(current, previous, current_complete): the date windows the headline cards
    compare; one rule for the Overview, the report and the CLI.

    With a period preset the cards describe that period: the preset's own range against
    :func:`~retention_desktop.core.engine.period.previous_window` (the N days before, the
    month/quarter/year before, the same span of last year). For all time or a custom
    range they describe the last whole period of the grain inside the range (clipped
    neither by the range's start nor by its end) against the whole period before it.
    When no period fits whole, the range's last (clipped) period is shown, marked
    unfinished when it goes on past the range end, and compared with the same number of
    days just before it. ``previous`` is None unless it lies entirely inside the data
    (no half-observed comparison).
    """
    if prep.empty or prep.start > prep.end or prep.j_end not in prep.periods:
        return None
    data_start = prep.data_start or prep.start
    spec = prep.spec
    prev: tuple | None
    if spec.date_from is not None and spec.date_to is not None and \
            previous_window(spec.period, spec.date_from, spec.date_to,
                            prep.settings.calendar) is not None:
        prev = previous_window(spec.period, prep.start, prep.end, prep.settings.calendar)
        # a preset reaching before the export ("last 365 days" of 200 days of data): the
        # cards name the days that are there (nothing earlier can be compared with)
        cur = (max(prep.start, data_start), prep.end)
        complete = spec.date_to <= prep.end
    else:
        j = prep.j_complete
        if j >= prep.j_start and prep.periods[j][0] >= max(prep.start, data_start):
            ps, pe = prep.periods[j]
            cur, complete = (ps, pe - timedelta(days=1)), True
            prev = None
            if j - 1 in prep.periods:
                pps, ppe = prep.periods[j - 1]
                prev = (pps, ppe - timedelta(days=1))
        else:  # no whole period in the range: its last one, clipped, vs as many days before
            ps, pe = prep.periods[prep.j_end]
            cur = (max(ps, prep.start), prep.end)
            complete = pe - timedelta(days=1) <= prep.end
            days = cur[1] - cur[0] + timedelta(days=1)
            prev = (cur[0] - days, cur[0] - timedelta(days=1))
    if prev is not None and prev[0] < data_start:
        prev = None
    return cur, prev, complete


def comparison_windows(prep: Prepared) -> tuple[tuple, tuple | None] | None:
    """(current, previous) date windows of the headline (:func:`headline_windows`)."""
    windows = headline_windows(prep)
    return None if windows is None else windows[:2]


def window_retention(prep: Prepared, first: Any, last: Any) -> dict[str, Any]:
    """The retention row of any window ``first`` … ``last`` (inclusive), by the CRR
    table's rule (:mod:`.crr`): S0 = customers with an order in the W days before
    ``first``, E = with an order in the W days ending ``last``, R = in both, N = first
    order inside the window. For a window that is one period of the grain this equals
    that period's row of ``crr_prepared``.
    """
    w = prep.window
    lo, hi = to_day(first), to_day(last)
    s0 = e = r = n = 0
    if prep.n_customers:
        d = prep.docs
        cu, dy = d["cust"][d["is_order"]], d["day"][d["is_order"]]
        at_start = np.unique(cu[(dy >= lo - w) & (dy < lo)])
        at_end = np.unique(cu[(dy > hi - w) & (dy <= hi)])
        s0, e = int(at_start.size), int(at_end.size)
        r = int(np.intersect1d(at_start, at_end, assume_unique=True).size)
        fd = prep.cust["first_day"]
        n = int(((fd >= lo) & (fd <= hi)).sum())
    data_start = prep.data_start
    return {
        "S0": s0, "retained": r,
        "crr": clean(ratio(e - n, s0)), "crr_strict": clean(ratio(r, s0)),
        "churn_rate": clean(ratio(s0 - r, s0)),
        "enough_history": data_start is not None and first - timedelta(days=w) >= data_start,
        "complete": data_start is not None and first >= data_start and last <= prep.end,
        "too_few": s0 < int(prep.settings.min_cell_n),
    }


def period_values(store: Any, spec: FilterSpec, settings: Settings,
                  window: tuple, full: Prepared | None = None,
                  complete: bool | None = None) -> dict[str, Any]:
    """KPIs of one named period plus its retention row (retention rate R / S0, churn,
    CRR (E - N) / S0, S0, ``enough_history``, ``complete``, ``too_few``) and
    ``second_within``: the period's new customers with a second order within 30/60/90
    days, among those the data follow that long).

    ``full``: the same filter already prepared up to the data end; second orders of the
    period's new customers are looked up there instead of preparing it again.
    ``complete``: whether the window is a whole period (:func:`headline_windows`); by
    default whether its data are all observed. A window that is not exactly one period
    of the grain (the last 30 days, a quarter on a monthly grain) gets the retention row
    of the window itself (:func:`window_retention`), not of its last grain period.
    """
    from retention_desktop.core.engine.second_order import WITHIN_DAYS, follow_from, nday_rows

    if full is not None and full.spec == spec and full.settings == settings:
        sub = prepare_window(store, full, window[0], window[1])  # cut, not fetched again
    else:
        sub = prepare(store, replace(spec, date_from=window[0], date_to=window[1]), settings)
    done = sub.memo.get("period_values")  # the memo travels with the cached window
    if done is not None:
        return _with_complete(copy.deepcopy(done), complete)
    if full is not None and not sub.empty:
        follow_from(sub, full)
    values = dict(kpis_prepared(sub))
    one_period = (not sub.empty and sub.j_start == sub.j_end and sub.j_end in sub.periods
                  and sub.periods[sub.j_end] == (window[0], window[1] + timedelta(days=1)))
    if one_period or sub.empty:
        rows = crr_prepared(sub)["periods"]
        row = rows[-1] if rows else {}
    else:
        row = window_retention(sub, window[0], window[1])
    for key in ("crr_strict", "churn_rate", "crr", "S0", "retained", "enough_history",
                "complete", "too_few"):
        values[key] = row.get(key)
    values["second_within"] = [
        {"days": r["n"], "eligible": r["eligible"], "with_second": r["repeaters"],
         "share": r["rate"]} for r in nday_rows(sub, WITHIN_DAYS)]
    sub.memo["period_values"] = copy.deepcopy(values)
    return _with_complete(values, complete)


def _with_complete(values: dict[str, Any], complete: bool | None) -> dict[str, Any]:
    if complete is not None:
        values["complete"] = bool(complete)
    return values


def overview(store: Any, spec: FilterSpec, settings: Settings,
             token: CancelToken | None = None) -> Job[OverviewResult]:
    """Everything the Overview tab shows for one filter, typed (:class:`OverviewResult`).

    ``kpis`` (as the ``kpis`` metric, over the whole range), ``headline`` (the headline
    period and the one before it, :func:`headline`), ``trend`` (:func:`trend_prepared`),
    ``crr`` (as the ``crr`` metric), ``lifecycle`` (as the ``lifecycle`` metric);
    ``to_json()`` gives the former dict (``compare`` for the headline).
    """
    token = token or CancelToken()
    yield Progress(0.0, "Preparing data")
    prep = prepare(store, spec, settings)
    steps = (("kpis", "Key figures", kpis_prepared), ("trend", "Trend", trend_prepared),
             ("crr", "Retention rate", crr_prepared), ("lifecycle", "Lifecycle", lifecycle_prepared))
    out: dict[str, Any] = {}
    for i, (key, label, func) in enumerate(steps):
        token.raise_if_cancelled()
        yield Progress(0.2 + 0.6 * i / len(steps), label)
        out[key] = func(prep)
    token.raise_if_cancelled()
    yield Progress(0.85, "Headline period")
    head = headline(store, spec, settings, prep, token)
    yield Progress(1.0, "Done")
    return OverviewResult(kpis=MappingProxyType(out["kpis"]), headline=head,
                          trend=Trend.from_json(out["trend"]),
                          crr=CrrTable.from_json(out["crr"]),
                          lifecycle=Lifecycle.from_json(out["lifecycle"]))


def headline(store: Any, spec: FilterSpec, settings: Settings, prep: Prepared | None = None,
             token: CancelToken | None = None) -> Headline | None:
    """The named period the Overview's cards show and the one before it (the ``headline``
    of the ``kpis`` metric: :meth:`Headline.to_json`).

    Returns
    -------
    Headline or None
        ``current`` and ``previous`` (None without an earlier period), each with its dates
        and :func:`period_values` (the KPIs, retention rate R / S0, churn ...); None when
        the range has no period.
    """
    prep = prep if prep is not None else prepare(store, spec, settings)
    windows = headline_windows(prep)
    if windows is None:
        return None
    periods: list[HeadlinePeriod | None] = []
    for win, complete in zip(windows[:2], (windows[2], True), strict=True):
        if win is None:
            periods.append(None)
            continue
        values = period_values(store, spec, settings, win, prep, complete)
        periods.append(HeadlinePeriod(win[0], win[1], MappingProxyType(values)))
        if token is not None:
            token.raise_if_cancelled()
    return Headline(grain=settings.grain, calendar=settings.calendar,
                    min_n=int(settings.min_cell_n), current=periods[0], previous=periods[1])


def cohort_view(store: Any, spec: FilterSpec, settings: Settings, measure: str = "return-on",
                by: str | None = None, ndays: tuple[int, ...] = (7, 14, 30, 60, 90),
                token: CancelToken | None = None) -> Job[CohortViewResult]:
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
    CohortViewResult
        ``cohorts`` (:class:`CohortTable`, the ``cohorts`` metric), ``nday``
        (:class:`NdayRepeat`, the ``nday`` metric); ``to_json()`` gives the former dict.
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
    return CohortViewResult(CohortTable.from_json(matrix), NdayRepeat.from_json(nday))
