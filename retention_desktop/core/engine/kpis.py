"""Headline KPIs of a reporting range and the share of spend per segment."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

import numpy as np

from retention_desktop.core.engine.base import row_filter_sql
from retention_desktop.core.engine.prepared import Prepared, prepare
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.engine.stats import clean, ratio

MAX_SEGMENTS = 50


def range_dict(prep: Prepared) -> dict[str, Any]:
    """The reporting range as ISO strings (for every metric's output)."""
    return {
        "from": prep.start.isoformat() if prep.start else None,
        "to": prep.end.isoformat() if prep.end else None,
    }


def kpis_prepared(prep: Prepared) -> dict[str, Any]:
    """KPIs from prepared working tables (see :func:`kpis`)."""
    from retention_desktop.core.engine.second_order import median_days_to_second

    out: dict[str, Any] = {"range": range_dict(prep), "currency": prep.settings.currency}
    if prep.empty or prep.n_customers == 0:
        customers = orders = repeaters = returning = new = 0
        revenue = 0.0
    else:
        d, c = prep.docs, prep.cust
        sd, ed = prep.start_day, prep.end_day
        inr = (d["day"] >= sd) & (d["day"] <= ed)
        n_in = np.bincount(d["cust"][inr & d["is_order"]], minlength=prep.n_customers)
        buyers = n_in >= 1
        customers = int(buyers.sum())
        orders = int(n_in.sum())
        revenue = float(d["rev"][inr].sum())
        repeaters = int((n_in >= 2).sum())
        # Data stop at the range end, so ">= 2 orders so far" = an earlier order exists.
        returning = int((buyers & (c["n_orders"] >= 2)).sum())
        new = int(((c["first_day"] >= sd) & (c["first_day"] <= ed)).sum())
    out.update(
        customers=int(customers),
        orders=int(orders),
        revenue=clean(revenue, 6),
        aov=clean(ratio(revenue, orders)),
        purchase_frequency=clean(ratio(orders, customers)),
        revenue_per_customer=clean(ratio(revenue, customers)),
        repeat_purchase_rate=clean(ratio(repeaters, customers)),
        returning_customer_rate=clean(ratio(returning, customers)),
        repeat_customers=int(repeaters),
        returning_customers=int(returning),
        new_customers=int(new),
        median_days_to_second_order=clean(median_days_to_second(prep)),
    )
    out.update(_guests(prep))
    return out


def _guests(prep: Prepared) -> dict[str, Any]:
    """Guest checkouts in the range (not customers; shown so revenue reconciles).

    A customer-level filter (first order, number of orders, revenue, stage, segment)
    selects customers; a guest checkout belongs to nobody, so it never matches one.
    """
    from retention_desktop.core.engine.prepared import _customer_filters

    if prep.empty or _customer_filters(prep.spec):
        return {"guest_orders": 0, "guest_revenue": 0.0}
    rows_sql, rows_params = row_filter_sql(prep.spec)
    lo = datetime.combine(prep.start, time.min)
    hi = datetime.combine(prep.end + timedelta(days=1), time.min)
    n, rev = prep.cur.execute(
        "SELECT count(*) FILTER (WHERE kind = 'order'), coalesce(sum(revenue) FILTER "
        "(WHERE kind = 'order' OR ?), 0.0) FROM orders WHERE customer_id IS NULL "
        f"AND order_ts >= ? AND order_ts < ?{rows_sql}",
        [prep.settings.revenue_policy == "net", lo, hi, *rows_params],
    ).fetchall()[0]
    return {"guest_orders": int(n), "guest_revenue": clean(rev, 6)}


def segment_values(store: Any, spec: FilterSpec, settings: Settings, by: str) -> list[str]:
    """Values of dimension ``by`` ordered by revenue in the range (largest first)."""
    from retention_desktop.core.engine.base import resolve_bounds, validate_spec
    from retention_desktop.core.store import quote_ident

    cur = store.cursor()
    validate_spec(cur, spec, by=by)
    start, end = resolve_bounds(cur, spec)
    if end is None:
        return []
    rows_sql, rows_params = row_filter_sql(spec)
    col = quote_ident(by)
    rows = cur.execute(
        f"SELECT CAST({col} AS VARCHAR) AS v, sum(revenue) AS r FROM orders "
        f"WHERE customer_id IS NOT NULL AND {col} IS NOT NULL "
        f"AND CAST(order_ts AS DATE) BETWEEN ? AND ?{rows_sql} GROUP BY v ORDER BY r DESC, v",
        [start, end, *rows_params],
    ).fetchall()
    return [r[0] for r in rows]


def breakdown(
    store: Any, spec: FilterSpec, settings: Settings, by: str,
    compute: Any, keep: tuple[str, ...],
) -> dict[str, Any]:
    """Per value of dimension ``by``: ``compute(prepared)`` exactly as if the user had
    filtered on that value (largest revenue first, at most ``MAX_SEGMENTS`` values).

    Returns
    -------
    dict
        ``by``, ``segments`` = [{``value``, <the ``keep`` keys of the result>}],
        ``segments_truncated``.
    """
    values = segment_values(store, spec, settings, by)
    segments = []
    for value in values[:MAX_SEGMENTS]:
        res = compute(prepare(store, spec.with_include(by, [value]), settings))
        segments.append({"value": value, **{k: res[k] for k in keep}})
    return {"by": by, "segments": segments, "segments_truncated": len(values) > MAX_SEGMENTS}


def kpis(
    store: Any, spec: FilterSpec, settings: Settings, by: str | None = None,
    prep: Prepared | None = None,
) -> dict[str, Any]:
    """Headline KPIs of the reporting range.

    Parameters
    ----------
    store : ProjectStore
    spec, settings : FilterSpec, Settings
    by : str, optional
        A dimension: adds ``segments`` with the KPIs of each value (exactly what filtering
        on that value gives) and its ``share_of_spend``.
    prep : Prepared, optional
        ``spec`` already prepared (saves preparing it again).

    Returns
    -------
    dict
        ``customers``, ``orders``, ``revenue``, ``aov``, ``purchase_frequency``,
        ``revenue_per_customer``, ``repeat_purchase_rate``, ``returning_customer_rate``,
        ``median_days_to_second_order``, ``new_customers``, ``guest_orders``,
        ``guest_revenue``, ``range`` (and ``segments`` with ``by``).
    """
    out = kpis_prepared(prep if prep is not None else prepare(store, spec, settings))
    if by:
        values = segment_values(store, spec, settings, by)
        segments = []
        for value in values[:MAX_SEGMENTS]:
            seg = kpis_prepared(prepare(store, spec.with_include(by, [value]), settings))
            seg = {"value": value, **{k: v for k, v in seg.items() if k not in ("range", "currency")}}
            seg["share_of_spend"] = clean(ratio(seg["revenue"], out["revenue"]))
            segments.append(seg)
        out["by"] = by
        out["segments"] = segments
        out["segments_truncated"] = len(values) > MAX_SEGMENTS
    return out


def kpis_metric(
    store: Any, spec: FilterSpec, settings: Settings, by: str | None = None
) -> dict[str, Any]:
    """The ``kpis`` metric (CLI ``metrics kpis``): :func:`kpis` of the range plus
    ``headline``, the named period every Overview card shows and the one before it, from
    the Overview's own function (retention rate R / S0 and churn included), so the CLI
    gives every figure the screen shows."""
    # imported here: the overview module builds on this one
    from retention_desktop.core.engine.overview import headline

    prep = prepare(store, spec, settings)
    out = kpis(store, spec, settings, by, prep)
    out["headline"] = headline(store, spec, settings, prep)
    return out


register_metric(
    "kpis", kpis_metric,
    cards=("customers", "orders", "revenue", "aov", "purchase_frequency",
           "revenue_per_customer", "repeat_purchase_rate", "returning_customer_rate",
           "time_to_second", "share_of_spend", "crr_strict", "churn_rate"),
    summary="Headline KPIs: customers, orders, revenue, AOV, frequency, repeat and "
    "returning-customer rates (--by DIM adds share of spend per value); 'headline': the "
    "named period the Overview's cards show (with retention rate R / S0 and churn) and "
    "the one before it",
)
